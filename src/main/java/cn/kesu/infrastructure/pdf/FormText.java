package cn.kesu.infrastructure.pdf;

import cn.kesu.model.Handled;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How every printed form writes times, signatures and amounts, so that all of them read alike. */
public final class FormText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private FormText() {
    }

    /** "2026-11-20 09:30" in the company's zone; blank for no time. */
    public static String when(Instant at, ZoneId zone) {
        return at == null ? "" : WHEN.format(at.atZone(zone));
    }

    /** "gm 2026-11-20 09:30": who signed and when; blank while nobody has. */
    public static String signed(String by, Instant at, ZoneId zone) {
        return by == null ? "" : by + " " + when(at, zone);
    }

    /** The same for one act of a record; blank while it is not done. */
    public static String signed(Handled handled, ZoneId zone) {
        return handled == null ? "" : signed(handled.getActor(), handled.getAt(), zone);
    }

    /** Two decimals, as the forms print money; blank for none. */
    public static String money(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
