package eu.lorntech.totem.talent.web;

import eu.lorntech.totem.platform.JsonP;
import eu.lorntech.totem.platform.i18n.Texts;
import eu.lorntech.totem.platform.web.CurrentLocale;
import eu.lorntech.totem.talent.boundary.SurveyFindings;
import eu.lorntech.totem.talent.boundary.SurveyFindings.Findings;
import eu.lorntech.totem.talent.boundary.SurveyFindings.WorkshopItem;
import eu.lorntech.totem.talent.control.SurveyResults.Bar;
import eu.lorntech.totem.talent.control.SurveyResults.Filter;
import eu.lorntech.totem.talent.control.SurveyResults.QuestionResult;
import eu.lorntech.totem.talent.entity.SizeBand;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A campaign's results: a bar chart per choice or scale question (counted by the database), filtered by
 * sector, size and commune, the same figures as a table exported to Excel and CSV, and a need turned into
 * a territorial workshop whose invitation goes to the companies that expressed it.
 */
@Named
@ViewScoped
public class SurveyResultsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A question's results with its chart's configuration (null for numbers and texts). */
    public record Chart(QuestionResult question, String config) implements Serializable {
    }

    /** One line of the table and of the exports; {@code need} when it is a choice a workshop can be made of. */
    public record Row(Long questionId, String question, String answer, long count, double share, boolean need) implements Serializable {
    }

    @Inject
    SurveyFindings findings;

    @Inject
    CurrentLocale currentLocale;

    private Long id;
    private String sector;
    private String size;
    private String commune;
    private Findings shown;
    private List<Chart> charts = List.of();
    private List<Row> rows = List.of();
    private Row chosen;
    private String workshopTitle;
    private LocalDate workshopDay;
    private WorkshopItem made;

    /** Called by the view action, after the view parameter; another site's campaign is "not found". */
    public void load() {
        shown = findings.findings(id, new Filter(blankToNull(sector), SizeBand.parse(size), blankToNull(commune)));
        Locale locale = currentLocale.getLocale();
        List<Chart> c = new ArrayList<>();
        List<Row> r = new ArrayList<>();
        for (QuestionResult q : shown.questions()) {
            c.add(new Chart(q, q.bars().isEmpty() ? null : chart(q, locale)));
            for (Bar b : q.bars()) {
                r.add(new Row(q.id(), q.label(), b.value(), b.count(), shown.respondents() == 0 ? 0 : (double) b.count() / shown.respondents(),
                        !"SCALE".equals(q.kind())));
            }
        }
        charts = c;
        rows = r;
    }

    public void filter() {
        load();
    }

    public void clearFilters() {
        sector = null;
        size = null;
        commune = null;
        load();
    }

    /** Prepares a workshop from a need: the form below the table, prefilled. */
    public void prepare(Row row) {
        chosen = row;
        made = null;
        workshopTitle = Texts.get(currentLocale.getLocale(), "survey.workshop.defaultTitle", row.answer());
        workshopDay = LocalDate.now(ZoneId.of("Europe/Paris")).plusWeeks(4);
    }

    public void createWorkshop() {
        made = findings.workshop(id, chosen.questionId(), chosen.answer(), workshopTitle, workshopDay);
        chosen = null;
        load();
    }

    public void cancelWorkshop() {
        chosen = null;
    }

    private static String chart(QuestionResult q, Locale locale) {
        JsonArrayBuilder labels = JsonP.PROVIDER.createArrayBuilder();
        JsonArrayBuilder data = JsonP.PROVIDER.createArrayBuilder();
        for (Bar b : q.bars()) {
            labels.add(b.value());
            data.add(b.count());
        }
        boolean horizontal = !"SCALE".equals(q.kind());
        return JsonP.PROVIDER.createObjectBuilder().add("type", "bar")
                .add("data", JsonP.PROVIDER.createObjectBuilder().add("labels", labels).add("datasets", JsonP.PROVIDER.createArrayBuilder()
                        .add(JsonP.PROVIDER.createObjectBuilder().add("label", Texts.get(locale, "survey.results.companies")).add("data", data)
                                .add("backgroundColor", "#0b4f8a").add("maxBarThickness", 40))))
                .add("options", JsonP.PROVIDER.createObjectBuilder().add("animation", false).add("indexAxis", horizontal ? "y" : "x")
                        .add("scales", JsonP.PROVIDER.createObjectBuilder().add(horizontal ? "x" : "y", JsonP.PROVIDER.createObjectBuilder()
                                .add("beginAtZero", true).add("ticks", JsonP.PROVIDER.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public List<SizeBand> getSizes() {
        return List.of(SizeBand.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public Findings getShown() {
        return shown;
    }

    public List<Chart> getCharts() {
        return charts;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Row getChosen() {
        return chosen;
    }

    public String getWorkshopTitle() {
        return workshopTitle;
    }

    public void setWorkshopTitle(String workshopTitle) {
        this.workshopTitle = workshopTitle;
    }

    public LocalDate getWorkshopDay() {
        return workshopDay;
    }

    public void setWorkshopDay(LocalDate workshopDay) {
        this.workshopDay = workshopDay;
    }

    public WorkshopItem getMade() {
        return made;
    }
}
