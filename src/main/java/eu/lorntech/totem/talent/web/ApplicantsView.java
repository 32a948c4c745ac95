package eu.lorntech.totem.talent.web;

import eu.lorntech.totem.platform.web.CurrentLocale;
import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.talent.boundary.Applying;
import eu.lorntech.totem.talent.boundary.Offers;
import eu.lorntech.totem.talent.boundary.Recruitment;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * An offer's applicants, best fit first, each with the explanation of the fit and the move to make
 * (with a message to the candidate); then the candidates who fit the offer best.
 */
@Named
@ViewScoped
public class ApplicantsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A candidate as the page shows them: the fit explained, and for an applicant the move being prepared. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Recruitment.Fit fit;
        private final TalentLabels.Explanation explanation;
        private String target;
        private String message;

        Row(Recruitment.Fit fit, TalentLabels.Explanation explanation) {
            this.fit = fit;
            this.explanation = explanation;
        }

        public Recruitment.Fit getFit() {
            return fit;
        }

        public TalentLabels.Explanation getExplanation() {
            return explanation;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }

        public String getMessage() {
            return message;
        }

        public void setMessage(String message) {
            this.message = message;
        }
    }

    @Inject
    CurrentLocale currentLocale;

    @Inject
    Offers offers;

    @Inject
    Recruitment recruitment;

    @Inject
    Applying applying;

    @Inject
    TalentLabels labels;

    private Long offerId;
    private Offers.Detail offer;
    private List<Row> applicants = List.of();
    private List<Row> matches = List.of();
    private Map<Long, String> skillLabels = Map.of();
    private Map<String, String> countryLabels = Map.of();

    /** Called by the view action, after the view parameter. */
    public void load() {
        Locale locale = currentLocale.getLocale();
        skillLabels = labels.skills(locale);
        countryLabels = TalentLabels.countries(locale);
        offer = offers.detail(offerId);
        if (!offer.manageable()) {
            throw eu.lorntech.totem.platform.Refusal.notFound("offer.notFound");
        }
        refresh();
    }

    private void refresh() {
        Locale locale = currentLocale.getLocale();
        applicants = recruitment.applicants(offerId).stream().map(f -> new Row(f, TalentLabels.explain(f.match(), skillLabels, locale))).toList();
        matches = recruitment.matches(offerId, Recruitment.MATCHES_LIMIT).stream()
                .map(f -> new Row(f, TalentLabels.explain(f.match(), skillLabels, locale))).toList();
    }

    public void move(Row row) {
        if (row.getTarget() == null || row.getTarget().isBlank()) {
            FacesMessages.error("offer.application.chooseStatus", row.getFit().name());
            return;
        }
        try {
            recruitment.move(row.getFit().applicationId(), row.getFit().status(), row.getTarget(), row.getMessage());
            FacesMessages.info("offer.application.moved", row.getFit().name());
        } finally {
            refresh();
        }
    }

    /** The applicant's CV, as a download. */
    public StreamedContent cv(Long candidateId) {
        Applying.Cv cv = applying.cv(candidateId);
        return DefaultStreamedContent.builder().name(cv.fileName()).contentType("application/pdf").contentLength((long) cv.content().length)
                .stream(() -> new ByteArrayInputStream(cv.content())).build();
    }

    public Long getOfferId() {
        return offerId;
    }

    public void setOfferId(Long offerId) {
        this.offerId = offerId;
    }

    public Offers.Detail getOffer() {
        return offer;
    }

    public List<Row> getApplicants() {
        return applicants;
    }

    public List<Row> getMatches() {
        return matches;
    }

    public Map<Long, String> getSkillLabels() {
        return skillLabels;
    }

    public Map<String, String> getCountryLabels() {
        return countryLabels;
    }
}
