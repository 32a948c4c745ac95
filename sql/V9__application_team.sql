-- V9: an application's team. The lead founder (application.founder_id) names co-founders, who
-- read, edit and submit the draft with them; nobody of the team may be a juror of it.
CREATE TABLE application_member (
  application_id BIGINT      NOT NULL,
  user_id        BIGINT      NOT NULL,
  added_at       DATETIME(6) NOT NULL,
  PRIMARY KEY (application_id, user_id),
  CONSTRAINT fk_member_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE,
  CONSTRAINT fk_member_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_application_member_user ON application_member (user_id);
