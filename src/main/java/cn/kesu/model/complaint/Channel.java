package cn.kesu.model.complaint;

/** How the complaint reached the company (投诉渠道). */
public enum Channel {
    /** 电话 */ PHONE,
    /** 来函 */ LETTER,
    /** 传真 */ FAX,
    /** 邮件 */ EMAIL,
    /** 来访 */ VISIT,
    /** 网络 */ WEB,
    /** 其他 */ OTHER;

    public String labelKey() {
        return "channel." + name();
    }
}
