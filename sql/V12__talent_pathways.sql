-- V12: talent pathways, first part (issue 13). A site's detection actions (a school visit, a
-- hackathon, a jury day) and the candidates detected there, each at one pathway stage, with the
-- history of every move: who, when, from which stage (and how many days were spent in it), a note.
--
-- The database guards what it can: a move belongs to one candidate and names both stages; the
-- candidate's version (optimistic lock) makes two managers moving one card at once end in one move
-- and a clear "changed meanwhile" for the other. The allowed transitions are the entity's (Stage).

CREATE TABLE detection_action (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  site_id    BIGINT        NOT NULL,
  school_id  BIGINT,
  kind       VARCHAR(16)   NOT NULL,
  title      VARCHAR(200)  NOT NULL,
  held_on    DATE          NOT NULL,
  version    INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_detection_action_site FOREIGN KEY (site_id) REFERENCES site (id),
  CONSTRAINT fk_detection_action_school FOREIGN KEY (school_id) REFERENCES organisation (id)
);
CREATE INDEX ix_detection_action_site ON detection_action (site_id, held_on);

CREATE TABLE candidate (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  site_id       BIGINT        NOT NULL,
  user_id       BIGINT,
  name          VARCHAR(160)  NOT NULL,
  email         VARCHAR(254),
  school_id     BIGINT,
  action_id     BIGINT,
  stage         VARCHAR(16)   NOT NULL,
  stage_since   DATETIME(6)   NOT NULL,
  consent_until DATE,
  created_at    DATETIME(6)   NOT NULL,
  version       INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_candidate_site FOREIGN KEY (site_id) REFERENCES site (id),
  CONSTRAINT fk_candidate_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE SET NULL,
  CONSTRAINT fk_candidate_school FOREIGN KEY (school_id) REFERENCES organisation (id),
  CONSTRAINT fk_candidate_action FOREIGN KEY (action_id) REFERENCES detection_action (id),
  CONSTRAINT uk_candidate_user UNIQUE (user_id)
);
CREATE INDEX ix_candidate_board ON candidate (site_id, stage, stage_since);

CREATE TABLE candidate_move (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  candidate_id  BIGINT        NOT NULL,
  from_stage    VARCHAR(16),
  to_stage      VARCHAR(16)   NOT NULL,
  days_in_from  INT,
  moved_by      BIGINT,
  moved_at      DATETIME(6)   NOT NULL,
  note          VARCHAR(500),
  CONSTRAINT fk_candidate_move_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id) ON DELETE CASCADE,
  CONSTRAINT fk_candidate_move_user FOREIGN KEY (moved_by) REFERENCES app_user (id) ON DELETE SET NULL,
  CONSTRAINT ck_candidate_move_days CHECK (days_in_from IS NULL OR days_in_from >= 0)
);
CREATE INDEX ix_candidate_move_history ON candidate_move (candidate_id, moved_at);
CREATE INDEX ix_candidate_move_from ON candidate_move (from_stage);
