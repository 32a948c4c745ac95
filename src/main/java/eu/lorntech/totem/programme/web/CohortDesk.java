package eu.lorntech.totem.programme.web;

import eu.lorntech.totem.programme.boundary.Cohorts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * What the cohort pages share: the programme and the cohort they are about (the {@code programme} and
 * {@code cohort} parameters, which the tabs carry from page to page), checked against the programmes
 * the caller manages; someone who manages none sees a hint instead of the forms, and the pages load nothing.
 */
@Named
@ViewScoped
public class CohortDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cohorts cohorts;

    private Long programmeId;
    private Long cohortId;
    private List<Cohorts.ProgrammeRef> programmes = List.of();
    private List<Cohorts.CohortView> cohortList = List.of();
    private Cohorts.CohortView cohort;
    private String query = "";

    /** Called first by each page's load, after the view parameters: an unknown or foreign id falls back to the first one. */
    public void load() {
        programmes = cohorts.managedProgrammes();
        if (programmes.isEmpty()) {
            return;
        }
        if (programmeId == null || programmes.stream().noneMatch(p -> p.id().equals(programmeId))) {
            programmeId = programmes.get(0).id();
        }
        open(cohortId);
    }

    /** Reads the programme's cohorts again and opens this one (the first when it is not one of them). */
    public void open(Long id) {
        cohortList = cohorts.cohorts(programmeId);
        cohortId = cohortList.stream().map(Cohorts.CohortView::id).filter(c -> c.equals(id)).findFirst()
                .orElse(cohortList.isEmpty() ? null : cohortList.get(0).id());
        cohort = cohortId == null ? null : cohortList.stream().filter(c -> c.id().equals(cohortId)).findFirst().orElseThrow();
        query = "programme=" + programmeId + (cohortId == null ? "" : "&cohort=" + cohortId);
    }

    /** The same page again for the programme and cohort chosen in the picker, at an address one can bookmark. */
    public String show() {
        String page = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return page + "?faces-redirect=true&programme=" + programmeId + (cohortId == null ? "" : "&cohort=" + cohortId);
    }

    public boolean isManager() {
        return !programmes.isEmpty();
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public void setCohortId(Long cohortId) {
        this.cohortId = cohortId;
    }

    public List<Cohorts.ProgrammeRef> getProgrammes() {
        return programmes;
    }

    public List<Cohorts.CohortView> getCohortList() {
        return cohortList;
    }

    /** The programme and the cohort as the tabs' links carry them ({@code programme=1&cohort=2}, no cohort when there is none). */
    public String getQuery() {
        return query;
    }

    /** The cohort the cohort pages show; null when the programme has none yet. */
    public Cohorts.CohortView getCohort() {
        return cohort;
    }
}
