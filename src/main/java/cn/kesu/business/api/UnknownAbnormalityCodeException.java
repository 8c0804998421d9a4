package cn.kesu.business.api;

import cn.kesu.business.common.RuleViolation;

/** A filed slip names an abnormality type (异常类别) code that is not an active entry of that catalog. */
public class UnknownAbnormalityCodeException extends RuleViolation {

    public UnknownAbnormalityCodeException(String code) {
        super("unknown abnormality type code " + code, code);
    }
}
