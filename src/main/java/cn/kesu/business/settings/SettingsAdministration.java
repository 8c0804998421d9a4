package cn.kesu.business.settings;

import cn.kesu.model.settings.Setting;
import cn.kesu.model.settings.SettingKey;
import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.util.EnumMap;
import java.util.Map;

/** 参数设置: the administrator changes approval limits and deadlines; every change is audited. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class SettingsAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    public Map<SettingKey, String> current() {
        Map<SettingKey, String> values = new EnumMap<>(SettingKey.class);
        for (SettingKey key : SettingKey.values()) {
            values.put(key, settings.value(key));
        }
        return values;
    }

    public void change(@NotNull SettingKey key, String value) {
        if (value == null || !key.accepts(value)) {
            throw new InvalidSettingException(key, value);
        }
        Setting stored = em.find(Setting.class, key.name());
        if (stored == null) {
            em.persist(new Setting(key.name(), value.strip()));
        } else {
            stored.change(value.strip());
        }
    }
}
