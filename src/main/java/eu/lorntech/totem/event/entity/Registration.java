package eu.lorntech.totem.event.entity;

import eu.lorntech.totem.platform.Refusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One person's place at an event: a confirmed seat with its ticket, a place on the waiting list, or
 * a cancelled registration kept for the record. People registering together form a group led by the
 * first of them ({@code groupLeadId} of the others), placed and promoted together.
 */
@Entity
@Table(name = "event_registration")
@NamedQuery(name = Registration.LIVE_WITH_EMAILS, query = "select r.email from Registration r where r.liveEventId = :event and r.email in :emails")
@NamedQuery(name = Registration.BY_TOKEN, query = "select r from Registration r where r.personalToken = :token")
@NamedQuery(name = Registration.BY_TICKET, query = "select r from Registration r where r.eventId = :event and r.ticketCode = :code")
@NamedQuery(name = Registration.WAITLIST_HEAD, query = "select r from Registration r where r.eventId = :event"
        + " and r.status = eu.lorntech.totem.event.entity.RegistrationStatus.WAITLISTED order by r.waitlistNo")
@NamedQuery(name = Registration.POSITION, query = "select count(r) from Registration r where r.eventId = :event"
        + " and r.status = eu.lorntech.totem.event.entity.RegistrationStatus.WAITLISTED and r.waitlistNo <= :no")
@NamedQuery(name = Registration.LIVE_OF_EVENT, query = "select r from Registration r where r.liveEventId = :event order by r.registeredAt, r.id")
@NamedQuery(name = Registration.CONFIRMED_OF_EVENT, query = "select r from Registration r where r.eventId = :event"
        + " and r.status = eu.lorntech.totem.event.entity.RegistrationStatus.CONFIRMED order by r.name, r.id")
@NamedQuery(name = Registration.ADMITTED_COUNT, query = "select count(r) from Registration r where r.eventId = :event and r.checkedInAt is not null")
@NamedQuery(name = Registration.LIVE_OF_USER, query = "select r from Registration r where r.userId = :user and r.liveEventId is not null")
@NamedQuery(name = Registration.OF_GROUP, query = "select r from Registration r where r.id = :lead or r.groupLeadId = :lead order by r.id")
public class Registration {
    public static final String LIVE_WITH_EMAILS = "Registration.liveWithEmails";
    public static final String BY_TOKEN = "Registration.byToken";
    public static final String BY_TICKET = "Registration.byTicket";
    public static final String WAITLIST_HEAD = "Registration.waitlistHead";
    public static final String POSITION = "Registration.position";
    public static final String LIVE_OF_EVENT = "Registration.liveOfEvent";
    public static final String CONFIRMED_OF_EVENT = "Registration.confirmedOfEvent";
    public static final String ADMITTED_COUNT = "Registration.admittedCount";
    public static final String LIVE_OF_USER = "Registration.liveOfUser";
    public static final String OF_GROUP = "Registration.ofGroup";

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    /** From blocks of 50 (V18), so that a batch of them is inserted in a few statements. */
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "registration_ids")
    @TableGenerator(name = "registration_ids", table = "id_block", pkColumnName = "name", valueColumnName = "next_val",
            pkColumnValue = "event_registration", allocationSize = 50)
    private Long id;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "group_lead_id")
    private Long groupLeadId;

    private String name;
    private String email;
    private String organisation;
    private String language;

    @Column(name = "user_id")
    private Long userId;

    @Enumerated(EnumType.STRING)
    private RegistrationSource source;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    @Column(name = "live_event_id")
    private Long liveEventId;

    @Column(name = "waitlist_no")
    private Integer waitlistNo;

    @Column(name = "ticket_code")
    private String ticketCode;

    @Column(name = "personal_token")
    private String personalToken;

    @Column(name = "response_id")
    private Long responseId;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "checked_in_station")
    private String checkedInStation;

    protected Registration() {
    }

    /** A person as the form gives them: name and e-mail checked, the e-mail kept in lower case. */
    public record Person(String name, String email, String organisation) {
        public Person {
            name = name == null ? "" : name.trim();
            email = email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT);
            organisation = organisation == null || organisation.isBlank() ? null : organisation.trim();
            if (name.isEmpty() || name.length() > 120) {
                throw Refusal.invalid("event.registration.name.required");
            }
            if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
                throw Refusal.invalid("event.registration.email.invalid", email);
            }
            if (organisation != null && organisation.length() > 200) {
                throw Refusal.invalid("event.registration.organisation.tooLong", 200);
            }
        }
    }

    /**
     * A registration placed by {@link Event#place}: confirmed when {@code waitlistNo} is 0, else on the
     * waiting list with that number. Its ticket code and personal token are fresh random secrets.
     */
    public Registration(Event event, Person person, String language, Long userId, RegistrationSource source, int waitlistNo,
            String ticketCode, String personalToken, Instant now) {
        this.eventId = Objects.requireNonNull(event.getId());
        this.name = person.name();
        this.email = person.email();
        this.organisation = person.organisation();
        this.language = java.util.Set.of("fr", "en", "de").contains(language) ? language : event.getLanguage();
        this.userId = userId;
        this.source = Objects.requireNonNull(source);
        this.ticketCode = Objects.requireNonNull(ticketCode);
        this.personalToken = Objects.requireNonNull(personalToken);
        this.consentAt = now;
        this.registeredAt = now;
        this.liveEventId = eventId;
        if (waitlistNo == 0) {
            status = RegistrationStatus.CONFIRMED;
            confirmedAt = now;
        } else {
            status = RegistrationStatus.WAITLISTED;
            this.waitlistNo = waitlistNo;
        }
    }

    /**
     * A registration built as confirmed before the event's lock, which turned out to have no seat:
     * it joins the waiting list at {@code waitlistNo} instead (before it is stored).
     */
    public void waitAt(int waitlistNo) {
        if (id != null || waitlistNo < 1) {
            throw new IllegalStateException("only a new registration joins the waiting list this way");
        }
        status = RegistrationStatus.WAITLISTED;
        this.waitlistNo = waitlistNo;
        confirmedAt = null;
    }

    public void joinGroupOf(Registration lead) {
        this.groupLeadId = lead.getId();
    }

    public void answeredWith(Long responseId) {
        this.responseId = responseId;
    }

    /** The group this registration was placed with: its lead's id, or its own for a lead or a single person. */
    public Long groupKey() {
        return groupLeadId != null ? groupLeadId : id;
    }

    /** A seat for someone who waited. */
    public void promote(Instant now) {
        if (status != RegistrationStatus.WAITLISTED) {
            throw new IllegalStateException("only a waiting registration is promoted");
        }
        status = RegistrationStatus.CONFIRMED;
        confirmedAt = now;
    }

    /** Ends the registration; tells the event what it held. Cancelling twice is refused. */
    public RegistrationStatus cancel(Instant now) {
        if (status == RegistrationStatus.CANCELLED) {
            throw Refusal.conflict("event.registration.alreadyCancelled");
        }
        if (checkedInAt != null) {
            throw Refusal.conflict("event.registration.alreadyAdmitted");
        }
        RegistrationStatus held = status;
        status = RegistrationStatus.CANCELLED;
        liveEventId = null;
        cancelledAt = now;
        return held;
    }

    /** What the door finds for this ticket; lets the person in the first time only. */
    public CheckInResult admit(String station, Instant now) {
        switch (status) {
            case CANCELLED:
                return CheckInResult.CANCELLED;
            case WAITLISTED:
                return CheckInResult.WAITLISTED;
            default:
                if (checkedInAt != null) {
                    return CheckInResult.ALREADY_ADMITTED;
                }
                checkedInAt = now;
                checkedInStation = station;
                return CheckInResult.ADMITTED;
        }
    }

    public boolean isLive() {
        return status.isLive();
    }

    public Long getId() {
        return id;
    }

    public Long getEventId() {
        return eventId;
    }

    public Long getGroupLeadId() {
        return groupLeadId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getLanguage() {
        return language;
    }

    public Long getUserId() {
        return userId;
    }

    public RegistrationSource getSource() {
        return source;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Integer getWaitlistNo() {
        return waitlistNo;
    }

    public String getTicketCode() {
        return ticketCode;
    }

    public String getPersonalToken() {
        return personalToken;
    }

    public Long getResponseId() {
        return responseId;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public String getCheckedInStation() {
        return checkedInStation;
    }
}
