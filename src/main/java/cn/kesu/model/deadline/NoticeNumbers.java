package cn.kesu.model.deadline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Numbers of reminders and investigations: a prefix, the issue date and the id, e.g. CB261123-17. */
final class NoticeNumbers {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyMMdd");

    private NoticeNumbers() {
    }

    /** Unique because the id is; the date only makes it readable. */
    static String of(String prefix, Instant issued, ZoneId zone, Long id) {
        return prefix + DATE.format(issued.atZone(zone)) + "-" + id;
    }
}
