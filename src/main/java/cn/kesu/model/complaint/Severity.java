package cn.kesu.model.complaint;

/**
 * 一般 / 重大 / 危机. Major and crisis cases are always approved by the gm (SPEC sections 3 and 7). A
 * case's severity only ever rises: QA, the repeat rule, the claim limit and the GM office raise it,
 * nobody lowers it.
 */
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

    public boolean isAbove(Severity other) {
        return compareTo(other) > 0;
    }

    public String labelKey() {
        return "severity." + name();
    }
}
