package eu.lorntech.totem.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One scan at a door, whatever it found: the log of the event's check-in, and a station's first answer to a nonce. */
@Entity
@Table(name = "event_check_in")
@NamedQuery(name = CheckIn.BY_NONCE, query = "select c from CheckIn c where c.eventId = :event and c.nonce = :nonce")
@NamedQuery(name = CheckIn.LOG, query = "select c from CheckIn c where c.eventId = :event order by c.scannedAt desc, c.id desc")
@NamedQuery(name = CheckIn.LOG_COUNT, query = "select count(c) from CheckIn c where c.eventId = :event")
public class CheckIn {
    public static final String BY_NONCE = "CheckIn.byNonce";
    public static final String LOG = "CheckIn.log";
    public static final String LOG_COUNT = "CheckIn.logCount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "registration_id")
    private Long registrationId;

    private String code;
    private String station;
    private String nonce;

    @Enumerated(EnumType.STRING)
    private CheckInResult result;

    @Column(name = "scanned_at")
    private Instant scannedAt;

    @Column(name = "scanned_by")
    private Long scannedBy;

    protected CheckIn() {
    }

    public CheckIn(Long eventId, Registration found, String code, String station, String nonce, CheckInResult result, Instant now,
            Long scannedBy) {
        this.eventId = eventId;
        this.registrationId = found == null ? null : found.getId();
        this.code = code.length() > 64 ? code.substring(0, 64) : code;
        this.station = station;
        this.nonce = nonce;
        this.result = result;
        this.scannedAt = now;
        this.scannedBy = scannedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public String getCode() {
        return code;
    }

    public String getStation() {
        return station;
    }

    public CheckInResult getResult() {
        return result;
    }

    public Instant getScannedAt() {
        return scannedAt;
    }
}
