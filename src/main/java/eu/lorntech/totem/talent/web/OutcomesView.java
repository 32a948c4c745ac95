package eu.lorntech.totem.talent.web;

import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.platform.JsonP;
import eu.lorntech.totem.platform.i18n.Texts;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.platform.web.SiteContext;
import eu.lorntech.totem.talent.boundary.Pathways;
import eu.lorntech.totem.talent.boundary.Pathways.OutcomeRow;
import eu.lorntech.totem.talent.entity.Stage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Locale;

/**
 * The outcome report of the pathways: where the site's candidates are now, per stage (a chart and a
 * table beside it) and per detection action, exported to Excel; network-wide per site for admins.
 */
@Named
@ViewScoped
public class OutcomesView implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    eu.lorntech.totem.platform.web.CurrentLocale currentLocale;

    @Inject
    Pathways pathways;

    @Inject
    People people;

    @Inject
    SiteContext site;

    private boolean manager;
    private boolean admin;
    private List<OutcomeRow> perAction = List.of();
    private List<OutcomeRow> perSite = List.of();
    private OutcomeRow siteTotal;
    private String chart;
    private List<Pathways.PlacementRow> placements = List.of();
    private List<Pathways.PlacementRow> networkPlacements = List.of();

    /** Called by the view action. */
    public void load() {
        Long siteId = site.currentSiteId();
        manager = pathways.manages(siteId);
        admin = people.current().map(c -> c.roles().contains(Roles.ADMIN)).orElse(false);
        Locale locale = currentLocale.getLocale();
        if (manager) {
            placements = pathways.placements(siteId);
            perAction = pathways.outcomesPerAction(siteId, Texts.get(locale, "talent.outcomes.elsewhere"));
            java.util.Map<String, Long> total = new java.util.LinkedHashMap<>();
            for (OutcomeRow r : perAction) {
                r.perStage().forEach((stage, n) -> total.merge(stage, n, Long::sum));
            }
            siteTotal = new OutcomeRow(Texts.get(locale, "talent.outcomes.total"), total,
                    total.values().stream().mapToLong(Long::longValue).sum());
            JsonArrayBuilder labels = JsonP.PROVIDER.createArrayBuilder();
            JsonArrayBuilder data = JsonP.PROVIDER.createArrayBuilder();
            for (Stage s : Stage.values()) {
                labels.add(Texts.get(locale, s.messageKey()));
                data.add(total.getOrDefault(s.name(), 0L));
            }
            chart = JsonP.PROVIDER.createObjectBuilder().add("type", "bar")
                    .add("data", JsonP.PROVIDER.createObjectBuilder().add("labels", labels).add("datasets", JsonP.PROVIDER.createArrayBuilder()
                            .add(JsonP.PROVIDER.createObjectBuilder().add("label", Texts.get(locale, "talent.outcomes.candidates")).add("data", data)
                                    .add("backgroundColor", "#0b4f8a").add("maxBarThickness", 48))))
                    .add("options", JsonP.PROVIDER.createObjectBuilder().add("animation", false)
                            .add("scales", JsonP.PROVIDER.createObjectBuilder().add("y", JsonP.PROVIDER.createObjectBuilder().add("beginAtZero", true)
                                    .add("ticks", JsonP.PROVIDER.createObjectBuilder().add("precision", 0)))))
                    .build().toString();
        }
        if (admin) {
            perSite = pathways.outcomesPerSite();
            networkPlacements = pathways.placements(null);
        }
    }

    public boolean isManager() {
        return manager;
    }

    public boolean isAdmin() {
        return admin;
    }

    public List<OutcomeRow> getPerAction() {
        return perAction;
    }

    public List<OutcomeRow> getPerSite() {
        return perSite;
    }

    public OutcomeRow getSiteTotal() {
        return siteTotal;
    }

    public List<Pathways.PlacementRow> getPlacements() {
        return placements;
    }

    public List<Pathways.PlacementRow> getNetworkPlacements() {
        return networkPlacements;
    }

    public String getChart() {
        return chart;
    }

    public List<Stage> getStages() {
        return List.of(Stage.values());
    }
}
