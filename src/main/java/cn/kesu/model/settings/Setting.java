package cn.kesu.model.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

import java.io.Serializable;

/** One stored setting; keys and defaults are {@link SettingKey}s. A missing row means the default. */
@Entity
@Audited
@Table(name = "app_setting")
public class Setting implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "setting_key", length = 60)
    private String key;

    @Column(name = "setting_value", nullable = false, length = 200)
    private String value;

    protected Setting() {
    }

    public Setting(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public void change(String newValue) {
        this.value = newValue;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }
}
