package eu.lorntech.totem.platform.rest;

/**
 * Whole-number query parameters read strictly: JAX-RS would answer 404 to {@code size=1e8}, and a
 * page request would quietly clamp {@code size=-1}; here either is a 400 naming the parameter.
 */
public final class Params {

    private Params() {
    }

    public static int integer(String text, String field, int min, int max, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw InputRefused.invalid(field, "api.param.integer", field, min, max, text);
        }
        if (value < min || value > max) {
            throw InputRefused.invalid(field, "api.param.integer", field, min, max, text);
        }
        return value;
    }
}
