package cn.kesu.view.admin;

import cn.kesu.business.common.RuleViolation;
import cn.kesu.business.settings.SettingsAdministration;
import cn.kesu.model.settings.SettingKey;
import cn.kesu.view.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Backing bean of {@code app/admin/settings.xhtml} (参数设置): approval limits and deadlines. */
@Named
@ViewScoped
public class SettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SettingsAdministration administration;

    @Inject
    Feedback feedback;

    private final Map<SettingKey, String> values = new EnumMap<>(SettingKey.class);

    @PostConstruct
    void load() {
        values.putAll(administration.current());
    }

    public void save() {
        try {
            Map<SettingKey, String> current = administration.current();
            for (Map.Entry<SettingKey, String> entry : values.entrySet()) {
                if (!entry.getValue().equals(current.get(entry.getKey()))) {
                    administration.change(entry.getKey(), entry.getValue());
                }
            }
            feedback.info("settings.saved");
        } catch (RuleViolation | EJBAccessException refusal) {
            feedback.refused(refusal);
        }
    }

    public List<SettingKey> getKeys() {
        return List.of(SettingKey.values());
    }

    public Map<SettingKey, String> getValues() {
        return values;
    }
}
