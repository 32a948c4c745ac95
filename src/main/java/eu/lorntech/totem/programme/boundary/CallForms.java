package eu.lorntech.totem.programme.boundary;

import eu.lorntech.totem.form.control.FormAnswers;
import eu.lorntech.totem.form.entity.Document;
import eu.lorntech.totem.identity.boundary.Caller;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.platform.security.Roles;
import eu.lorntech.totem.programme.boundary.FormViews.AnswerView;
import eu.lorntech.totem.programme.boundary.FormViews.Answers;
import eu.lorntech.totem.programme.boundary.FormViews.CallDraft;
import eu.lorntech.totem.programme.boundary.FormViews.CriterionDraft;
import eu.lorntech.totem.programme.boundary.FormViews.DocumentFile;
import eu.lorntech.totem.programme.boundary.FormViews.ProgrammeRow;
import eu.lorntech.totem.programme.boundary.FormViews.QuestionDraft;
import eu.lorntech.totem.programme.boundary.FormViews.QuestionView;
import eu.lorntech.totem.programme.boundary.FormViews.Upload;
import eu.lorntech.totem.programme.entity.Application;
import eu.lorntech.totem.programme.entity.CallForApplications;
import eu.lorntech.totem.programme.entity.Programme;
import eu.lorntech.totem.programme.entity.ProgrammeKind;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Call forms: managers open a call with its criteria and questions; founders save their draft with
 * its answers and decks in one transaction (a refused answer or file saves nothing), and read back
 * only their own.
 */
@Stateless
public class CallForms {

    public static final int MAX_QUESTIONS = FormAnswers.MAX_QUESTIONS;

    @PersistenceContext
    EntityManager em;

    @Inject
    eu.lorntech.totem.programme.control.ApplicationTeams teams;

    @Inject
    People people;

    @Inject
    Sites sites;

    @Inject
    Calls calls;

    @Inject
    FormAnswers forms;

    /** Anyone may read the questions of a call (the form is public with the call). */
    @PermitAll
    public List<QuestionView> questions(Long callId) {
        CallForApplications call = callId == null ? null : em.find(CallForApplications.class, callId);
        if (call == null) {
            throw Refusal.notFound("call.notFound");
        }
        return forms.questions(call.getForm().getId()).stream().map(QuestionView::of).toList();
    }

    /** The programmes of every site the caller manages, with their calls. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public List<ProgrammeRow> programmesIManage() {
        people.requireCurrent();
        List<ProgrammeRow> rows = new ArrayList<>();
        for (Sites.SiteView site : sites.all()) {
            if (!people.callerHolds(Roles.PROGRAMME_MANAGER, site.id())) {
                continue;
            }
            for (Programme p : em.createNamedQuery(Programme.OF_SITE, Programme.class)
                    .setParameter("s", site.id()).getResultList()) {
                List<CallSummary> callsOf = em.createNamedQuery(CallForApplications.OF_PROGRAMME, CallForApplications.class)
                        .setParameter("p", p).getResultStream().map(CallSummary::of).toList();
                rows.add(new ProgrammeRow(p.getId(), p.getName(), p.getKind().name(), site.id(), site.name(), p.getDescription(), callsOf));
            }
        }
        return rows;
    }

    /** Sites where the caller may create programmes. */
    @PermitAll
    public List<Sites.SiteView> sitesIManage() {
        return sites.all().stream().filter(s -> people.callerHolds(Roles.PROGRAMME_MANAGER, s.id())).toList();
    }

    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public Long createProgramme(Long siteId, String kind, String name, String description) {
        ProgrammeKind k = parse(ProgrammeKind.class, kind, "programme.kind.required");
        boolean taken = name != null && !em.createNamedQuery(Programme.ID_BY_SITE_AND_NAME, Long.class)
                .setParameter("s", siteId).setParameter("n", name.strip()).getResultList().isEmpty();
        if (taken && people.callerHolds(Roles.PROGRAMME_MANAGER, siteId)) {
            throw Refusal.conflict("programme.nameTaken", name.strip());
        }
        return calls.createProgramme(siteId, k, name, description == null || description.isBlank() ? null : description.strip());
    }

    /** A programme the caller manages, or "not found" (so ids of other sites reveal nothing). */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public ProgrammeRow programme(Long programmeId) {
        return programmesIManage().stream().filter(p -> p.id().equals(programmeId)).findFirst()
                .orElseThrow(() -> Refusal.notFound("programme.notFound"));
    }

    /** Opens a call with its weighted criteria and its questions, all or nothing. */
    @RolesAllowed({Roles.PROGRAMME_MANAGER, Roles.ADMIN})
    public Long openCall(Long programmeId, CallDraft draft) {
        if (draft == null) {
            throw Refusal.invalid("call.title.invalid");
        }
        Map<String, Integer> criteria = new LinkedHashMap<>();
        for (CriterionDraft c : draft.criteria() == null ? List.<CriterionDraft>of() : draft.criteria()) {
            if (c.weight() == null) {
                throw Refusal.invalid("criterion.weight.invalid");
            }
            if (c.name() == null || c.name().isBlank()) {
                throw Refusal.invalid("criterion.name.invalid");
            }
            if (criteria.put(c.name().strip(), c.weight()) != null) {
                throw Refusal.invalid("criterion.duplicate", c.name().strip());
            }
        }
        List<QuestionDraft> questions = draft.questions() == null ? List.of() : draft.questions();
        if (questions.size() > MAX_QUESTIONS) {
            throw Refusal.invalid("question.tooMany", MAX_QUESTIONS);
        }
        Long callId = calls.openCall(programmeId, draft.title(), draft.opensAt(), draft.closesAt(), draft.anonymous(), criteria);
        forms.ask(em.find(CallForApplications.class, callId).getForm(), questions.stream()
                .map(q -> new FormAnswers.QuestionDraft(q.kind(), q.label(), q.choices(), q.required())).toList());
        return callId;
    }

    /**
     * Starts or changes the caller's application to a call, with its answers and decks, in one
     * transaction: any refused answer or file (too large, not a PDF) leaves everything as it was.
     */
    @PermitAll
    public ApplicationSummary save(Long callId, Long applicationId, String projectName, String summary, Answers answers) {
        Caller me = people.requireCurrent();
        Instant now = Instant.now();
        Application a;
        if (applicationId == null) {
            CallForApplications call = callId == null ? null : em.find(CallForApplications.class, callId);
            if (call == null) {
                throw Refusal.notFound("call.notFound");
            }
            a = new Application(call, me.id(), projectName, summary, now);
            em.persist(a);
        } else {
            a = mine(applicationId);
            a.edit(summary, now);
        }
        Answers given = answers == null ? Answers.none() : answers;
        var response = a.answerable(now);
        given.texts().forEach((questionId, text) -> forms.write(response, questionId, text));
        given.ticked().forEach((questionId, ticked) -> forms.tick(response, questionId, ticked));
        for (Upload u : given.uploads()) {
            forms.attachPdf(response, u.questionId(), u.fileName(), u.content(), me.id(), now);
        }
        em.flush();
        return ApplicationSummary.of(a, false);
    }

    /** My answers to my application; anyone else's is "not found". */
    @PermitAll
    public List<AnswerView> answers(Long applicationId) {
        return forms.answers(mine(applicationId).getResponse()).stream().map(AnswerView::of).toList();
    }

    /** The deck I uploaded for a question of my application. */
    @PermitAll
    public DocumentFile myDocument(Long applicationId, Long questionId) {
        Document d = forms.document(mine(applicationId).getResponse(), questionId);
        return new DocumentFile(d.getFileName(), d.getContentType(), d.getContent());
    }

    /** The application if the caller is on its team; anyone else's is "not found". */
    private Application mine(Long applicationId) {
        return teams.ofMyTeam(applicationId);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String key) {
        try {
            return Enum.valueOf(type, name == null ? "" : name);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(key);
        }
    }
}
