-- V5: bookings join the audit trail (Hibernate Envers): who booked, cancelled, checked in or
-- overrode credits on behalf of whom is visible to admins, as for accounts.
CREATE TABLE booking_aud (
  id             BIGINT NOT NULL,
  rev            BIGINT NOT NULL,
  revtype        TINYINT,
  resource_id    BIGINT,
  user_id        BIGINT,
  starts_at      DATETIME(6),
  ends_at        DATETIME(6),
  blocked_until  DATETIME(6),
  status         VARCHAR(16),
  credit_minutes INT,
  booked_by      VARCHAR(254),
  created_at     DATETIME(6),
  cancelled_at   DATETIME(6),
  cancel_reason  VARCHAR(500),
  checked_in_at  DATETIME(6),
  PRIMARY KEY (id, rev),
  CONSTRAINT fk_booking_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
