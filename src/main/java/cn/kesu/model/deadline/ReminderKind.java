package cn.kesu.model.deadline;

/**
 * What a reminder (催办单) is about: one overdue step, a case past its 15/20-day deadline, a promise to the
 * customer not kept by its time, or an 8D action not done by its time (issue 14).
 */
public enum ReminderKind {
    STEP,
    CASE,
    PROMISE,
    ACTION;

    public String labelKey() {
        return "reminderKind." + name();
    }
}
