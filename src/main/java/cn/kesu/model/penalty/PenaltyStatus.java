package cn.kesu.model.penalty;

/** A notice is proposed by the GM office and approved or rejected by the gm, once. */
public enum PenaltyStatus {
    PROPOSED,
    APPROVED,
    REJECTED;

    public String labelKey() {
        return "penaltyStatus." + name();
    }
}
