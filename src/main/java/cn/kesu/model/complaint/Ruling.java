package cn.kesu.model.complaint;

/** The gm's ruling on an objection (签呈批示): the objection is upheld (采纳) or dismissed (驳回). */
public enum Ruling {
    UPHELD,
    DISMISSED;

    public String labelKey() {
        return "ruling." + name();
    }
}
