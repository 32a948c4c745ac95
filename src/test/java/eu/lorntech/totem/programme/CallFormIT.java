package eu.lorntech.totem.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.As;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.identity.boundary.People;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.platform.Refusal;
import eu.lorntech.totem.programme.boundary.ApplicationSummary;
import eu.lorntech.totem.programme.boundary.Applications;
import eu.lorntech.totem.programme.boundary.CallForms;
import eu.lorntech.totem.programme.boundary.Calls;
import eu.lorntech.totem.programme.boundary.FormViews.AnswerView;
import eu.lorntech.totem.programme.boundary.FormViews.Answers;
import eu.lorntech.totem.programme.boundary.FormViews.CallDraft;
import eu.lorntech.totem.programme.boundary.FormViews.CriterionDraft;
import eu.lorntech.totem.programme.boundary.FormViews.QuestionDraft;
import eu.lorntech.totem.programme.boundary.FormViews.QuestionView;
import eu.lorntech.totem.programme.boundary.FormViews.Upload;
import eu.lorntech.totem.programme.boundary.Jury;
import eu.lorntech.totem.programme.boundary.JuryPlanning;
import eu.lorntech.totem.programme.entity.ApplicationStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** Call forms inside the server: answers and decks saved all or nothing, required answers, mails, juror planning and reads. */
@TotemIT
class CallFormIT {

    static final String MANAGER = "programmes@totem.example";
    static final Set<String> MANAGER_ROLES = Set.of("PROGRAMME_MANAGER");
    static final String FOUNDER = "fondatrice@totem.example";
    static final String ENGLISH_FOUNDER = "membre@totem.example";
    static final String OTHER_FOUNDER = "musee@totem.example";
    static final Set<String> FOUNDER_ROLES = Set.of("FOUNDER");
    static final String JUROR = "mentor@totem.example";
    static final Set<String> JUROR_ROLES = Set.of("MENTOR");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests();
    }

    @Inject
    CallForms forms;

    @Inject
    Calls calls;

    @Inject
    Applications applications;

    @Inject
    JuryPlanning planning;

    @Inject
    Jury jury;

    @Inject
    Sites sites;

    @Inject
    People people;

    @PersistenceContext
    EntityManager em;

    static byte[] pdf(int size) {
        byte[] b = new byte[size];
        byte[] magic = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    Long id(String email) {
        return people.byEmail(email).orElseThrow().id();
    }

    /** A call open now with five questions: city (required), stage (choice), jobs (number), needs (multiple), deck (required PDF). */
    Long openCall() throws Exception {
        Long site = sites.all().stream().filter(s -> s.code().equals("thionville")).findFirst().orElseThrow().id();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Long programme = As.user(MANAGER, MANAGER_ROLES, () -> forms.createProgramme(site, "ACCELERATION", "Accélération " + suffix, null));
        CallDraft draft = new CallDraft("Appel " + suffix, Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(5)),
                false, List.of(new CriterionDraft("Équipe", 2), new CriterionDraft("Marché", 1)),
                List.of(new QuestionDraft("SHORT_TEXT", "Commune", null, true),
                        new QuestionDraft("SINGLE_CHOICE", "Stade", "Idée\nPrototype\nPremiers clients", false),
                        new QuestionDraft("NUMBER", "Emplois", null, false),
                        new QuestionDraft("MULTIPLE_CHOICE", "Besoins", "Financement\nLocaux\nMentorat", false),
                        new QuestionDraft("PDF", "Pitch deck", null, true)));
        return As.user(MANAGER, MANAGER_ROLES, () -> forms.openCall(programme, draft));
    }

    Map<String, Long> questionIds(Long call) {
        return forms.questions(call).stream().collect(java.util.stream.Collectors.toMap(QuestionView::label, QuestionView::id));
    }

    long count(String sql, Object param) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, param).getSingleResult()).longValue();
    }

    @Test
    void answersAreSavedAndRequiredOnesEnforcedAtSubmissionWithAReceipt() throws Exception {
        Long call = openCall();
        Map<String, Long> q = questionIds(call);
        assertEquals(5, q.size());
        ApplicationSummary draft = As.user(FOUNDER, FOUNDER_ROLES, () -> forms.save(call, null, "Studio Fensch", "Animation 3D",
                new Answers(Map.of(q.get("Commune"), "Thionville", q.get("Stade"), "Prototype", q.get("Emplois"), "4,5"),
                        Map.of(q.get("Besoins"), List.of("Mentorat", "Financement")), List.of())));
        List<AnswerView> saved = As.user(FOUNDER, FOUNDER_ROLES, () -> forms.answers(draft.id()));
        assertEquals(List.of("Thionville", "Prototype", "4.5", "Financement\nMentorat"), saved.stream().map(AnswerView::text).toList());

        assertEquals("answer.required", assertThrows(Refusal.class,
                () -> As.user(FOUNDER, FOUNDER_ROLES, () -> applications.submit(draft.id()))).getMessageKey(), "the deck is required");
        assertEquals("DRAFT", As.user(FOUNDER, FOUNDER_ROLES, () -> applications.read(draft.id())).status());

        assertEquals("answer.choice.invalid", assertThrows(Refusal.class, () -> As.user(FOUNDER, FOUNDER_ROLES,
                () -> forms.save(call, draft.id(), null, "Changed", new Answers(Map.of(q.get("Commune"), "Metz", q.get("Stade"), "Licorne"),
                        Map.of(), List.of())))).getMessageKey());
        assertEquals("Thionville", As.user(FOUNDER, FOUNDER_ROLES, () -> forms.answers(draft.id())).get(0).text(), "nothing saved");
        assertEquals("Animation 3D", As.user(FOUNDER, FOUNDER_ROLES, () -> applications.read(draft.id())).summary());

        As.user(FOUNDER, FOUNDER_ROLES, () -> forms.save(call, draft.id(), null, "Animation 3D",
                new Answers(Map.of(), Map.of(), List.of(new Upload(q.get("Pitch deck"), "deck.pdf", pdf(4096))))));
        assertEquals(4096, As.user(FOUNDER, FOUNDER_ROLES, () -> forms.myDocument(draft.id(), q.get("Pitch deck"))).content().length);
        assertEquals(Refusal.Kind.NOT_FOUND, assertThrows(Refusal.class, () -> As.user(OTHER_FOUNDER, FOUNDER_ROLES,
                () -> forms.myDocument(draft.id(), q.get("Pitch deck")))).getKind(), "someone else's deck");
        assertEquals(Refusal.Kind.NOT_FOUND, assertThrows(Refusal.class, () -> As.user(OTHER_FOUNDER, FOUNDER_ROLES,
                () -> forms.answers(draft.id()))).getKind(), "someone else's answers");

        As.user(FOUNDER, FOUNDER_ROLES, () -> applications.submit(draft.id()));
        @SuppressWarnings("unchecked")
        List<Object[]> mails = em.createNativeQuery("select subject, body from mail_outbox where recipient = ?1 order by id desc")
                .setParameter(1, FOUNDER).getResultList();
        assertTrue(mails.get(0)[0].toString().startsWith("Candidature reçue"), mails.get(0)[0].toString());
        assertTrue(mails.get(0)[1].toString().contains("Studio Fensch"), mails.get(0)[1].toString());
    }

    @Test
    void aTooLargeOrNonPdfFileIsRefusedAndNothingIsSaved() throws Exception {
        Long call = openCall();
        Long deck = questionIds(call).get("Pitch deck");
        long documents = ((Number) em.createNativeQuery("select count(*) from document").getSingleResult()).longValue();
        byte[] png = new byte[2048];
        png[0] = (byte) 0x89;
        png[1] = 'P';
        assertEquals("document.notPdf", assertThrows(Refusal.class, () -> As.user(OTHER_FOUNDER, FOUNDER_ROLES,
                () -> forms.save(call, null, "Musée", "Vélos", new Answers(Map.of(), Map.of(), List.of(new Upload(deck, "deck.pdf", png))))))
                .getMessageKey());
        assertEquals("document.tooLarge", assertThrows(Refusal.class, () -> As.user(OTHER_FOUNDER, FOUNDER_ROLES,
                () -> forms.save(call, null, "Musée", "Vélos",
                        new Answers(Map.of(), Map.of(), List.of(new Upload(deck, "deck.pdf", pdf(10 * 1024 * 1024 + 1))))))).getMessageKey());
        assertEquals(0L, count("select count(*) from application where call_id = ?1", call), "not even the draft");
        assertEquals(documents, ((Number) em.createNativeQuery("select count(*) from document").getSingleResult()).longValue());
        assertEquals(Refusal.Kind.NOT_FOUND, assertThrows(Refusal.class, () -> As.user(OTHER_FOUNDER, FOUNDER_ROLES,
                () -> forms.save(call, null, "Musée", "Vélos", new Answers(Map.of(999_999_999L, "x"), Map.of(), List.of())))).getKind(),
                "an unknown question");
    }

    @Test
    void theOutcomeIsMailedInTheFoundersLanguage() throws Exception {
        Long call = openCall();
        Map<String, Long> q = questionIds(call);
        ApplicationSummary a = As.user(ENGLISH_FOUNDER, FOUNDER_ROLES, () -> forms.save(call, null, "Coworking app", "An app",
                new Answers(Map.of(q.get("Commune"), "Metz"), Map.of(), List.of(new Upload(q.get("Pitch deck"), "d.pdf", pdf(100))))));
        As.user(ENGLISH_FOUNDER, FOUNDER_ROLES, () -> applications.submit(a.id()));
        As.run(MANAGER, MANAGER_ROLES, () -> calls.decide(a.id(), ApplicationStatus.WAITLISTED));
        @SuppressWarnings("unchecked")
        List<Object[]> mails = em.createNativeQuery("select subject, body from mail_outbox where recipient = ?1 order by id desc")
                .setParameter(1, ENGLISH_FOUNDER).getResultList();
        assertTrue(mails.get(0)[0].toString().startsWith("Your application to"), mails.get(0)[0].toString());
        assertTrue(mails.get(0)[1].toString().contains("waiting list"), mails.get(0)[1].toString());
        assertTrue(mails.get(1)[0].toString().startsWith("Application received"), mails.get(1)[0].toString());
    }

    @Test
    void jurorsAreSpreadEvenlyNeverOnTheirOwnApplicationAndReadOnlyWhatIsAssigned() throws Exception {
        Long call = openCall();
        Map<String, Long> q = questionIds(call);
        Answers complete = new Answers(Map.of(q.get("Commune"), "Metz"), Map.of(), List.of(new Upload(q.get("Pitch deck"), "d.pdf", pdf(100))));
        ApplicationSummary mine = As.user(FOUNDER, FOUNDER_ROLES, () -> forms.save(call, null, "Studio", "x", complete));
        ApplicationSummary theirs = As.user(OTHER_FOUNDER, FOUNDER_ROLES, () -> forms.save(call, null, "Musée", "y", complete));
        As.user(FOUNDER, FOUNDER_ROLES, () -> applications.submit(mine.id()));
        As.user(OTHER_FOUNDER, FOUNDER_ROLES, () -> applications.submit(theirs.id()));

        assertThrows(EJBAccessException.class, () -> As.user(FOUNDER, FOUNDER_ROLES,
                () -> planning.assignEvenly(call, List.of(id(JUROR)), 1)), "founders plan no jury");
        int created = As.user(MANAGER, MANAGER_ROLES, () -> planning.assignEvenly(call, List.of(id(FOUNDER), id(JUROR)), 2));
        assertEquals(3, created, "two jurors each, except the founder on her own application");
        assertEquals(0L, count("select count(*) from jury_assignment where application_id = ?1 and juror_id = "
                + id(FOUNDER), mine.id()), "never on her own application");
        assertEquals(0, (int) As.user(MANAGER, MANAGER_ROLES, () -> planning.assignEvenly(call, List.of(id(FOUNDER), id(JUROR)), 2)),
                "never twice");
        assertEquals("jury.alreadyAssigned", assertThrows(Refusal.class, () -> As.run(MANAGER, MANAGER_ROLES,
                () -> planning.assign(theirs.id(), id(JUROR)))).getMessageKey());

        List<Jury.AssignmentView> founderAsJuror = As.user(FOUNDER, FOUNDER_ROLES, () -> jury.myAssignments());
        Jury.AssignmentView onTheirs = founderAsJuror.stream().filter(j -> j.application().id().equals(theirs.id())).findFirst().orElseThrow();
        assertFalse(As.user(FOUNDER, FOUNDER_ROLES, () -> jury.myAssignment(onTheirs.id())).answers().isEmpty(), "the juror reads the answers");
        assertEquals(100, As.user(FOUNDER, FOUNDER_ROLES, () -> jury.document(onTheirs.id(), q.get("Pitch deck"))).content().length);
        assertEquals(Refusal.Kind.NOT_FOUND, assertThrows(Refusal.class, () -> As.user(OTHER_FOUNDER, FOUNDER_ROLES,
                () -> jury.myAssignment(onTheirs.id()))).getKind(), "not assigned: not found");
        assertEquals(Refusal.Kind.NOT_FOUND, assertThrows(Refusal.class, () -> As.user(OTHER_FOUNDER, FOUNDER_ROLES,
                () -> jury.document(onTheirs.id(), q.get("Pitch deck")))).getKind());
    }
}
