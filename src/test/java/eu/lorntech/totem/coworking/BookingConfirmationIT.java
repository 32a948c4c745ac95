package eu.lorntech.totem.coworking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.lorntech.totem.As;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.coworking.boundary.BookingSummary;
import eu.lorntech.totem.coworking.boundary.Bookings;
import eu.lorntech.totem.coworking.boundary.ResourceSummary;
import eu.lorntech.totem.coworking.boundary.SpaceManagement;
import eu.lorntech.totem.coworking.entity.ResourceKind;
import eu.lorntech.totem.identity.boundary.Sites;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/** A booking is confirmed by e-mail: what, where, when in the member's language, and an .ics file. */
@TotemIT
class BookingConfirmationIT {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests();
    }

    @Inject
    Bookings bookings;

    @Inject
    SpaceManagement management;

    @Inject
    Sites sites;

    @PersistenceContext
    EntityManager em;

    @Test
    void theMemberIsMailedWhatWhereAndWhenInTheirLanguageWithAnIcsFile() throws Exception {
        Long thipi = sites.all().stream().filter(s -> s.code().equals("thionville")).findFirst().orElseThrow().id();
        String name = "Salle " + UUID.randomUUID().toString().substring(0, 8);
        ResourceSummary room = As.user("espaces@totem.example", Set.of("SPACE_MANAGER"), () -> management.createResource(thipi,
                ResourceKind.MEETING_ROOM, name, 6, 30, 240, 0, false));
        LocalDate day = CoworkingFixtures.nextWeekday(PARIS, 3);
        // membre@totem.example reads English
        BookingSummary b = As.user("membre@totem.example", Set.of("MEMBER"), () -> bookings.book(room.id(),
                day.atTime(14, 0).atZone(PARIS).toInstant(), day.atTime(15, 30).atZone(PARIS).toInstant()));

        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select m.subject, m.body, f.name, f.content_type, f.content from mail_outbox m "
                + "join mail_file f on f.mail_id = m.id and f.position = 1 where m.recipient = ?1 order by m.id desc")
                .setParameter(1, "membre@totem.example").setMaxResults(1).getResultList();
        Object[] mail = rows.get(0);
        String subject = (String) mail[0];
        String body = (String) mail[1];
        String longDay = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.ENGLISH).format(day);
        assertTrue(subject.startsWith("Booking confirmed: " + name), subject);
        assertTrue(body.contains("What: " + name + " (Meeting room)"), body);
        assertTrue(body.contains("Where: ") && body.contains("Thionville"), body);
        assertTrue(body.contains(longDay + ", 2:00") && body.contains("to 3:30"), body);
        assertEquals("booking-" + b.id() + ".ics", mail[2]);
        assertTrue(((String) mail[3]).startsWith("text/calendar"), (String) mail[3]);
        byte[] file = mail[4] instanceof java.sql.Blob blob ? blob.getBytes(1, (int) blob.length()) : (byte[]) mail[4];
        String ics = new String(file, StandardCharsets.UTF_8);
        assertTrue(ics.contains("BEGIN:VEVENT") && ics.contains("UID:booking-" + b.id() + "@"), ics);
        String utcStart = day.atTime(14, 0).atZone(PARIS).withZoneSameInstant(ZoneId.of("UTC"))
                .format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        assertTrue(ics.contains("DTSTART:" + utcStart), ics);
    }
}
