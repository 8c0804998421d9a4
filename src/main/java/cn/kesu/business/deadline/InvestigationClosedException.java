package cn.kesu.business.deadline;

import cn.kesu.business.common.RuleViolation;

/** A closed 查办单 is final: its cause can no longer change and it cannot be closed twice. */
public class InvestigationClosedException extends RuleViolation {

    public InvestigationClosedException(String number) {
        super("investigation " + number + " is closed", number);
    }
}
