package cn.kesu.model.penalty;

/** The administrative measures published by HR (人事公布单) beside any amount. */
public enum Sanction {
    /** 嘉奖 */ COMMENDATION,
    /** 记功 */ MERIT,
    /** 警告 */ WARNING,
    /** 记小过 */ MINOR_DEMERIT,
    /** 记大过 */ MAJOR_DEMERIT;

    public String labelKey() {
        return "sanction." + name();
    }
}
