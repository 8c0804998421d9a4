package cn.kesu.business.settings;

import cn.kesu.model.complaint.Step;
import cn.kesu.model.settings.Setting;
import cn.kesu.model.settings.SettingKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalTime;

/**
 * The current value of each setting, read from the database on every use so that a change by the
 * administrator applies at once, on every node, without a redeploy.
 */
@ApplicationScoped
public class Settings {

    @PersistenceContext
    EntityManager em;

    public String value(SettingKey key) {
        Setting stored = em.find(Setting.class, key.name());
        return stored == null ? key.defaultValue() : stored.getValue();
    }

    public BigDecimal amount(SettingKey key) {
        return new BigDecimal(value(key));
    }

    public BigDecimal ratio(SettingKey key) {
        return new BigDecimal(value(key).strip());
    }

    public int days(SettingKey key) {
        return number(key);
    }

    /** A whole-number setting: days, a count, minutes or hours, as the key says. */
    public int number(SettingKey key) {
        return Integer.parseInt(value(key).strip());
    }

    public LocalTime timeOfDay(SettingKey key) {
        return LocalTime.parse(value(key).strip());
    }

    public int stepWorkingDays(Step step) {
        return step.hasDeadline() ? days(SettingKey.stepDays(step)) : 0;
    }
}
