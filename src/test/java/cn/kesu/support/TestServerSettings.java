package cn.kesu.support;

import cn.kesu.model.settings.Setting;
import cn.kesu.model.settings.SettingKey;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Map;

/**
 * Settings of the test server, written through 参数设置's own table when the shared deployment starts.
 * Refusal tests post hundreds of deliberately wrong signature passwords as the demo users
 * ({@link Refusals}); with the company default of 5 failures in 15 minutes those users would be locked
 * for the rest of the run. The lockout's own tests set the default back while they run
 * ({@link #lockout(int, int)}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class TestServerSettings {

    public static final int FAILURES = 1000;
    public static final int MINUTES = 1;

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void relaxLockout() {
        lockout(FAILURES, MINUTES);
    }

    /** Sets the lockout's two settings. */
    public void lockout(int failures, int minutes) {
        for (Map.Entry<SettingKey, Integer> entry : Map.of(SettingKey.LOCKOUT_FAILURES, failures,
                SettingKey.LOCKOUT_MINUTES, minutes).entrySet()) {
            Setting stored = em.find(Setting.class, entry.getKey().name());
            if (stored == null) {
                em.persist(new Setting(entry.getKey().name(), String.valueOf(entry.getValue())));
            } else {
                stored.change(String.valueOf(entry.getValue()));
            }
        }
    }
}
