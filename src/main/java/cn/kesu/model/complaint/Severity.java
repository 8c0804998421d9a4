package cn.kesu.model.complaint;

/** 一般 / 重大 / 危机. Major and crisis cases are always approved by the gm (SPEC sections 3 and 7). */
public enum Severity {
    GENERAL,
    MAJOR,
    CRISIS;

    public boolean isMajorOrWorse() {
        return this != GENERAL;
    }

    /** One level up, as for a re-complaint; crisis stays crisis. */
    public Severity raised() {
        return this == GENERAL ? MAJOR : CRISIS;
    }

    public String labelKey() {
        return "severity." + name();
    }
}
