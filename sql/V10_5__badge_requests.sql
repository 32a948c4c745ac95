-- V10.5: a completed training milestone no longer grants a fablab badge by itself (the founder
-- completing their own milestone would have granted themself the badge). It files a badge request
-- that a space manager of the machine's site confirms; the member is then mailed.
-- One request waits per person and machine at a time: pending_resource_id holds the machine while
-- the request waits and is NULL once confirmed, so the unique key (user_id, pending_resource_id)
-- refuses a second waiting request even from two requests racing, and keeps any number of old ones.

CREATE TABLE badge_request (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id             BIGINT       NOT NULL,
  resource_id         BIGINT       NOT NULL,
  site_id             BIGINT       NOT NULL,
  reason              VARCHAR(200) NOT NULL,
  status              VARCHAR(10)  NOT NULL,
  pending_resource_id BIGINT,
  requested_at        DATETIME(6)  NOT NULL,
  requested_by        VARCHAR(254) NOT NULL,
  confirmed_at        DATETIME(6),
  confirmed_by        VARCHAR(254),
  CONSTRAINT fk_badge_request_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  CONSTRAINT fk_badge_request_resource FOREIGN KEY (resource_id) REFERENCES resource (id) ON DELETE CASCADE,
  CONSTRAINT fk_badge_request_site FOREIGN KEY (site_id) REFERENCES site (id),
  CONSTRAINT uk_badge_request_pending UNIQUE (user_id, pending_resource_id),
  CONSTRAINT ck_badge_request_status CHECK (status IN ('PENDING', 'CONFIRMED')),
  CONSTRAINT ck_badge_request_pending CHECK ((status = 'PENDING') = (pending_resource_id IS NOT NULL))
);
CREATE INDEX ix_badge_request_site ON badge_request (site_id, status, requested_at);
