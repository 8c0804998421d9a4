package cn.kesu.model.deadline;

/**
 * Whether a pause of a step also stops the case deadline (结案期限): the holder may ask, only the GM
 * office decides.
 */
public enum CaseClock {
    /** The case deadline keeps running (the default). */
    RUNNING,
    /** The holder asked; the GM office has not decided yet. */
    REQUESTED,
    /** The GM office approved; the case deadline is paused with the step. */
    APPROVED,
    /** The GM office refused; the case deadline keeps running. */
    REFUSED;

    public String labelKey() {
        return "caseClock." + name();
    }
}
