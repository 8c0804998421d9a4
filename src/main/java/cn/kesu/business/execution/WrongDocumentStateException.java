package cn.kesu.business.execution;

import cn.kesu.business.common.MessageKey;
import cn.kesu.business.common.RuleViolation;

/** The document is not at the stage this action belongs to (e.g. posting before the customer signed). */
public class WrongDocumentStateException extends RuleViolation {

    public WrongDocumentStateException(String documentNumber, String statusKey) {
        super("document " + documentNumber + " is " + statusKey, documentNumber, new MessageKey(statusKey));
    }
}
