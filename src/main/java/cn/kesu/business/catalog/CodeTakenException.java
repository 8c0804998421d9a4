package cn.kesu.business.catalog;

import cn.kesu.business.common.RuleViolation;

/** A code exists already in that catalog; codes are unique and never reused. */
public class CodeTakenException extends RuleViolation {

    public CodeTakenException(String code) {
        super("code taken: " + code, code);
    }
}
