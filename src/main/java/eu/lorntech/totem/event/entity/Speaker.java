package eu.lorntech.totem.event.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person on the stage of a session: speaker, moderator or panelist, with their title and organisation. */
@Entity
@Table(name = "event_speaker")
public class Speaker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id")
    private EventSession session;

    private int position;

    @Enumerated(EnumType.STRING)
    private SpeakerRole role;

    private String name;

    @Column(name = "job_title")
    private String jobTitle;

    private String organisation;

    protected Speaker() {
    }

    Speaker(EventSession session, int position, SpeakerRole role, String name, String jobTitle, String organisation) {
        if (role == null) {
            throw Refusal.invalid("event.speaker.role.required");
        }
        String n = name == null ? "" : name.trim();
        if (n.isEmpty() || n.length() > 120) {
            throw Refusal.invalid("event.speaker.name.required");
        }
        this.session = session;
        this.position = position;
        this.role = role;
        this.name = n;
        this.jobTitle = jobTitle == null || jobTitle.isBlank() ? null : jobTitle.trim();
        this.organisation = organisation == null || organisation.isBlank() ? null : organisation.trim();
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public SpeakerRole getRole() {
        return role;
    }

    public String getName() {
        return name;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getOrganisation() {
        return organisation;
    }
}
