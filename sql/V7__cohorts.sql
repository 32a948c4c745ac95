-- V7: what follows the selection. Cohorts of a programme and their startups (one founder each,
-- from an accepted application or added by hand), milestones made from the programme's template
-- with due dates per cohort and evidence (a file of V8's `document` table), mentors and their
-- logged sessions, quarterly KPI reports (one per startup and quarter, by constraint) and the quarters a manager has locked.
CREATE TABLE cohort (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  programme_id BIGINT       NOT NULL,
  name         VARCHAR(160) NOT NULL,
  starts_on    DATE         NOT NULL,
  ends_on      DATE         NOT NULL,
  CONSTRAINT fk_cohort_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
  CONSTRAINT uk_cohort_name UNIQUE (programme_id, name),
  CONSTRAINT ck_cohort_dates CHECK (starts_on < ends_on)
);

CREATE TABLE startup (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  cohort_id      BIGINT       NOT NULL,
  name           VARCHAR(160) NOT NULL,
  founder_id     BIGINT       NOT NULL,
  application_id BIGINT,
  joined_on      DATE         NOT NULL,
  CONSTRAINT fk_startup_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
  CONSTRAINT fk_startup_founder FOREIGN KEY (founder_id) REFERENCES app_user (id),
  CONSTRAINT fk_startup_application FOREIGN KEY (application_id) REFERENCES application (id),
  CONSTRAINT uk_startup_name UNIQUE (cohort_id, name),
  CONSTRAINT uk_startup_application UNIQUE (application_id)
);
CREATE INDEX ix_startup_founder ON startup (founder_id);

CREATE TABLE milestone_template (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  programme_id      BIGINT       NOT NULL,
  sort_order        INT          NOT NULL,
  title             VARCHAR(200) NOT NULL,
  weeks_after_start INT          NOT NULL,
  badge_resource_id BIGINT,
  CONSTRAINT fk_template_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
  CONSTRAINT uk_template_position UNIQUE (programme_id, sort_order),
  CONSTRAINT ck_template_weeks CHECK (weeks_after_start BETWEEN 0 AND 520)
);

CREATE TABLE milestone (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  startup_id  BIGINT       NOT NULL,
  template_id BIGINT,
  title       VARCHAR(200) NOT NULL,
  due_on      DATE         NOT NULL,
  done_on     DATE,
  evidence_id BIGINT,
  note        VARCHAR(2000),
  version     INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_milestone_startup FOREIGN KEY (startup_id) REFERENCES startup (id) ON DELETE CASCADE,
  CONSTRAINT fk_milestone_template FOREIGN KEY (template_id) REFERENCES milestone_template (id),
  CONSTRAINT uk_milestone_template UNIQUE (startup_id, template_id)
);
CREATE INDEX ix_milestone_startup_due ON milestone (startup_id, due_on);

CREATE TABLE mentor_assignment (
  startup_id BIGINT NOT NULL,
  mentor_id  BIGINT NOT NULL,
  PRIMARY KEY (startup_id, mentor_id),
  CONSTRAINT fk_mentor_startup FOREIGN KEY (startup_id) REFERENCES startup (id) ON DELETE CASCADE,
  CONSTRAINT fk_mentor_user FOREIGN KEY (mentor_id) REFERENCES app_user (id)
);
CREATE INDEX ix_mentor_assignment_mentor ON mentor_assignment (mentor_id);

CREATE TABLE mentoring_session (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  startup_id BIGINT        NOT NULL,
  mentor_id  BIGINT        NOT NULL,
  held_on    DATE          NOT NULL,
  minutes    INT           NOT NULL,
  topics     VARCHAR(2000) NOT NULL,
  next_steps VARCHAR(2000),
  CONSTRAINT fk_session_assignment FOREIGN KEY (startup_id, mentor_id) REFERENCES mentor_assignment (startup_id, mentor_id),
  CONSTRAINT ck_session_minutes CHECK (minutes BETWEEN 5 AND 720)
);
CREATE INDEX ix_session_startup ON mentoring_session (startup_id, held_on);
CREATE INDEX ix_session_mentor ON mentoring_session (mentor_id, held_on);

-- quarter: year * 10 + quarter number, 20263 for July-September 2026
CREATE TABLE kpi_report (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  startup_id   BIGINT         NOT NULL,
  quarter      INT            NOT NULL,
  revenue      DECIMAL(14, 2) NOT NULL,
  jobs         INT            NOT NULL,
  funds_raised DECIMAL(14, 2) NOT NULL,
  customers    INT            NOT NULL,
  reported_at  DATETIME(6)    NOT NULL,
  reported_by  BIGINT         NOT NULL,
  version      INT            NOT NULL DEFAULT 0,
  CONSTRAINT fk_kpi_startup FOREIGN KEY (startup_id) REFERENCES startup (id) ON DELETE CASCADE,
  CONSTRAINT fk_kpi_user FOREIGN KEY (reported_by) REFERENCES app_user (id),
  CONSTRAINT uk_kpi_quarter UNIQUE (startup_id, quarter),
  CONSTRAINT ck_kpi_quarter CHECK (MOD(quarter, 10) BETWEEN 1 AND 4),
  CONSTRAINT ck_kpi_values CHECK (revenue >= 0 AND jobs >= 0 AND funds_raised >= 0 AND customers >= 0)
);
CREATE INDEX ix_kpi_quarter ON kpi_report (quarter, startup_id);

CREATE TABLE kpi_lock (
  programme_id BIGINT      NOT NULL,
  quarter      INT         NOT NULL,
  locked_at    DATETIME(6) NOT NULL,
  locked_by    BIGINT      NOT NULL,
  PRIMARY KEY (programme_id, quarter),
  CONSTRAINT fk_kpi_lock_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
  CONSTRAINT fk_kpi_lock_user FOREIGN KEY (locked_by) REFERENCES app_user (id)
);

-- reminders already sent, so that a startup is reminded once per quarter whatever the node
CREATE TABLE kpi_reminder (
  startup_id BIGINT      NOT NULL,
  quarter    INT         NOT NULL,
  sent_at    DATETIME(6) NOT NULL,
  PRIMARY KEY (startup_id, quarter),
  CONSTRAINT fk_kpi_reminder_startup FOREIGN KEY (startup_id) REFERENCES startup (id) ON DELETE CASCADE
);
