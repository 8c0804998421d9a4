package cn.kesu.model.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The day's serial a notice or document is numbered by (gap-free per kind and day, {@link NoticeSerial}), given
 * once when it is issued. Shared by 催办单, 查办单, 重大客诉通报, 折让单, 退货单 and 奖罚通知单.
 */
@Embeddable
public class DaySerial implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "day_serial")
    private Integer value;

    public DaySerial() {
    }

    /** Takes the serial; a notice is numbered once. */
    public void assign(int serial) {
        if (value != null) {
            throw new IllegalStateException("already numbered " + value);
        }
        value = serial;
    }

    public Integer getValue() {
        return value;
    }

    /** The notice's number; {@code serial} is null for one not numbered yet (it then reads by its id). */
    public static String number(DaySerial serial, String prefix, Instant issued, ZoneId zone, Long id) {
        return NoticeNumbers.of(prefix, issued, zone, serial == null ? null : serial.value, id);
    }
}
