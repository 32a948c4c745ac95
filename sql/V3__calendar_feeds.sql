-- V3: private iCal feeds of members' bookings. The token is the whole secret of a read-only,
-- revocable URL the member must be able to copy again, so it is stored as is (unique).
CREATE TABLE calendar_feed (
  user_id    BIGINT      NOT NULL PRIMARY KEY,
  token      VARCHAR(64) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT uk_calendar_feed_token UNIQUE (token),
  CONSTRAINT fk_calendar_feed_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
