package eu.lorntech.totem.platform.mail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class MailDispatcherTest {

    @Test
    void aServerRefusingSilentOrUnknownEndsTheRetryRound() {
        assertTrue(MailDispatcher.unreachable(new MessagingException("Couldn't connect", new ConnectException("refused"))));
        assertTrue(MailDispatcher.unreachable(new MessagingException("wrapped", new MessagingException("io", new SocketTimeoutException("read")))));
        assertTrue(MailDispatcher.unreachable(new MessagingException("dns", new UnknownHostException("smtp.example"))));
    }

    @Test
    void aMailTheServerRefusesLetsTheRoundGoOn() {
        assertFalse(MailDispatcher.unreachable(new SendFailedException("550 no such user")));
        assertFalse(MailDispatcher.unreachable(new MessagingException("554 rejected")));
    }
}
