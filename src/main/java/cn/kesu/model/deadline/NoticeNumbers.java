package cn.kesu.model.deadline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Numbers of notices and documents (催办单 CB, 查办单 CX, 折让单 ZR, 退货单 TH …): a prefix, the issue date and the id, e.g. CB261123-17. */
public final class NoticeNumbers {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyMMdd");

    private NoticeNumbers() {
    }

    /** Unique because the id is; the date only makes it readable. */
    public static String of(String prefix, Instant issued, ZoneId zone, Long id) {
        return prefix + DATE.format(issued.atZone(zone)) + "-" + id;
    }
}
