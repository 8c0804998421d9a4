package cn.kesu.business.settings;

import cn.kesu.business.common.MessageKey;
import cn.kesu.business.common.RuleViolation;
import cn.kesu.model.settings.SettingKey;

/** A setting value that is not a positive amount or a number of days from 1 to 365. */
public class InvalidSettingException extends RuleViolation {

    public InvalidSettingException(SettingKey key, String value) {
        super("invalid " + key + ": " + value, new MessageKey(key.labelKey()), value);
    }
}
