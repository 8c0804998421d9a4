package cn.kesu.model.complaint;

/** How a step record ended: done and passed on, or sent back one step with a reason (退回). */
public enum Outcome {
    COMPLETED,
    SENT_BACK;

    public String labelKey() {
        return "outcome." + name();
    }
}
