package eu.lorntech.totem.event.control;

import eu.lorntech.totem.platform.mail.MailFileMaker;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A ticket mail's QR code, made when the mail is sent from the ticket's code (all it carries): the
 * registration's transaction stores the code, not the image.
 */
@ApplicationScoped
public class TicketQrFile implements MailFileMaker {

    public static final String NAME = "event-ticket-qr";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public byte[] make(String ticketCode) {
        if (ticketCode == null || ticketCode.isEmpty() || !ticketCode.equals(TicketCodes.normalise(ticketCode))) {
            throw new IllegalArgumentException("not a ticket code");
        }
        return QrCodes.png(ticketCode, 300);
    }
}
