package cn.kesu.model.complaint;

/** How business reached the customer (联络方式): the ways a factory's salespeople talk to their customers. */
public enum ContactChannel {
    /** 电话 */ PHONE,
    /** 邮件 */ EMAIL,
    /** 书面函件 */ LETTER,
    /** 拜访 */ VISIT,
    /** 微信 */ WECHAT;

    public String labelKey() {
        return "contactChannel." + name();
    }
}
