package cn.kesu.view;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.enterprise.inject.spi.CDI;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Shows a point in time in the company's time zone, as the factory reads its deadlines: 2026-11-23 14:05. */
@FacesConverter("kesu.instant")
public class InstantConverter implements Converter<Instant> {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");


    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("display only");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : FORMAT.format(value.atZone(zone(context)));
    }

    /** The company's time zone, looked up once per request: a list shows some eighty times (issue 17). */
    private static ZoneId zone(FacesContext context) {
        return (ZoneId) context.getAttributes().computeIfAbsent(InstantConverter.class.getName(),
                key -> CDI.current().select(Clock.class).get().getZone());
    }
}
