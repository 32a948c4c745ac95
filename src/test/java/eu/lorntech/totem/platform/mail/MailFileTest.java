package eu.lorntech.totem.platform.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailFileTest {

    /** A maker that spells its argument backwards and counts its calls. */
    static final class Backwards implements MailFileMaker {
        final List<String> asked = new ArrayList<>();

        @Override
        public String name() {
            return "backwards";
        }

        @Override
        public byte[] make(String argument) {
            asked.add(argument);
            return new StringBuilder(argument).reverse().toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aStoredFileIsSentAsStoredWithoutAnyMaker() {
        MailFile stored = new MailFile(MailAttachment.calendar("a.ics", "BEGIN:VCALENDAR"));
        MailAttachment sent = stored.attachment(name -> {
            throw new AssertionError("no maker is asked for a stored file");
        });
        assertEquals("a.ics", sent.name());
        assertEquals(MailAttachment.CALENDAR, sent.contentType());
        assertArrayEquals("BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8), sent.content());
    }

    @Test
    void aFileMadeAtSendingStoresItsArgumentAndIsMadeAtEachDelivery() {
        MailAttachment queued = MailAttachment.madeAtSending("t.png", "image/png", "backwards", "ABC");
        assertNull(queued.content(), "nothing made when the mail is queued");
        MailFile file = new MailFile(queued);
        Backwards maker = new Backwards();
        MailAttachment first = file.attachment(name -> maker);
        MailAttachment retried = file.attachment(name -> maker);
        assertArrayEquals("CBA".getBytes(StandardCharsets.UTF_8), first.content());
        assertArrayEquals(first.content(), retried.content());
        assertEquals(List.of("ABC", "ABC"), maker.asked);
        assertEquals("image/png", retried.contentType());
    }

    @Test
    void aFileHasEitherItsContentOrAMakerWithItsArgument() {
        assertThrows(IllegalArgumentException.class, () -> new MailAttachment("x", "text/plain", null));
        assertThrows(IllegalArgumentException.class, () -> new MailAttachment("x", "text/plain", new byte[1], "backwards", "A"));
        assertThrows(IllegalArgumentException.class, () -> new MailAttachment("x", "text/plain", null, "backwards", null));
        assertThrows(IllegalArgumentException.class, () -> MailAttachment.madeAtSending(null, "text/plain", "backwards", "A"));
    }
}
