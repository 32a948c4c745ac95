package eu.lorntech.totem.programme.web;

import eu.lorntech.totem.platform.i18n.Texts;
import jakarta.faces.context.FacesContext;
import eu.lorntech.totem.platform.JsonP;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/** Chart.js configurations for p:chart, in the page's language; every chart has a table beside it with the same figures. */
final class Charts {

    static final String BLUE = "#0b4f8a";
    static final String ORANGE = "#b35900";
    static final String GREEN = "#1d6b36";
    static final String RED = "#a4262c";
    static final String GREY = "#6b6b6b";

    private Charts() {
    }

    static String label(String key) {
        return Texts.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key);
    }

    static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return JsonP.PROVIDER.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour).add("borderColor", colour)
                .add("maxBarThickness", 64);
    }

    static String lines(JsonArrayBuilder labels, JsonObjectBuilder... datasets) {
        return chart("line", labels, false, datasets);
    }

    static String stackedBars(JsonArrayBuilder labels, JsonObjectBuilder... datasets) {
        return chart("bar", labels, true, datasets);
    }

    private static String chart(String type, JsonArrayBuilder labels, boolean stacked, JsonObjectBuilder... datasets) {
        JsonArrayBuilder sets = JsonP.PROVIDER.createArrayBuilder();
        for (JsonObjectBuilder d : datasets) {
            sets.add(d);
        }
        JsonObjectBuilder options = JsonP.PROVIDER.createObjectBuilder().add("animation", false);
        if (stacked) {
            options.add("scales", JsonP.PROVIDER.createObjectBuilder().add("x", JsonP.PROVIDER.createObjectBuilder().add("stacked", true))
                    .add("y", JsonP.PROVIDER.createObjectBuilder().add("stacked", true)));
        }
        return JsonP.PROVIDER.createObjectBuilder().add("type", type)
                .add("data", JsonP.PROVIDER.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", options).build().toString();
    }
}
