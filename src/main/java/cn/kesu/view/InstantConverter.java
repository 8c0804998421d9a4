package cn.kesu.view;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

import java.time.Instant;

/**
 * Shows a point in time as {@link Shown#instant} does, for components that take a converter. Table cells use
 * the function instead: it needs no converter per cell.
 */
@FacesConverter("kesu.instant")
public class InstantConverter implements Converter<Instant> {

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new UnsupportedOperationException("display only");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return Shown.instant(value);
    }
}
