package cn.kesu.model.deadline;

/** What a reminder (催办单) is about: one overdue step, or a case past its 15/20-day deadline. */
public enum ReminderKind {
    STEP,
    CASE;

    public String labelKey() {
        return "reminderKind." + name();
    }
}
