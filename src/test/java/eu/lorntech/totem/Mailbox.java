package eu.lorntech.totem;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The mail server a test listens with (GreenMail on the test server's SMTP port), and reading what it received. */
public final class Mailbox {

    private Mailbox() {
    }

    public static GreenMail start() {
        GreenMail mailbox = new GreenMail(ServerSetupTest.SMTP.port(TestPorts.smtp()));
        mailbox.start();
        return mailbox;
    }

    /**
     * What the mailbox holds now, by Message-ID: {@link #await} then looks only at mails that came later.
     * (GreenMail lists its mails by recipient, not by arrival: a new mail to one person comes before the
     * older mails of another, so "the mails after the first n" is not "the new mails".)
     */
    public static Set<String> mark(GreenMail mailbox) {
        return Arrays.stream(mailbox.getReceivedMessages()).map(Mailbox::messageId).collect(Collectors.toSet());
    }

    /** Waits up to 30 s for a mail, not among those {@code marked}, that matches; fails naming what came instead. */
    public static MimeMessage await(GreenMail mailbox, Set<String> marked, Predicate<MimeMessage> wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            MimeMessage[] received = mailbox.getReceivedMessages();
            List<MimeMessage> fresh = Arrays.stream(received).filter(m -> !marked.contains(messageId(m))).toList();
            for (MimeMessage m : fresh) {
                if (wanted.test(m)) {
                    return m;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no such mail among the " + fresh.size() + " received: "
                        + fresh.stream().map(m -> recipient(m) + ": " + subject(m)).toList());
            }
            mailbox.waitForIncomingEmail(2_000, received.length + 1);
        }
    }

    static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
