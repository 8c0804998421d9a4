package cn.kesu.business.calendar;

import cn.kesu.business.common.RuleViolation;

/** A line of an imported calendar list is not "date,kind,name"; nothing of the list is stored. */
public class CalendarLineException extends RuleViolation {

    public CalendarLineException(int line, String text) {
        super("bad calendar line " + line + ": " + text, line, text);
    }
}
