package cn.kesu.view;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How a page shows a value, as EL functions ({@code kesu:instant(row.acceptedAt)}, WEB-INF/kesu.taglib.xml).
 * A table cell written as plain EL text costs no component and no converter lookup per row; a list page shows
 * some eighty points in time (issue 17).
 */
public final class Shown {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Shown() {
    }

    /** A point in time in the company's time zone, as the factory reads its deadlines: 2026-11-23 14:05. */
    public static String instant(Instant value) {
        return value == null ? "" : FORMAT.format(value.atZone(zone(FacesContext.getCurrentInstance())));
    }

    /** The company's time zone, looked up once per request. */
    private static ZoneId zone(FacesContext context) {
        return (ZoneId) context.getAttributes().computeIfAbsent(Shown.class.getName(),
                key -> CDI.current().select(Clock.class).get().getZone());
    }
}
