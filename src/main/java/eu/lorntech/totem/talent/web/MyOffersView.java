package eu.lorntech.totem.talent.web;

import eu.lorntech.totem.platform.web.CurrentLocale;
import eu.lorntech.totem.platform.web.FacesMessages;
import eu.lorntech.totem.talent.boundary.Applying;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The candidate's offers: those that fit them best, with the reason and a message to apply; then their applications. */
@Named
@ViewScoped
public class MyOffersView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An offer as the page shows it, with the message being written. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Applying.OfferFit fit;
        private final TalentLabels.Explanation explanation;
        private String message;

        Row(Applying.OfferFit fit, TalentLabels.Explanation explanation) {
            this.fit = fit;
            this.explanation = explanation;
        }

        public Applying.OfferFit getFit() {
            return fit;
        }

        public TalentLabels.Explanation getExplanation() {
            return explanation;
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
    Applying applying;

    @Inject
    TalentLabels labels;

    private boolean consentExpired;
    private boolean profile;
    private List<Row> offers = List.of();
    private List<Applying.Mine> applications = List.of();
    private Map<String, String> countryLabels = Map.of();

    /** Called by the view action. */
    public void load() {
        countryLabels = TalentLabels.countries(currentLocale.getLocale());
        refresh();
    }

    private void refresh() {
        Locale locale = currentLocale.getLocale();
        applications = applying.myApplications();
        try {
            Applying.Matches m = applying.myMatches(Applying.MATCHES_LIMIT);
            Map<Long, String> skills = labels.skills(locale);
            profile = true;
            consentExpired = m.consentExpired();
            offers = m.offers().stream().map(f -> new Row(f, TalentLabels.explain(f.match(), skills, locale))).toList();
        } catch (eu.lorntech.totem.platform.Refusal noProfile) {
            profile = false;
            offers = List.of();
        }
    }

    public void apply(Row row) {
        try {
            applying.apply(row.getFit().offer().id(), row.getMessage());
            FacesMessages.info("offer.applied", row.getFit().offer().title());
        } finally {
            refresh();
        }
    }

    public boolean isConsentExpired() {
        return consentExpired;
    }

    public boolean isProfile() {
        return profile;
    }

    public List<Row> getOffers() {
        return offers;
    }

    public List<Applying.Mine> getApplications() {
        return applications;
    }

    public Map<String, String> getCountryLabels() {
        return countryLabels;
    }
}
