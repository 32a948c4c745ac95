package eu.lorntech.totem.event.web;

import eu.lorntech.totem.platform.i18n.Texts;
import jakarta.faces.context.FacesContext;
import eu.lorntech.totem.platform.JsonP;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/** Chart.js configurations for p:chart in the page's language; each chart has a table beside it with the same figures. */
final class EventCharts {

    static final String BLUE = "#0b4f8a";
    static final String ORANGE = "#b35900";
    static final String GREEN = "#1d6b36";
    static final String RED = "#a4262c";

    private EventCharts() {
    }

    static String label(String key) {
        return Texts.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key);
    }

    static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return JsonP.PROVIDER.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour).add("borderColor", colour)
                .add("maxBarThickness", 48);
    }

    static String bars(JsonArrayBuilder labels, JsonObjectBuilder... datasets) {
        JsonArrayBuilder sets = JsonP.PROVIDER.createArrayBuilder();
        for (JsonObjectBuilder d : datasets) {
            sets.add(d);
        }
        return JsonP.PROVIDER.createObjectBuilder().add("type", "bar")
                .add("data", JsonP.PROVIDER.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", JsonP.PROVIDER.createObjectBuilder().add("animation", false)
                        .add("scales", JsonP.PROVIDER.createObjectBuilder().add("y", JsonP.PROVIDER.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", JsonP.PROVIDER.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
