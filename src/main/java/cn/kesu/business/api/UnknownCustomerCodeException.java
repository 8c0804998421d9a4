package cn.kesu.business.api;

import cn.kesu.business.common.RuleViolation;

/** A filed slip names a customer code that is not an active customer of the catalog. */
public class UnknownCustomerCodeException extends RuleViolation {

    public UnknownCustomerCodeException(String code) {
        super("unknown customer code " + code, code);
    }
}
