package cn.kesu.model.complaint;

/**
 * How a step record ended: done and passed on, sent back one step with a reason (退回), or, for an
 * approval, passed to a higher approver because the case's severity rose meanwhile (改呈), or, at execution,
 * handed to the department a document waits for (移交, and back).
 */
public enum Outcome {
    COMPLETED,
    SENT_BACK,
    REROUTED,
    HANDED_OVER,
    /** 客户不接受，转新单: the execution ended because the customer did not accept the conclusion. */
    NOT_ACCEPTED;

    public String labelKey() {
        return "outcome." + name();
    }
}
