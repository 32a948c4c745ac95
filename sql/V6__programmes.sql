-- V6: the programmes module's core: programmes of a site, calls for applications with their
-- deadline, weighted jury criteria, applications by founders, juror assignments (with declared
-- conflicts of interest) and scores. Scores are in range and one per juror, application and
-- criterion, by constraint.
CREATE TABLE programme (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  site_id     BIGINT       NOT NULL,
  kind        VARCHAR(24)  NOT NULL,
  name        VARCHAR(160) NOT NULL,
  description VARCHAR(2000),
  CONSTRAINT fk_programme_site FOREIGN KEY (site_id) REFERENCES site (id),
  CONSTRAINT uk_programme_name UNIQUE (site_id, name),
  CONSTRAINT ck_programme_kind CHECK (kind IN ('TALENT_DETECTION', 'INCUBATION', 'ACCELERATION'))
);

CREATE TABLE call_for_applications (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  programme_id BIGINT       NOT NULL,
  title        VARCHAR(200) NOT NULL,
  opens_at     DATETIME(6)  NOT NULL,
  closes_at    DATETIME(6)  NOT NULL,
  anonymous_review BOOLEAN  NOT NULL DEFAULT FALSE,
  CONSTRAINT fk_call_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
  CONSTRAINT ck_call_dates CHECK (opens_at < closes_at)
);

CREATE TABLE criterion (
  id       BIGINT AUTO_INCREMENT PRIMARY KEY,
  call_id  BIGINT       NOT NULL,
  name     VARCHAR(120) NOT NULL,
  weight   INT          NOT NULL,
  CONSTRAINT fk_criterion_call FOREIGN KEY (call_id) REFERENCES call_for_applications (id) ON DELETE CASCADE,
  CONSTRAINT uk_criterion UNIQUE (call_id, name),
  CONSTRAINT ck_criterion_weight CHECK (weight BETWEEN 1 AND 100)
);

CREATE TABLE application (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  call_id      BIGINT        NOT NULL,
  founder_id   BIGINT        NOT NULL,
  project_name VARCHAR(160)  NOT NULL,
  summary      VARCHAR(4000),
  status       VARCHAR(16)   NOT NULL,
  submitted_at DATETIME(6),
  decided_at   DATETIME(6),
  version      INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_application_call FOREIGN KEY (call_id) REFERENCES call_for_applications (id),
  CONSTRAINT fk_application_founder FOREIGN KEY (founder_id) REFERENCES app_user (id),
  CONSTRAINT uk_application UNIQUE (call_id, founder_id, project_name),
  CONSTRAINT ck_application_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'WAITLISTED', 'REJECTED'))
);

CREATE TABLE jury_assignment (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  application_id BIGINT  NOT NULL,
  juror_id       BIGINT  NOT NULL,
  conflict       BOOLEAN NOT NULL DEFAULT FALSE,
  CONSTRAINT fk_assignment_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE,
  CONSTRAINT fk_assignment_juror FOREIGN KEY (juror_id) REFERENCES app_user (id),
  CONSTRAINT uk_assignment UNIQUE (application_id, juror_id)
);

CREATE TABLE score (
  assignment_id BIGINT NOT NULL,
  criterion_id  BIGINT NOT NULL,
  points        INT    NOT NULL,
  remark        VARCHAR(2000),
  PRIMARY KEY (assignment_id, criterion_id),
  CONSTRAINT fk_score_assignment FOREIGN KEY (assignment_id) REFERENCES jury_assignment (id) ON DELETE CASCADE,
  CONSTRAINT fk_score_criterion FOREIGN KEY (criterion_id) REFERENCES criterion (id),
  CONSTRAINT ck_score_points CHECK (points BETWEEN 0 AND 10)
);
