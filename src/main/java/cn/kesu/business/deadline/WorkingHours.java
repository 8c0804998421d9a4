package cn.kesu.business.deadline;

import cn.kesu.business.calendar.WorkingCalendar;
import cn.kesu.business.settings.Settings;
import cn.kesu.model.settings.SettingKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Office hours on working days (上班时间): e-mails go out only then, so what falls due at night, on a
 * weekend or on a holiday waits for the start of the next working day.
 */
@ApplicationScoped
public class WorkingHours {

    @Inject
    WorkingCalendar calendar;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    /** {@code at} itself when it is in working hours, else the start of the next working hours. */
    public Instant nextOpen(Instant at) {
        ZonedDateTime local = at.atZone(clock.getZone());
        LocalTime start = settings.timeOfDay(SettingKey.WORKDAY_START);
        LocalTime end = settings.timeOfDay(SettingKey.WORKDAY_END);
        LocalDate day = local.toLocalDate();
        if (calendar.isWorkingDay(day)) {
            LocalTime time = local.toLocalTime();
            if (time.isBefore(start)) {
                return day.atTime(start).atZone(clock.getZone()).toInstant();
            }
            if (time.isBefore(end)) {
                return at;
            }
        }
        return calendar.nextWorkingDay(day).atTime(start).atZone(clock.getZone()).toInstant();
    }
}
