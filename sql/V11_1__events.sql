-- V11.1: the events module. An event at a site (a 10-seat workshop to a 2,000-guest seminar), its
-- agenda (sessions with their speakers), its organisers, and its registrations with tickets, the
-- waiting list, check-ins at several doors and feedback.
--
-- The database guards the invariants, whatever the number of servers:
-- * capacity: event.confirmed counts the confirmed seats under a CHECK (confirmed <= capacity); every
--   registration, cancellation and capacity change locks the event row first;
-- * one live registration per e-mail per event: live_event_id holds the event while the registration
--   is confirmed or waitlisted and is NULL once cancelled, under a unique key with the e-mail;
-- * the waiting list's order: waitlist_no comes from the event's counter, unique per event;
-- * a ticket is admitted once: checked_in_at is set by one locked update; a station's retried request
--   (same nonce) finds its first answer under the unique key (event_id, nonce) of the scan log.

CREATE TABLE event (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  site_id             BIGINT        NOT NULL,
  kind                VARCHAR(12)   NOT NULL,
  status              VARCHAR(10)   NOT NULL,
  title               VARCHAR(200)  NOT NULL,
  summary             VARCHAR(4000),
  venue               VARCHAR(200),
  language            VARCHAR(2)    NOT NULL,
  starts_at           DATETIME(6)   NOT NULL,
  ends_at             DATETIME(6)   NOT NULL,
  registration_opens  DATETIME(6)   NOT NULL,
  registration_closes DATETIME(6)   NOT NULL,
  capacity            INT           NOT NULL,
  confirmed           INT           NOT NULL DEFAULT 0,
  waiting             INT           NOT NULL DEFAULT 0,
  next_waitlist_no    INT           NOT NULL DEFAULT 1,
  form_id             BIGINT,
  feedback_form_id    BIGINT,
  created_by          BIGINT        NOT NULL,
  created_at          DATETIME(6)   NOT NULL,
  cancelled_at        DATETIME(6),
  feedback_invited_at DATETIME(6),
  version             INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_event_site FOREIGN KEY (site_id) REFERENCES site (id),
  CONSTRAINT fk_event_form FOREIGN KEY (form_id) REFERENCES form (id),
  CONSTRAINT fk_event_feedback_form FOREIGN KEY (feedback_form_id) REFERENCES form (id),
  CONSTRAINT fk_event_creator FOREIGN KEY (created_by) REFERENCES app_user (id),
  CONSTRAINT ck_event_kind CHECK (kind IN ('WORKSHOP', 'SEMINAR', 'CONFERENCE', 'VISIT', 'NETWORKING')),
  CONSTRAINT ck_event_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'CANCELLED', 'ARCHIVED')),
  CONSTRAINT ck_event_language CHECK (language IN ('fr', 'en', 'de')),
  CONSTRAINT ck_event_period CHECK (ends_at > starts_at),
  CONSTRAINT ck_event_window CHECK (registration_closes > registration_opens AND registration_closes <= ends_at),
  CONSTRAINT ck_event_capacity CHECK (capacity BETWEEN 1 AND 100000),
  CONSTRAINT ck_event_confirmed CHECK (confirmed >= 0 AND confirmed <= capacity),
  CONSTRAINT ck_event_waiting CHECK (waiting >= 0)
);
CREATE INDEX ix_event_catalogue ON event (status, site_id, starts_at);

CREATE TABLE event_organiser (
  event_id BIGINT NOT NULL,
  user_id  BIGINT NOT NULL,
  PRIMARY KEY (event_id, user_id),
  CONSTRAINT fk_event_organiser_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
  CONSTRAINT fk_event_organiser_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_event_organiser_user ON event_organiser (user_id);

CREATE TABLE event_session (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  event_id  BIGINT       NOT NULL,
  kind      VARCHAR(12)  NOT NULL,
  title     VARCHAR(200) NOT NULL,
  starts_at DATETIME(6)  NOT NULL,
  ends_at   DATETIME(6)  NOT NULL,
  room      VARCHAR(120),
  capacity  INT,
  taken     INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_event_session_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
  CONSTRAINT ck_event_session_kind CHECK (kind IN ('WELCOME', 'KEYNOTE', 'PRESENTATION', 'ROUND_TABLE', 'TALK', 'BREAK',
                                                   'DEMO_SPACE', 'LUNCH', 'COCKTAIL', 'VISIT', 'WORKSHOP')),
  CONSTRAINT ck_event_session_period CHECK (ends_at > starts_at),
  CONSTRAINT ck_event_session_capacity CHECK (capacity IS NULL OR (capacity >= 1 AND taken <= capacity)),
  CONSTRAINT ck_event_session_taken CHECK (taken >= 0)
);
CREATE INDEX ix_event_session_event ON event_session (event_id, starts_at);

CREATE TABLE event_speaker (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  session_id   BIGINT       NOT NULL,
  position     INT          NOT NULL,
  role         VARCHAR(10)  NOT NULL,
  name         VARCHAR(120) NOT NULL,
  job_title    VARCHAR(200),
  organisation VARCHAR(200),
  CONSTRAINT fk_event_speaker_session FOREIGN KEY (session_id) REFERENCES event_session (id) ON DELETE CASCADE,
  CONSTRAINT uk_event_speaker_position UNIQUE (session_id, position),
  CONSTRAINT ck_event_speaker_role CHECK (role IN ('SPEAKER', 'MODERATOR', 'PANELIST'))
);

CREATE TABLE event_registration (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  event_id           BIGINT       NOT NULL,
  group_lead_id      BIGINT,
  name               VARCHAR(120) NOT NULL,
  email              VARCHAR(254) NOT NULL,
  organisation       VARCHAR(200),
  language           VARCHAR(2)   NOT NULL,
  user_id            BIGINT,
  source             VARCHAR(10)  NOT NULL,
  status             VARCHAR(10)  NOT NULL,
  live_event_id      BIGINT,
  waitlist_no        INT,
  ticket_code        VARCHAR(32)  NOT NULL,
  personal_token     VARCHAR(64)  NOT NULL,
  response_id        BIGINT,
  consent_at         DATETIME(6)  NOT NULL,
  registered_at      DATETIME(6)  NOT NULL,
  confirmed_at       DATETIME(6),
  cancelled_at       DATETIME(6),
  checked_in_at      DATETIME(6),
  checked_in_station VARCHAR(60),
  CONSTRAINT fk_event_registration_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
  CONSTRAINT fk_event_registration_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE SET NULL,
  CONSTRAINT fk_event_registration_response FOREIGN KEY (response_id) REFERENCES form_response (id),
  CONSTRAINT uk_event_registration_live UNIQUE (live_event_id, email),
  CONSTRAINT uk_event_registration_waitlist UNIQUE (event_id, waitlist_no),
  CONSTRAINT uk_event_registration_ticket UNIQUE (ticket_code),
  CONSTRAINT uk_event_registration_token UNIQUE (personal_token),
  CONSTRAINT ck_event_registration_status CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
  CONSTRAINT ck_event_registration_source CHECK (source IN ('GUEST', 'MEMBER', 'ORGANISER', 'WALK_IN')),
  CONSTRAINT ck_event_registration_language CHECK (language IN ('fr', 'en', 'de')),
  CONSTRAINT ck_event_registration_live CHECK ((status IN ('CONFIRMED', 'WAITLISTED')) = (live_event_id IS NOT NULL)),
  CONSTRAINT ck_event_registration_waitlisted CHECK (status <> 'WAITLISTED' OR waitlist_no IS NOT NULL),
  CONSTRAINT ck_event_registration_checkin CHECK (checked_in_at IS NULL OR status = 'CONFIRMED')
);
CREATE INDEX ix_event_registration_list ON event_registration (event_id, status, registered_at);
CREATE INDEX ix_event_registration_name ON event_registration (event_id, name);
CREATE INDEX ix_event_registration_group ON event_registration (group_lead_id);

-- The sessions with a capacity of their own (a breakout workshop) that a registrant chose.
CREATE TABLE event_session_seat (
  session_id      BIGINT NOT NULL,
  registration_id BIGINT NOT NULL,
  PRIMARY KEY (session_id, registration_id),
  CONSTRAINT fk_event_session_seat_session FOREIGN KEY (session_id) REFERENCES event_session (id) ON DELETE CASCADE,
  CONSTRAINT fk_event_session_seat_registration FOREIGN KEY (registration_id) REFERENCES event_registration (id) ON DELETE CASCADE
);

-- Every scan at a door, whatever it found: the log the organiser exports, and the first answer to a
-- station's request, found again when the station retries with the same nonce.
CREATE TABLE event_check_in (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  event_id        BIGINT       NOT NULL,
  registration_id BIGINT,
  code            VARCHAR(64)  NOT NULL,
  station         VARCHAR(60)  NOT NULL,
  nonce           VARCHAR(64)  NOT NULL,
  result          VARCHAR(20)  NOT NULL,
  scanned_at      DATETIME(6)  NOT NULL,
  scanned_by      BIGINT,
  CONSTRAINT fk_event_check_in_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
  CONSTRAINT fk_event_check_in_registration FOREIGN KEY (registration_id) REFERENCES event_registration (id) ON DELETE CASCADE,
  CONSTRAINT uk_event_check_in_nonce UNIQUE (event_id, nonce),
  CONSTRAINT ck_event_check_in_result CHECK (result IN ('ADMITTED', 'ALREADY_ADMITTED', 'CANCELLED', 'WAITLISTED', 'UNKNOWN'))
);
CREATE INDEX ix_event_check_in_log ON event_check_in (event_id, scanned_at);

-- One feedback per attendee: a rating of 1 to 5, a comment, and the answers to the organiser's questions.
CREATE TABLE event_feedback (
  registration_id BIGINT        NOT NULL PRIMARY KEY,
  event_id        BIGINT        NOT NULL,
  rating          INT           NOT NULL,
  comment         VARCHAR(2000),
  response_id     BIGINT,
  given_at        DATETIME(6)   NOT NULL,
  CONSTRAINT fk_event_feedback_registration FOREIGN KEY (registration_id) REFERENCES event_registration (id) ON DELETE CASCADE,
  CONSTRAINT fk_event_feedback_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
  CONSTRAINT fk_event_feedback_response FOREIGN KEY (response_id) REFERENCES form_response (id),
  CONSTRAINT ck_event_feedback_rating CHECK (rating BETWEEN 1 AND 5)
);

-- Guest registrations per client address and hour (setting totem.events.guest-limit): a script cannot
-- fill a seminar with fake names, whatever the number of servers.
CREATE TABLE event_guest_quota (
  client    VARCHAR(45) NOT NULL,
  hour_from DATETIME(6) NOT NULL,
  used      INT         NOT NULL,
  PRIMARY KEY (client, hour_from)
);
