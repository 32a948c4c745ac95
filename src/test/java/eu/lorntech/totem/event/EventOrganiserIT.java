package eu.lorntech.totem.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import eu.lorntech.totem.As;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.event.boundary.Attendees;
import eu.lorntech.totem.event.boundary.Attendees.Group;
import eu.lorntech.totem.event.boundary.CheckIns;
import eu.lorntech.totem.event.boundary.Events;
import eu.lorntech.totem.event.boundary.Registrations;
import eu.lorntech.totem.event.entity.Event;
import eu.lorntech.totem.event.entity.Registration.Person;
import eu.lorntech.totem.event.entity.SessionKind;
import eu.lorntech.totem.event.web.AttendeeExports;
import eu.lorntech.totem.form.control.FormAnswers.QuestionDraft;
import eu.lorntech.totem.identity.boundary.Sites;
import eu.lorntech.totem.identity.boundary.UserAdministration;
import eu.lorntech.totem.identity.entity.Language;
import eu.lorntech.totem.identity.entity.Role;
import eu.lorntech.totem.platform.Refusal;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** What the organisers' pages rely on, inside the server: ownership, a capacity never below the confirmed seats, and the files. */
@TotemIT
class EventOrganiserIT {

    static final String ORGANISER = EventFixtures.ORGANISER;
    static final Set<String> ROLES = EventFixtures.ORGANISER_ROLES;

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests();
    }

    @Inject
    Events events;

    @Inject
    Registrations registrations;

    @Inject
    Attendees attendees;

    @Inject
    CheckIns checkIns;

    @Inject
    Sites sites;

    @Inject
    UserAdministration users;

    static void assertRefused(Refusal.Kind kind, String key, Runnable action) {
        Refusal r = assertThrows(Refusal.class, action::run);
        assertEquals(kind, r.getKind(), r.getMessage());
        assertEquals(key, r.getMessageKey());
    }

    /** A second organiser at Ménil-Flin, made by the admin as the user administration page does. */
    String anotherOrganiser() throws Exception {
        String email = "orga-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Long site = EventFixtures.menilFlin(sites);
        As.user("admin@totem.example", Set.of("ADMIN"), () -> users.create(new UserAdministration.NewUser(email, "Autre Organisatrice",
                "another organiser's password", Language.FR, site, EnumSet.of(Role.EVENT_ORGANISER))));
        return email;
    }

    List<Long> register(Long eventId, int people, String run) throws Exception {
        return As.user(ORGANISER, ROLES, () -> {
            List<Long> ids = new java.util.ArrayList<>();
            for (int i = 0; i < people; i++) {
                ids.add(registrations.addByHand(eventId, new Person("Personne " + i + " " + run, "p" + i + "-" + run + "@example.org",
                        "Entreprise " + i), "fr").get(0).id());
            }
            return ids;
        });
    }

    @Test
    void anotherOrganisersEventIsNotFoundWhateverTheyTry() throws Exception {
        Long eventId = EventFixtures.publishedEvent(events, sites, ORGANISER, "À moi " + UUID.randomUUID(), 10);
        List<Long> mine = register(eventId, 1, UUID.randomUUID().toString().substring(0, 6));
        String other = anotherOrganiser();
        As.run(other, ROLES, () -> {
            assertTrue(events.mine().stream().noneMatch(c -> c.id().equals(eventId)), "not among their events");
            assertRefused(Refusal.Kind.NOT_FOUND, "event.notFound", () -> events.editing(eventId));
            assertRefused(Refusal.Kind.NOT_FOUND, "event.notFound", () -> events.cancel(eventId));
            assertRefused(Refusal.Kind.NOT_FOUND, "event.notFound", () -> events.addSession(eventId, new Events.SessionDraft(
                    SessionKind.TALK, "Intrusion", Instant.now().plus(10, ChronoUnit.DAYS), Instant.now().plus(10, ChronoUnit.DAYS).plusSeconds(60),
                    null, null)));
            assertRefused(Refusal.Kind.NOT_FOUND, "event.notFound", () -> attendees.all(eventId, Group.ALL));
            assertRefused(Refusal.Kind.NOT_FOUND, "event.notFound", () -> attendees.mail(eventId, Group.ALL, "Spam", "Spam"));
            assertRefused(Refusal.Kind.NOT_FOUND, "event.notFound", () -> registrations.changeCapacity(eventId, 100));
            assertRefused(Refusal.Kind.NOT_FOUND, "event.notFound", () -> registrations.remove(mine.get(0)));
            assertRefused(Refusal.Kind.NOT_FOUND, "event.notFound", () -> checkIns.admit(eventId, mine.get(0), "Porte", "n-1"));
        });
        As.run(ORGANISER, ROLES, () -> {
            assertEquals("PUBLISHED", events.editing(eventId).card().status(), "nothing changed");
            assertEquals(10, attendees.counts(eventId).capacity());
            assertEquals(1, attendees.counts(eventId).confirmed());
            assertEquals(0, attendees.counts(eventId).checkedIn());
        });
    }

    static List<String> asked(Events events, Long eventId) {
        return events.editing(eventId).questions().stream()
                .map(q -> q.kind() + " " + q.label() + (q.required() ? " *" : "") + (q.choices() == null || q.choices().isEmpty() ? "" : " [" + String.join("|", q.choices()) + "]"))
                .toList();
    }

    @Test
    void theRegistrationQuestionsAreEditedAndRemovedUntilSomebodyRegistersThenStayAsTheyAre() throws Exception {
        Long eventId = EventFixtures.publishedEvent(events, sites, ORGANISER, "Questions " + UUID.randomUUID(), 10);
        As.run(ORGANISER, ROLES, () -> {
            events.setQuestions(eventId, List.of(new QuestionDraft("SHORT_TEXT", "Votre poste", null, true),
                    new QuestionDraft("SINGLE_CHOICE", "Déjeuner", "Oui\nNon", false),
                    new QuestionDraft("LONG_TEXT", "Une question pour les intervenants", null, false)));
            assertEquals(List.of("SHORT_TEXT Votre poste *", "SINGLE_CHOICE Déjeuner [Oui|Non]", "LONG_TEXT Une question pour les intervenants"),
                    asked(events, eventId));

            // the first is edited, the second removed, the third kept, one added
            events.setQuestions(eventId, List.of(new QuestionDraft("SHORT_TEXT", "Votre fonction", null, false),
                    new QuestionDraft("LONG_TEXT", "Une question pour les intervenants", null, false),
                    new QuestionDraft("MULTIPLE_CHOICE", "Ateliers", "IA\nCybersécurité", false)));
            assertEquals(List.of("SHORT_TEXT Votre fonction", "LONG_TEXT Une question pour les intervenants",
                    "MULTIPLE_CHOICE Ateliers [IA|Cybersécurité]"), asked(events, eventId));

            // an invalid draft changes nothing
            assertRefused(Refusal.Kind.INVALID, "question.kind.required",
                    () -> events.setQuestions(eventId, List.of(new QuestionDraft("SHORT_TEXT", "Gardée ?", null, false), new QuestionDraft(null, "Sans type", null, false))));
            assertEquals(3, asked(events, eventId).size(), "nothing half-saved");
        });
        register(eventId, 1, UUID.randomUUID().toString().substring(0, 6));
        As.run(ORGANISER, ROLES, () -> {
            assertRefused(Refusal.Kind.CONFLICT, "event.questions.afterRegistrations", () -> events.setQuestions(eventId, List.of()));
            assertEquals(3, asked(events, eventId).size(), "the form stays as the registrant answered it");
        });
    }

    @Test
    void aCapacityBelowTheConfirmedSeatsIsRefusedAndNothingChanges() throws Exception {
        String title = "Petite salle " + UUID.randomUUID();
        Long eventId = EventFixtures.publishedEvent(events, sites, ORGANISER, title, 5);
        register(eventId, 3, UUID.randomUUID().toString().substring(0, 6));
        As.run(ORGANISER, ROLES, () -> {
            Refusal r = assertThrows(Refusal.class, () -> registrations.changeCapacity(eventId, 2));
            assertEquals("event.capacity.belowConfirmed", r.getMessageKey());
            assertEquals(3, ((Number) r.getArgs()[0]).intValue(), "the message says how many are confirmed");
            Events.Editing before = events.editing(eventId);
            Event.Details lower = new Event.Details("Titre changé", before.summary(), before.card().venue(), before.language(),
                    before.card().startsAt(), before.card().endsAt(), before.registrationOpens(), before.registrationCloses(), 2);
            assertRefused(Refusal.Kind.CONFLICT, "event.capacity.belowConfirmed", () -> events.describe(eventId, eu.lorntech.totem.event.entity.EventKind.SEMINAR, lower));
            assertEquals(title, events.editing(eventId).card().title(), "the other details are not saved either");
            assertEquals(5, attendees.counts(eventId).capacity());
            assertEquals(3, attendees.counts(eventId).confirmed());
            registrations.changeCapacity(eventId, 3);
            assertEquals(3, attendees.counts(eventId).capacity(), "down to the confirmed count is allowed");
        });
    }

    @Test
    void theExcelExportHoldsEveryRowWithRealDatesAndTheBadgesFillOnePagePerEight() throws Exception {
        String title = "Badges " + UUID.randomUUID();
        Long eventId = EventFixtures.publishedEvent(events, sites, ORGANISER, title, 30);
        register(eventId, 17, UUID.randomUUID().toString().substring(0, 6));
        List<Attendees.Row> rows = As.user(ORGANISER, ROLES, () -> attendees.all(eventId, Group.ALL));
        assertEquals(17, rows.size());
        AttendeeExports exports = new AttendeeExports(Locale.FRENCH);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(title, rows)))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(title, sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Nom", sheet.getRow(2).getCell(0).getStringCellValue(), "headers in the reader's language");
            assertEquals(2 + 17, sheet.getLastRowNum(), "a header and every row");
            for (int i = 3; i <= sheet.getLastRowNum(); i++) {
                Cell registered = sheet.getRow(i).getCell(5);
                assertEquals(CellType.NUMERIC, registered.getCellType(), "a real date cell");
                assertTrue(DateUtil.isCellDateFormatted(registered), "with a date format");
                assertTrue(sheet.getRow(i).getCell(0).getStringCellValue().startsWith("Personne "));
            }
        }
        String csv = new String(exports.csv(rows), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(18, csv.split("\r\n").length, "CSV: a header and every row");

        List<Attendees.Row> confirmed = As.user(ORGANISER, ROLES, () -> attendees.all(eventId, Group.CONFIRMED));
        PdfReader sheets = new PdfReader(exports.badges(title, confirmed, true));
        assertEquals(3, sheets.getNumberOfPages(), "17 badges: two full A4 sheets of 8 and one more");
        sheets.close();
        PdfReader labels = new PdfReader(exports.badges(title, confirmed, false));
        assertEquals(17, labels.getNumberOfPages(), "one label per page");
        labels.close();
    }
}
