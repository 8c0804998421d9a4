package cn.kesu.support;

/** Calendar lists as the administrator imports them (工作日历), for tests that need real holidays. */
public final class Calendars {

    /** The State Council's 2025 National Day and Mid-Autumn holidays, with their make-up working days. */
    public static final String NATIONAL_DAY_2025 = """
            # 2025 国庆节、中秋节
            2025-09-28,班,国庆调休
            2025-10-01,休,国庆节
            2025-10-02,休,国庆节
            2025-10-03,休,国庆节
            2025-10-06,休,中秋节
            2025-10-07,休,国庆节
            2025-10-08,休,国庆节
            2025-10-11,WORKDAY,国庆调休
            """;

    private Calendars() {
    }
}
