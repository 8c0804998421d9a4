package cn.kesu.model.deadline;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Numbers of notices and documents (催办单 CB, 查办单 CX, 重大客诉通报 ZD, 折让单 ZR, 退货单 TH, 奖罚通知单 JF): a
 * prefix, the issue date and the day's serial, e.g. CB261123-17. The serial is gap-free per kind and day
 * ({@link NoticeSerial}); a notice issued before day serials existed keeps the number its id gave it.
 */
public final class NoticeNumbers {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyMMdd");

    private NoticeNumbers() {
    }

    public static String of(String prefix, Instant issued, ZoneId zone, Integer daySerial, Long id) {
        return serialKey(prefix, issued, zone) + "-" + (daySerial != null ? daySerial : id);
    }

    /** The key of the day's serial: prefix and issue date, e.g. CB261202. */
    public static String serialKey(String prefix, Instant issued, ZoneId zone) {
        return prefix + DATE.format(issued.atZone(zone));
    }
}
