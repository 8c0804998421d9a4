package cn.kesu.business.deadline;

import cn.kesu.business.common.RuleViolation;

/** An answer to a 催办单 (or the cause of a delay) must say something. */
public class AnswerRequiredException extends RuleViolation {

    public AnswerRequiredException(String number) {
        super(number + " needs a text", number);
    }
}
