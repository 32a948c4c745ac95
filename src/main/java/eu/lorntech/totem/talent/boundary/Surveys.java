package eu.lorntech.totem.talent.boundary;

import eu.lorntech.totem.form.control.FormAnswers;
import eu.lorntech.totem.form.control.FormAnswers.QuestionDraft;
import eu.lorntech.totem.form.entity.Form;
import eu.lorntech.totem.form.entity.FormPurpose;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.talent.control.SurveyAccess;
import eu.lorntech.totem.talent.control.SurveyMails;
import eu.lorntech.totem.talent.entity.Campaign;
import eu.lorntech.totem.talent.entity.Invitation;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The companies' needs survey as its managers run it: campaigns of their sites, the questionnaire (the
 * form engine's questions, the 1-5 scale included), the companies invited by mail with their personal
 * link, who answered, and the reminders (one click, and automatically {@code reminderDays} before the
 * close). For the site's programme managers and the admins; another site's campaign is "not found".
 */
@Stateless
public class Surveys {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A campaign in the list. */
    public record CampaignRow(Long id, String title, String site, LocalDate opensOn, LocalDate closesOn, long invited, long answered,
            String state) implements Serializable {
    }

    /** A question as the campaign page shows it. */
    public record QuestionItem(Long id, String kind, String label, List<String> choices, boolean required) implements Serializable {
    }

    /** An invited company and whether it answered. */
    public record InvitationRow(Long id, String company, String email, String sector, String size, String commune, String language,
            Instant answeredAt, LocalDate remindedOn) implements Serializable {
    }

    /** The campaign's page. */
    public record CampaignFile(Long id, Long siteId, String site, String title, LocalDate opensOn, LocalDate closesOn, int reminderDays,
            String state, List<QuestionItem> questions, List<InvitationRow> invitations, long answered) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SurveyAccess access;

    @Inject
    FormAnswers forms;

    @Inject
    SurveyMails mails;

    @Inject
    People people;

    @Inject
    Sites sites;

    /** The sites where the caller may run campaigns (all for an admin). */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<Sites.SiteView> sites() {
        List<Long> mine = access.managedSites();
        return sites.all().stream().filter(s -> mine.contains(s.id())).toList();
    }

    /** The campaigns of the sites the caller manages, latest close first. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<CampaignRow> campaigns() {
        List<Long> mine = access.managedSites();
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<Long, String> siteNames = sites.all().stream().collect(Collectors.toMap(Sites.SiteView::id, Sites.SiteView::name));
        LocalDate today = today();
        return em.createNamedQuery(Campaign.OF_SITES, Campaign.class).setParameter("sites", mine).setMaxResults(200).getResultStream()
                .map(c -> new CampaignRow(c.getId(), c.getTitle(), siteNames.get(c.getSiteId()), c.getOpensOn(), c.getClosesOn(),
                        count(Invitation.COUNT_OF_CAMPAIGN, c.getId()),
                        count(Invitation.COUNT_ANSWERED, c.getId()),
                        state(c, today)))
                .toList();
    }

    /** A new campaign at a site the caller manages, with an empty questionnaire; its id. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public Long create(Long siteId, String title, LocalDate opensOn, LocalDate closesOn, Integer reminderDays) {
        if (siteId == null || !access.manages(siteId)) {
            throw Refusal.notFound("survey.site.notFound");
        }
        Form form = forms.newForm(FormPurpose.SURVEY);
        em.flush();
        Campaign c = new Campaign(siteId, form.getId(), title, opensOn, closesOn, reminderDays, people.requireCurrent().id(), Instant.now());
        em.persist(c);
        em.flush();
        return c.getId();
    }

    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public CampaignFile file(Long campaignId) {
        Campaign c = access.campaign(campaignId);
        List<QuestionItem> questions = forms.questions(c.getFormId()).stream()
                .map(q -> new QuestionItem(q.getId(), q.getKind().name(), q.getLabel(), q.getChoices(), q.isRequired())).toList();
        List<InvitationRow> invitations = em.createNamedQuery(Invitation.OF_CAMPAIGN, Invitation.class).setParameter("campaign", c.getId())
                .getResultStream().map(i -> new InvitationRow(i.getId(), i.getCompany(), i.getEmail(), i.getSector(),
                        i.getSizeBand() == null ? null : i.getSizeBand().name(), i.getCommune(), i.getLanguage(), i.getAnsweredAt(),
                        i.getRemindedOn()))
                .toList();
        long answered = invitations.stream().filter(i -> i.answeredAt() != null).count();
        return new CampaignFile(c.getId(), c.getSiteId(), sites.byId(c.getSiteId()).map(Sites.SiteView::name).orElse(""), c.getTitle(),
                c.getOpensOn(), c.getClosesOn(), c.getReminderDays(), state(c, today()), questions, invitations, answered);
    }

    /** The questionnaire becomes {@code drafts}, as long as no company has answered it. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public void setQuestions(Long campaignId, List<QuestionDraft> drafts) {
        Campaign c = access.campaignLocked(campaignId);
        if (count(Invitation.COUNT_ANSWERED, c.getId()) > 0) {
            throw Refusal.conflict("survey.questions.answered");
        }
        forms.replace(em.find(Form.class, c.getFormId()), drafts);
    }

    /** Invites a company (mailed its personal link in its language) while the campaign has not closed. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public Long invite(Long campaignId, Invitation.Company company) {
        Campaign c = access.campaignLocked(campaignId);
        if (c.isClosedOn(today())) {
            throw Refusal.conflict("survey.closed", c.getClosesOn());
        }
        if (forms.questions(c.getFormId()).isEmpty()) {
            throw Refusal.invalid("survey.questions.none");
        }
        Invitation i = new Invitation(c.getId(), company, Instant.now());
        boolean known = em.createNamedQuery(Invitation.COUNT_EMAIL, Long.class)
                .setParameter("campaign", c.getId()).setParameter("email", i.getEmail()).getSingleResult() > 0;
        if (known) {
            throw Refusal.conflict("survey.invite.already", i.getEmail());
        }
        em.persist(i);
        em.flush();
        mails.invite(c, i, siteName(c));
        return i.getId();
    }

    /** The most companies one paste invites. */
    public static final int MAX_PASTED = 500;

    /**
     * Invites the companies of a paste, one per line ({@link Invitation.Company#parse}), each mailed its
     * personal link, or none: a line out of shape, an address twice or already invited refuses the whole
     * paste, naming the line (and why, as the refusal's cause). Answers how many were invited.
     */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public int inviteAll(Long campaignId, String pasted) {
        Campaign c = access.campaignLocked(campaignId);
        if (c.isClosedOn(today())) {
            throw Refusal.conflict("survey.closed", c.getClosesOn());
        }
        if (forms.questions(c.getFormId()).isEmpty()) {
            throw Refusal.invalid("survey.questions.none");
        }
        String[] lines = pasted == null ? new String[0] : pasted.split("\\R");
        List<Invitation> made = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        Instant now = Instant.now();
        for (int no = 1; no <= lines.length; no++) {
            if (lines[no - 1].isBlank()) {
                continue;
            }
            try {
                Invitation i = new Invitation(c.getId(), Invitation.Company.parse(lines[no - 1]), now);
                if (!emails.add(i.getEmail())) {
                    throw Refusal.conflict("survey.invite.already", i.getEmail());
                }
                made.add(i);
                lineOf.add(no);
            } catch (Refusal why) {
                throw atLine(no, why);
            }
            if (made.size() > MAX_PASTED) {
                throw Refusal.invalid("survey.inviteAll.tooMany", MAX_PASTED);
            }
        }
        // the addresses already invited, in one query: the first line that holds one is refused
        Set<String> known = made.isEmpty() ? Set.of() : new HashSet<>(em.createNamedQuery(Invitation.EMAILS_AMONG, String.class)
                .setParameter("campaign", c.getId()).setParameter("emails", emails).getResultList());
        for (int k = 0; k < made.size(); k++) {
            if (known.contains(made.get(k).getEmail())) {
                throw atLine(lineOf.get(k), Refusal.conflict("survey.invite.already", made.get(k).getEmail()));
            }
        }
        if (made.isEmpty()) {
            throw Refusal.invalid("survey.inviteAll.empty");
        }
        made.forEach(em::persist);
        em.flush();
        String site = siteName(c);
        made.forEach(i -> mails.invite(c, i, site));
        return made.size();
    }

    /** A refusal of a pasted list naming its line, with why as its cause (the page shows both). */
    private static Refusal atLine(int no, Refusal why) {
        Refusal atLine = Refusal.invalid("survey.inviteAll.line", no);
        atLine.initCause(why);
        return atLine;
    }

    /** Reminds, by mail, the companies that have not answered and were not reminded today; answers how many. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public int remind(Long campaignId) {
        Campaign c = access.campaignLocked(campaignId);
        LocalDate today = today();
        c.requireOpenOn(today);
        return remind(c, today);
    }

    /** Every morning: the automatic reminder of the campaigns that close within their reminder delay, once per campaign. */
    @PermitAll
    @Schedule(hour = "8", minute = "0", timezone = "Europe/Paris", persistent = false)
    public void everyMorning() {
        remindDueOn(today());
    }

    /** The automatic reminders due on {@code today} (the timer's work, callable by an admin); answers how many mails. */
    @RolesAllowed(Roles.ADMIN)
    public int remindDueOn(LocalDate today) {
        int sent = 0;
        for (Campaign listed : em.createNamedQuery(Campaign.DUE_FOR_REMINDER, Campaign.class).setParameter("today", today).getResultList()) {
            // locked and read again: another server's timer may have reminded it since the list was read
            em.refresh(listed, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (listed.autoReminderDueOn(today)) {
                sent += remind(listed, today);
                listed.autoReminded(today);
            }
        }
        return sent;
    }

    private int remind(Campaign c, LocalDate today) {
        String site = siteName(c);
        List<Invitation> due = em.createNamedQuery(Invitation.TO_REMIND, Invitation.class).setParameter("campaign", c.getId())
                .setParameter("today", today).getResultList();
        for (Invitation i : due) {
            i.remindedOn(today);
            mails.remind(c, i, site);
        }
        return due.size();
    }

    private String siteName(Campaign c) {
        return sites.byId(c.getSiteId()).map(Sites.SiteView::name).orElse("");
    }

    private long count(String namedQuery, Long campaignId) {
        return em.createNamedQuery(namedQuery, Long.class).setParameter("campaign", campaignId).getSingleResult();
    }

    static String state(Campaign c, LocalDate today) {
        return c.isClosedOn(today) ? "CLOSED" : c.isOpenOn(today) ? "OPEN" : "PLANNED";
    }

    static LocalDate today() {
        return LocalDate.now(PARIS);
    }
}
