package eu.lorntech.totem.platform.web;

import eu.lorntech.totem.platform.i18n.LocalFormats;
import eu.lorntech.totem.platform.i18n.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * An amount field in the page's language: shows 12 500,50 and reads "12 500,50" in French,
 * 12.500,50 in German, 12,500.50 in English ({@code converter="totem.amount"}).
 */
@FacesConverter("totem.amount")
public class AmountConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Locale locale = context.getViewRoot().getLocale();
        return LocalFormats.parseAmount(value, locale).orElseThrow(() -> {
            String text = Texts.get(locale, "field.amount.invalid", LocalFormats.amount(new BigDecimal("12500.50"), locale));
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : LocalFormats.amount(value, context.getViewRoot().getLocale());
    }
}
