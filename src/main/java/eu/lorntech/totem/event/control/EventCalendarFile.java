package eu.lorntech.totem.event.control;

import eu.lorntech.totem.event.entity.Event;
import eu.lorntech.totem.platform.mail.MailFileMaker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * A ticket mail's .ics, made when the mail is sent from the event as it is then (an event moved
 * between the registration and the sending is sent at its new time).
 */
@ApplicationScoped
public class EventCalendarFile implements MailFileMaker {

    public static final String NAME = "event-ics";

    @PersistenceContext
    EntityManager em;

    @Inject
    EventMails mails;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public byte[] make(String eventId) {
        Event e;
        try {
            e = em.find(Event.class, Long.valueOf(eventId));
        } catch (NumberFormatException notAnId) {
            e = null;
        }
        if (e == null) {
            throw new IllegalArgumentException("no event " + eventId);
        }
        String where = mails.where(e);
        return EventIcs.write(List.of(e), x -> where, EventMails::eventLink).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
