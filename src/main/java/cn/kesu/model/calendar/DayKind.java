package cn.kesu.model.calendar;

/** How a calendar exception differs from the ordinary week. */
public enum DayKind {
    /** 法定节假日: a weekday nobody works. */
    HOLIDAY,
    /** 调休上班: a Saturday or Sunday declared a working day. */
    WORKDAY;

    public String labelKey() {
        return "calendar." + name();
    }
}
