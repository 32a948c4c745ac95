package eu.lorntech.totem.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.lorntech.totem.Deployments;
import eu.lorntech.totem.TestPorts;
import eu.lorntech.totem.TotemIT;
import eu.lorntech.totem.event.control.DemoEventData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Mails never slow or break a registration: with the mail server down during 100 registrations,
 * every registration is confirmed at once, and every mail arrives once the server is back, none twice.
 * A confirmation carries a QR code that decodes to the ticket, and a valid .ics.
 */
@TotemIT
@RunAsClient
class EventMailIT {

    static final String BASE = TestPorts.httpBase();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    Long seminar() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/events?type=SEMINAR&size=100")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Json.createReader(new StringReader(r.body())).readObject().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("title").equals(DemoEventData.SEMINAR)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    HttpResponse<String> register(Long eventId, String name, String email, String language) throws Exception {
        String body = Json.createObjectBuilder().add("name", name).add("email", email).add("consent", true).add("language", language).build()
                .toString();
        return http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/events/" + eventId + "/registrations"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void aHundredRegistrationsWhileTheMailServerIsDownAreAllConfirmedAndEveryMailArrivesOnceItIsBack() throws Exception {
        assertFalse(listening(TestPorts.smtp()), "the mail server is down for this test");
        Long seminar = seminar();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> tickets = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            String email = "outage" + i + "-" + run + "@example.org";
            HttpResponse<String> r = register(seminar, "Invité " + i, email, i % 2 == 0 ? "de" : "fr");
            assertEquals(201, r.statusCode(), r.body());
            JsonObject placed = Json.createReader(new StringReader(r.body())).readObject().getJsonArray("registrations").getJsonObject(0);
            assertEquals("CONFIRMED", placed.getString("status"));
            tickets.put(email, placed.getString("ticket"));
        }
        GreenMail mailbox = new GreenMail(ServerSetupTest.SMTP.port(TestPorts.smtp()));
        mailbox.start();
        try {
            Map<String, Integer> received = new HashMap<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
            while (received.size() < 100 && System.nanoTime() < deadline) {
                received.clear();
                for (MimeMessage m : mailbox.getReceivedMessages()) {
                    String to = m.getAllRecipients()[0].toString();
                    if (tickets.containsKey(to)) {
                        received.merge(to, 1, Integer::sum);
                    }
                }
                if (received.size() < 100) {
                    mailbox.waitForIncomingEmail(5_000, mailbox.getReceivedMessages().length + 1);
                }
            }
            assertEquals(100, received.size(), "every confirmation arrives once the mail server is back");
            received.forEach((to, n) -> assertEquals(1, n, "one mail for " + to));

            String someone = "outage0-" + run + "@example.org";
            MimeMessage confirmation = java.util.Arrays.stream(mailbox.getReceivedMessages())
                    .filter(m -> someone.equals(address(m))).findFirst().orElseThrow();
            assertTrue(confirmation.getSubject().startsWith("Ihr Ticket: "), "in the person's language: " + confirmation.getSubject());
            Multipart parts = (Multipart) confirmation.getContent();
            String decoded = null;
            Calendar ics = null;
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.getContentType().startsWith("image/png")) {
                    try (InputStream in = part.getInputStream()) {
                        var image = ImageIO.read(new ByteArrayInputStream(in.readAllBytes()));
                        decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                                .getText();
                    }
                } else if (part.getContentType().startsWith("text/calendar")) {
                    try (InputStream in = part.getInputStream()) {
                        ics = new CalendarBuilder().build(in);
                    }
                }
            }
            assertEquals(tickets.get(someone), decoded, "the QR code carries the ticket code, and only it");
            assertTrue(ics != null && ics.getComponents("VEVENT").size() == 1, "a valid .ics with the event");
            VEvent event = (VEvent) ics.getComponents("VEVENT").get(0);
            assertEquals(DemoEventData.SEMINAR, event.getSummary().getValue());
        } finally {
            mailbox.stop();
        }
    }

    static String address(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    @Test
    void theSitesPublicEventsAreAnICalendarFeed() throws Exception {
        HttpResponse<String> sites = http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/sites")).build(), HttpResponse.BodyHandlers.ofString());
        long site = Json.createReader(new StringReader(sites.body())).readArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("code").equals("menil-flin")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> feed = http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/events/ical?site=" + site)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        Calendar c = new CalendarBuilder().build(new StringReader(feed.body()));
        assertTrue(c.getComponents("VEVENT").stream().anyMatch(v -> ((VEvent) v).getSummary().getValue().equals(DemoEventData.SEMINAR)),
                feed.body());
        assertTrue(feed.headers().firstValue("Set-Cookie").isEmpty(), "no session for a feed");
    }
}
