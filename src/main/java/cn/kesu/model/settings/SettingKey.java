package cn.kesu.model.settings;

import cn.kesu.model.complaint.Step;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * The configurable numbers of the procedure with the SPEC's defaults: approval limits (核决权限),
 * case deadlines, and one step deadline in working days per step that has one.
 */
public enum SettingKey {
    /** Claim amount up to which the business manager approves. */
    APPROVAL_LIMIT_BUSINESS_MANAGER("10000"),
    /** Claim amount up to which the deputy general manager approves; above, the gm. */
    APPROVAL_LIMIT_DEPUTY_GM("100000"),
    CASE_DAYS_DOMESTIC("15"),
    CASE_DAYS_FOREIGN("20"),
    STEP_DAYS_SUBMITTED(Step.SUBMITTED),
    STEP_DAYS_QA_INVESTIGATION(Step.QA_INVESTIGATION),
    STEP_DAYS_PRODUCTION_ANALYSIS(Step.PRODUCTION_ANALYSIS),
    STEP_DAYS_RND_OPINION(Step.RND_OPINION),
    STEP_DAYS_GM_CHECK(Step.GM_CHECK),
    STEP_DAYS_BUSINESS_HANDLING(Step.BUSINESS_HANDLING),
    STEP_DAYS_GM_CONSOLIDATION(Step.GM_CONSOLIDATION),
    STEP_DAYS_APPROVAL(Step.APPROVAL),
    STEP_DAYS_EXECUTION(Step.EXECUTION),
    /** At most one reminder (催办单) per overdue step in this many days. */
    REMINDER_INTERVAL_DAYS("1"),
    /** Unanswered reminders after which the next one goes to the gm as well. */
    REMINDER_ESCALATE_AFTER("3"),
    /** Start of working hours: reminder e-mails wait for it. */
    WORKDAY_START("08:30"),
    /** End of working hours: what falls due later is mailed at the next working day's start. */
    WORKDAY_END("17:30"),
    /** 超量允收比率: the company default for customers without their own, as a fraction (0.03 = 3 %). */
    OVER_ACCEPTANCE_RATIO("0.03"),
    /** The repeat rule: this many complaints of one customer and part number … */
    REPEAT_COMPLAINTS("3"),
    /** … within this many days make a case major. */
    REPEAT_WINDOW_DAYS("30"),
    /** 回访: the customer's rating is due this many days after closing. */
    FOLLOW_UP_DAYS("7"),
    /** 登录锁定: this many failed sign-ins or signature passwords for one user, or from one address, … */
    LOCKOUT_FAILURES("5", 1, 1000),
    /** … within this many minutes lock it for as many minutes again. */
    LOCKOUT_MINUTES("15", 1, 1440),
    /** A session ends this many hours after its sign-in, however active (绝对会话时长). */
    SESSION_MAX_HOURS("10", 1, 168),
    /** 连续三批无此不良: an 8D closes after this many consecutive lots without the defect. */
    CLEAN_LOTS("3", 1, 20);

    private final String defaultValue;
    private final Step step;
    private final int least;
    private final int most;

    SettingKey(String defaultValue) {
        this(defaultValue, 1, 365);
    }

    SettingKey(String defaultValue, int least, int most) {
        this.defaultValue = defaultValue;
        this.step = null;
        this.least = least;
        this.most = most;
    }

    SettingKey(Step step) {
        this.defaultValue = String.valueOf(step.defaultWorkingDays());
        this.step = step;
        this.least = 1;
        this.most = 365;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public static SettingKey stepDays(Step step) {
        return valueOf("STEP_DAYS_" + step.name());
    }

    /** The step whose deadline this key sets, or null. */
    public Step step() {
        return step;
    }

    public boolean isAmount() {
        return name().startsWith("APPROVAL_LIMIT");
    }

    public boolean isRatio() {
        return this == OVER_ACCEPTANCE_RATIO;
    }

    public boolean isTimeOfDay() {
        return name().startsWith("WORKDAY_");
    }

    /**
     * Checks a value an administrator entered: positive amounts, ratios from 0 to below 1 with at most
     * four decimals, times as HH:mm, whole numbers within the key's bounds (1 to 365 unless it says otherwise).
     */
    public boolean accepts(String value) {
        try {
            if (isAmount()) {
                return new BigDecimal(value.strip()).signum() > 0;
            }
            if (isRatio()) {
                BigDecimal ratio = new BigDecimal(value.strip());
                return ratio.signum() >= 0 && ratio.compareTo(BigDecimal.ONE) < 0 && ratio.scale() <= 4;
            }
            if (isTimeOfDay()) {
                LocalTime.parse(value.strip());
                return true;
            }
            int number = Integer.parseInt(value.strip());
            return number >= least && number <= most;
        } catch (NumberFormatException | DateTimeParseException e) {
            return false;
        }
    }

    public String labelKey() {
        return "setting." + name();
    }
}
