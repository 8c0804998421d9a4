package cn.kesu.business.execution;

import cn.kesu.business.common.RuleViolation;

/** 作废 is asked by the person who issued the document (issue 15, item 4), not by a colleague. */
public class NotIssuerException extends RuleViolation {

    public NotIssuerException(String documentNumber, String issuer) {
        super("not the issuer of " + documentNumber, documentNumber, issuer);
    }
}
