package cn.kesu.business.complaint.workflow;

import cn.kesu.business.calendar.WorkingCalendar;
import cn.kesu.business.settings.Settings;
import cn.kesu.model.catalog.Customer;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.settings.SettingKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;

/**
 * The deadline rules of SPEC section 3: a step is due a configured number of <em>working</em> days
 * after it is entered; a case is due 15 (domestic) or 20 (foreign) <em>calendar</em> days after
 * acceptance.
 */
@ApplicationScoped
public class Deadlines {

    @Inject
    Settings settings;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Clock clock;

    /** Null for steps without a deadline (draft, end states). */
    public Instant stepDue(Step step, Instant entered) {
        int days = settings.stepWorkingDays(step);
        return days == 0 ? null : calendar.addWorkingDays(entered.atZone(clock.getZone()), days).toInstant();
    }

    public Instant caseDue(Customer customer, Instant accepted) {
        int days = settings.days(customer.isForeign() ? SettingKey.CASE_DAYS_FOREIGN : SettingKey.CASE_DAYS_DOMESTIC);
        return accepted.atZone(clock.getZone()).plusDays(days).toInstant();
    }
}
