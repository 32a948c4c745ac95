-- V2: the coworking module: bookable resources per site, opening hours and closures, training
-- badges for machines, plans and subscriptions with monthly credits, and bookings.
-- No double booking, ever: every booking claims the quarter-hour slots it occupies (its buffer
-- included) in booking_slot, whose primary key (resource_id, slot_start) makes two claims on one
-- slot impossible, on any database and across any number of servers.

CREATE TABLE coworking_site (
  site_id               BIGINT NOT NULL PRIMARY KEY,
  horizon_days          INT    NOT NULL DEFAULT 60,
  cancel_cutoff_minutes INT    NOT NULL DEFAULT 120,
  release_after_minutes INT    NOT NULL DEFAULT 15,
  CONSTRAINT fk_coworking_site FOREIGN KEY (site_id) REFERENCES site (id),
  CONSTRAINT ck_coworking_site CHECK (horizon_days > 0 AND cancel_cutoff_minutes >= 0 AND release_after_minutes > 0)
);

CREATE TABLE opening_hours (
  site_id     BIGINT  NOT NULL,
  day_of_week TINYINT NOT NULL,
  opens       TIME    NOT NULL,
  closes      TIME    NOT NULL,
  PRIMARY KEY (site_id, day_of_week),
  CONSTRAINT fk_opening_hours_site FOREIGN KEY (site_id) REFERENCES site (id),
  CONSTRAINT ck_opening_hours CHECK (day_of_week BETWEEN 1 AND 7 AND opens < closes)
);

CREATE TABLE closure (
  id      BIGINT AUTO_INCREMENT PRIMARY KEY,
  site_id BIGINT       NOT NULL,
  closed_on DATE       NOT NULL,
  reason  VARCHAR(200) NOT NULL,
  CONSTRAINT fk_closure_site FOREIGN KEY (site_id) REFERENCES site (id),
  CONSTRAINT uk_closure UNIQUE (site_id, closed_on)
);

CREATE TABLE resource (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  site_id        BIGINT       NOT NULL,
  kind           VARCHAR(16)  NOT NULL,
  name           VARCHAR(120) NOT NULL,
  description    VARCHAR(500),
  capacity       INT          NOT NULL DEFAULT 1,
  min_minutes    INT          NOT NULL DEFAULT 30,
  max_minutes    INT          NOT NULL DEFAULT 600,
  buffer_minutes INT          NOT NULL DEFAULT 0,
  requires_badge BOOLEAN      NOT NULL DEFAULT FALSE,
  active         BOOLEAN      NOT NULL DEFAULT TRUE,
  version        INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_resource_site FOREIGN KEY (site_id) REFERENCES site (id),
  CONSTRAINT uk_resource_name UNIQUE (site_id, name),
  CONSTRAINT ck_resource_kind CHECK (kind IN ('HOT_DESK', 'FIXED_DESK', 'MEETING_ROOM', 'PHONE_BOOTH', 'MACHINE')),
  CONSTRAINT ck_resource_durations CHECK (capacity > 0 AND min_minutes >= 15 AND max_minutes >= min_minutes
                                          AND MOD(min_minutes, 15) = 0 AND MOD(max_minutes, 15) = 0
                                          AND buffer_minutes >= 0 AND MOD(buffer_minutes, 15) = 0)
);

-- A training badge: who may book a machine that requires one.
CREATE TABLE badge (
  user_id     BIGINT      NOT NULL,
  resource_id BIGINT      NOT NULL,
  granted_at  DATETIME(6) NOT NULL,
  granted_by  VARCHAR(254),
  PRIMARY KEY (user_id, resource_id),
  CONSTRAINT fk_badge_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  CONSTRAINT fk_badge_resource FOREIGN KEY (resource_id) REFERENCES resource (id) ON DELETE CASCADE
);

CREATE TABLE plan (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  site_id       BIGINT       NOT NULL,
  name          VARCHAR(120) NOT NULL,
  monthly_hours INT          NOT NULL DEFAULT 0,
  unlimited     BOOLEAN      NOT NULL DEFAULT FALSE,
  CONSTRAINT fk_plan_site FOREIGN KEY (site_id) REFERENCES site (id),
  CONSTRAINT uk_plan_name UNIQUE (site_id, name),
  CONSTRAINT ck_plan_hours CHECK (monthly_hours >= 0)
);

CREATE TABLE subscription (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id   BIGINT NOT NULL,
  plan_id   BIGINT NOT NULL,
  starts_on DATE   NOT NULL,
  ends_on   DATE,
  CONSTRAINT fk_subscription_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  CONSTRAINT fk_subscription_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
);
CREATE INDEX ix_subscription_user ON subscription (user_id);

CREATE TABLE booking (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  resource_id    BIGINT       NOT NULL,
  user_id        BIGINT       NOT NULL,
  starts_at      DATETIME(6)  NOT NULL,
  ends_at        DATETIME(6)  NOT NULL,
  blocked_until  DATETIME(6)  NOT NULL,
  status         VARCHAR(16)  NOT NULL,
  credit_minutes INT          NOT NULL DEFAULT 0,
  booked_by      VARCHAR(254) NOT NULL,
  created_at     DATETIME(6)  NOT NULL,
  cancelled_at   DATETIME(6),
  cancel_reason  VARCHAR(500),
  checked_in_at  DATETIME(6),
  version        INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_booking_resource FOREIGN KEY (resource_id) REFERENCES resource (id),
  CONSTRAINT fk_booking_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  CONSTRAINT ck_booking_period CHECK (starts_at < ends_at AND ends_at <= blocked_until),
  CONSTRAINT ck_booking_status CHECK (status IN ('CONFIRMED', 'CANCELLED', 'RELEASED'))
);
CREATE INDEX ix_booking_resource_time ON booking (resource_id, starts_at, ends_at);
CREATE INDEX ix_booking_user_time ON booking (user_id, starts_at);

-- The guarantee: one row per occupied quarter hour of a live booking; released with it.
CREATE TABLE booking_slot (
  resource_id BIGINT      NOT NULL,
  slot_start  DATETIME(6) NOT NULL,
  booking_id  BIGINT      NOT NULL,
  PRIMARY KEY (resource_id, slot_start),
  CONSTRAINT fk_booking_slot_booking FOREIGN KEY (booking_id) REFERENCES booking (id) ON DELETE CASCADE,
  CONSTRAINT fk_booking_slot_resource FOREIGN KEY (resource_id) REFERENCES resource (id)
);
CREATE INDEX ix_booking_slot_booking ON booking_slot (booking_id);
