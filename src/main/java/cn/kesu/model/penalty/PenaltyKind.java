package cn.kesu.model.penalty;

/** 奖 or 罚. */
public enum PenaltyKind {
    REWARD,
    PENALTY;

    public String labelKey() {
        return "penaltyKind." + name();
    }
}
