package cn.kesu.model.deadline;

/**
 * What a reminder (催办单) is about: one overdue step, a case past its 15/20-day deadline, or a promise to the
 * customer not kept by its time (issue 14).
 */
public enum ReminderKind {
    STEP,
    CASE,
    PROMISE;

    public String labelKey() {
        return "reminderKind." + name();
    }
}
