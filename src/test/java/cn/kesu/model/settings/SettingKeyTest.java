package cn.kesu.model.settings;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SettingKeyTest {

    @Test
    void workingHoursAreTimesOfDay() {
        assertTrue(SettingKey.WORKDAY_START.accepts("08:30"));
        assertTrue(SettingKey.WORKDAY_END.accepts(" 17:30 "));
        assertFalse(SettingKey.WORKDAY_START.accepts("25:00"));
        assertFalse(SettingKey.WORKDAY_END.accepts("下午五点"));
    }

    @Test
    void reminderRulesAreWholeNumbersFromOne() {
        assertTrue(SettingKey.REMINDER_INTERVAL_DAYS.accepts("1"));
        assertTrue(SettingKey.REMINDER_ESCALATE_AFTER.accepts("3"));
        assertFalse(SettingKey.REMINDER_INTERVAL_DAYS.accepts("0"));
        assertFalse(SettingKey.REMINDER_ESCALATE_AFTER.accepts("1.5"));
    }

    @Test
    void theOverAcceptanceRatioIsAFractionBelowOneWithAtMostFourDecimals() {
        assertTrue(SettingKey.OVER_ACCEPTANCE_RATIO.accepts("0.03"));
        assertTrue(SettingKey.OVER_ACCEPTANCE_RATIO.accepts("0"));
        assertFalse(SettingKey.OVER_ACCEPTANCE_RATIO.accepts("3"), "3 would be 300 %");
        assertFalse(SettingKey.OVER_ACCEPTANCE_RATIO.accepts("-0.01"));
        assertFalse(SettingKey.OVER_ACCEPTANCE_RATIO.accepts("0.00001"));
        assertFalse(SettingKey.OVER_ACCEPTANCE_RATIO.accepts("三个百分点"));
    }
}
