package eu.lorntech.totem.event.web;

import eu.lorntech.totem.event.boundary.Attendees;
import eu.lorntech.totem.event.boundary.Attendees.Group;
import eu.lorntech.totem.platform.mail.MailOutbox;
import eu.lorntech.totem.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The organisers write to everyone registered or to one group, and see the mails that keep failing, with the reason. */
@Named
@ViewScoped
public class EventMessagesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Attendees attendees;

    private Long id;
    private Group group = Group.CONFIRMED;
    private String subject;
    private String text;
    private List<MailOutbox.Failing> failing = List.of();

    public void load(Long eventId) {
        if (eventId == null) {
            return;
        }
        id = eventId;
        try {
            failing = attendees.failingMails(id);
        } catch (RuntimeException e) {
            FacesMessages.show(e);
        }
    }

    public void send() {
        try {
            int sent = attendees.mail(id, group, subject, text);
            FacesMessages.info("organiser.mail.sent", sent);
            subject = null;
            text = null;
        } catch (RuntimeException e) {
            FacesMessages.show(e);
        }
    }

    public List<Group> getGroups() {
        return List.of(Group.values());
    }

    public Group getGroup() {
        return group;
    }

    public void setGroup(Group group) {
        this.group = group;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<MailOutbox.Failing> getFailing() {
        return failing;
    }
}
