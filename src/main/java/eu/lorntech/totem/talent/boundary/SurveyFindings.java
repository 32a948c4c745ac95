package eu.lorntech.totem.talent.boundary;

import eu.lorntech.totem.event.boundary.EventPublished;
import eu.lorntech.totem.event.boundary.Workshops;
import eu.lorntech.totem.form.control.FormAnswers;
import eu.lorntech.totem.form.entity.Question;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.talent.control.SurveyAccess;
import eu.lorntech.totem.talent.control.SurveyMails;
import eu.lorntech.totem.talent.control.SurveyResults;
import eu.lorntech.totem.talent.control.SurveyResults.Filter;
import eu.lorntech.totem.talent.control.SurveyResults.QuestionResult;
import eu.lorntech.totem.talent.entity.Campaign;
import eu.lorntech.totem.talent.entity.Invitation;
import eu.lorntech.totem.talent.entity.SurveyWorkshop;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.TreeSet;

/**
 * What a campaign's answers say, counted by the database and filtered by sector, size and commune; and
 * a need of the results (a choice of a choice question) turned into a territorial workshop: a draft
 * event at the campaign's site, made by the event module, whose invitation is mailed to the companies
 * that expressed that need. For the site's programme managers and the admins; another site's campaign
 * is "not found".
 */
@Stateless
public class SurveyFindings {

    /** A workshop made of a need. */
    public record WorkshopItem(Long eventId, Long questionId, String choice, int invited) implements Serializable {
    }

    /** The results page: the campaign, the respondents counted, each question's results, the values to filter by, the workshops made. */
    public record Findings(Long campaignId, String title, String site, LocalDate closesOn, long invited, long respondents,
            List<QuestionResult> questions, List<String> sectors, List<String> communes, List<WorkshopItem> workshops) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SurveyAccess access;

    @Inject
    SurveyResults results;

    @Inject
    FormAnswers forms;

    @Inject
    SurveyMails mails;

    @Inject
    Workshops workshops;

    @Inject
    Sites sites;

    @Inject
    People people;

    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public Findings findings(Long campaignId, Filter filter) {
        Campaign c = access.campaign(campaignId);
        Filter f = filter == null ? Filter.ALL : filter;
        TreeSet<String> sectors = new TreeSet<>();
        TreeSet<String> communes = new TreeSet<>();
        for (Object[] row : em.createNamedQuery(Invitation.FILTER_VALUES, Object[].class).setParameter("campaign", c.getId()).getResultList()) {
            if (row[0] != null) {
                sectors.add((String) row[0]);
            }
            if (row[2] != null) {
                communes.add((String) row[2]);
            }
        }
        List<WorkshopItem> made = em.createNamedQuery(SurveyWorkshop.OF_CAMPAIGN, SurveyWorkshop.class).setParameter("campaign", c.getId())
                .getResultStream().map(w -> new WorkshopItem(w.getEventId(), w.getQuestionId(), w.getChoice(), w.getInvited())).toList();
        long invited = em.createNamedQuery(Invitation.COUNT_OF_CAMPAIGN, Long.class).setParameter("campaign", c.getId()).getSingleResult();
        return new Findings(c.getId(), c.getTitle(), sites.byId(c.getSiteId()).map(Sites.SiteView::name).orElse(""), c.getClosesOn(), invited,
                results.respondents(c.getId(), f), results.results(c.getId(), forms.questions(c.getFormId()), f), List.copyOf(sectors),
                List.copyOf(communes), made);
    }

    /**
     * A draft workshop at the campaign's site on {@code day} (9:00 to 12:00, Paris time) for the need
     * {@code choice} of a choice question, titled {@code title}; its invitation goes to every company that
     * chose the need. Answers the workshop made.
     */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public WorkshopItem workshop(Long campaignId, Long questionId, String choice, String title, LocalDate day) {
        Campaign c = access.campaignLocked(campaignId);
        Question q = forms.questions(c.getFormId()).stream().filter(x -> x.getId().equals(questionId)).findFirst()
                .orElseThrow(() -> Refusal.notFound("question.notFound"));
        if (!q.getKind().hasChoices() || choice == null || !q.getChoices().contains(choice)) {
            throw Refusal.invalid("survey.workshop.needUnknown");
        }
        if (day == null || !day.isAfter(Surveys.today())) {
            throw Refusal.invalid("survey.workshop.dayInvalid");
        }
        String t = title == null || title.isBlank() ? choice : title.strip();
        List<Invitation> companies = results.chose(c.getId(), q.getId(), choice);
        LocalDateTime start = day.atTime(LocalTime.of(9, 0));
        String summary = eu.lorntech.totem.platform.i18n.Texts.get(java.util.Locale.FRENCH, "survey.workshop.summary", choice, c.getTitle(),
                companies.size());
        Long eventId = workshops.draftForNeed(c.getSiteId(), new Workshops.Draft(t, summary, start.atZone(Surveys.PARIS).toInstant(),
                day.atTime(LocalTime.NOON).atZone(Surveys.PARIS).toInstant(), Math.max(30, companies.size() * 2)));
        String site = sites.byId(c.getSiteId()).map(Sites.SiteView::name).orElse("");
        companies.forEach(i -> mails.workshop(c, i, choice, t, start, site));
        em.persist(new SurveyWorkshop(c.getId(), q.getId(), choice, eventId, companies.size(), people.requireCurrent().id(), Instant.now()));
        return new WorkshopItem(eventId, q.getId(), choice, companies.size());
    }

    /**
     * An event is published (in the organiser's transaction): when it is a workshop made from a need, every
     * company that chose the need, as the answers stand now, gets its registration link, as the first mail
     * promised. Called by the container for the event module; an event of no need mails nobody.
     */
    @PermitAll
    public void announce(@Observes EventPublished e) {
        for (SurveyWorkshop w : em.createNamedQuery(SurveyWorkshop.OF_EVENT, SurveyWorkshop.class).setParameter("event", e.eventId())
                .getResultList()) {
            Campaign c = em.find(Campaign.class, w.getCampaignId());
            results.chose(c.getId(), w.getQuestionId(), w.getChoice())
                    .forEach(i -> mails.workshopOpen(c, i, w.getChoice(), e.title(), e.startsAt(), e.siteName(), e.publicLink()));
        }
    }
}
