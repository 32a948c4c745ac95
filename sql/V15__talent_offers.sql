-- V15: talent, the companies' side (issue 13). A partner company keeps a page (sector, country,
-- commune, website, a word about itself) and posts offers (job, internship, apprenticeship, mission)
-- with the skills it requires or would like (with a least level), the languages (least CEFR level),
-- the place, country, contract and the days it is open. Candidates apply once per offer; the company
-- moves each application (received, interview, offer, hired or declined), each step kept; a hire is
-- a placement, kept apart so the outcome figures survive a candidate's anonymisation.
--
-- offer_match keeps each offer's score for each candidate who matches at least one of its skills,
-- computed by the database (one INSERT ... SELECT over the skill and language indexes) when an offer
-- or a profile changes: an offer's best candidates are then read from an index in score order, however
-- many candidates there are. The score: 3 per required skill met, 1 per wished skill met, 2 per
-- language met, 1 for the country (talent.entity.Match says the same and explains it).

CREATE TABLE company_page (
  organisation_id BIGINT        NOT NULL PRIMARY KEY,
  sector          VARCHAR(24)   NOT NULL,
  country         VARCHAR(2)    NOT NULL,
  commune         VARCHAR(100),
  website         VARCHAR(200),
  about           VARCHAR(2000),
  updated_at      DATETIME(6)   NOT NULL,
  version         INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_company_page_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT ck_company_page_country CHECK (country IN ('FR', 'LU', 'DE', 'BE'))
);

CREATE TABLE job_offer (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  organisation_id BIGINT        NOT NULL,
  site_id         BIGINT        NOT NULL,
  kind            VARCHAR(16)   NOT NULL,
  title           VARCHAR(160)  NOT NULL,
  description     VARCHAR(4000),
  place           VARCHAR(120)  NOT NULL,
  country         VARCHAR(2)    NOT NULL,
  contract        VARCHAR(16)   NOT NULL,
  opens_on        DATE          NOT NULL,
  closes_on       DATE          NOT NULL,
  created_by      BIGINT,
  created_at      DATETIME(6)   NOT NULL,
  version         INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_job_offer_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_job_offer_site FOREIGN KEY (site_id) REFERENCES site (id),
  CONSTRAINT fk_job_offer_user FOREIGN KEY (created_by) REFERENCES app_user (id) ON DELETE SET NULL,
  CONSTRAINT ck_job_offer_kind CHECK (kind IN ('JOB', 'INTERNSHIP', 'APPRENTICESHIP', 'MISSION')),
  CONSTRAINT ck_job_offer_country CHECK (country IN ('FR', 'LU', 'DE', 'BE')),
  CONSTRAINT ck_job_offer_contract CHECK (contract IN ('PERMANENT', 'FIXED_TERM', 'INTERNSHIP', 'APPRENTICESHIP', 'FREELANCE')),
  CONSTRAINT ck_job_offer_dates CHECK (closes_on >= opens_on)
);
CREATE INDEX ix_job_offer_open ON job_offer (closes_on, opens_on);
CREATE INDEX ix_job_offer_company ON job_offer (organisation_id, closes_on);

CREATE TABLE offer_skill (
  offer_id   BIGINT   NOT NULL,
  skill_id   BIGINT   NOT NULL,
  required   BOOLEAN  NOT NULL,
  min_level  INT      NOT NULL,
  PRIMARY KEY (offer_id, skill_id),
  CONSTRAINT fk_offer_skill_offer FOREIGN KEY (offer_id) REFERENCES job_offer (id) ON DELETE CASCADE,
  CONSTRAINT fk_offer_skill_skill FOREIGN KEY (skill_id) REFERENCES skill (id),
  CONSTRAINT ck_offer_skill_level CHECK (min_level BETWEEN 1 AND 4)
);

CREATE TABLE offer_language (
  offer_id   BIGINT      NOT NULL,
  language   VARCHAR(3)  NOT NULL,
  min_level  VARCHAR(6)  NOT NULL,
  PRIMARY KEY (offer_id, language),
  CONSTRAINT fk_offer_language_offer FOREIGN KEY (offer_id) REFERENCES job_offer (id) ON DELETE CASCADE,
  CONSTRAINT ck_offer_language_level CHECK (min_level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'))
);

CREATE TABLE offer_match (
  offer_id      BIGINT  NOT NULL,
  candidate_id  BIGINT  NOT NULL,
  score         INT     NOT NULL,
  PRIMARY KEY (offer_id, candidate_id),
  CONSTRAINT fk_offer_match_offer FOREIGN KEY (offer_id) REFERENCES job_offer (id) ON DELETE CASCADE,
  CONSTRAINT fk_offer_match_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id) ON DELETE CASCADE,
  CONSTRAINT ck_offer_match_score CHECK (score > 0)
);
CREATE INDEX ix_offer_match_rank ON offer_match (offer_id, score, candidate_id);
CREATE INDEX ix_offer_match_candidate ON offer_match (candidate_id, score, offer_id);

CREATE TABLE job_application (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  offer_id      BIGINT        NOT NULL,
  candidate_id  BIGINT        NOT NULL,
  status        VARCHAR(12)   NOT NULL,
  message       VARCHAR(2000),
  applied_at    DATETIME(6)   NOT NULL,
  changed_at    DATETIME(6)   NOT NULL,
  version       INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_job_application_offer FOREIGN KEY (offer_id) REFERENCES job_offer (id),
  CONSTRAINT fk_job_application_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id) ON DELETE CASCADE,
  CONSTRAINT uk_job_application UNIQUE (offer_id, candidate_id),
  CONSTRAINT ck_job_application_status CHECK (status IN ('RECEIVED', 'INTERVIEW', 'OFFER', 'HIRED', 'DECLINED'))
);
CREATE INDEX ix_job_application_candidate ON job_application (candidate_id, applied_at);

CREATE TABLE application_step (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  application_id  BIGINT        NOT NULL,
  status          VARCHAR(12)   NOT NULL,
  message         VARCHAR(2000),
  moved_by        BIGINT,
  moved_at        DATETIME(6)   NOT NULL,
  CONSTRAINT fk_application_step_application FOREIGN KEY (application_id) REFERENCES job_application (id) ON DELETE CASCADE,
  CONSTRAINT fk_application_step_user FOREIGN KEY (moved_by) REFERENCES app_user (id) ON DELETE SET NULL
);
CREATE INDEX ix_application_step ON application_step (application_id, moved_at);

CREATE TABLE placement (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  application_id   BIGINT,
  offer_id         BIGINT        NOT NULL,
  candidate_id     BIGINT,
  organisation_id  BIGINT        NOT NULL,
  site_id          BIGINT        NOT NULL,
  kind             VARCHAR(16)   NOT NULL,
  sector           VARCHAR(24)   NOT NULL,
  country          VARCHAR(2)    NOT NULL,
  hired_on         DATE          NOT NULL,
  CONSTRAINT fk_placement_application FOREIGN KEY (application_id) REFERENCES job_application (id) ON DELETE SET NULL,
  CONSTRAINT fk_placement_offer FOREIGN KEY (offer_id) REFERENCES job_offer (id),
  CONSTRAINT fk_placement_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id) ON DELETE SET NULL,
  CONSTRAINT fk_placement_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_placement_site FOREIGN KEY (site_id) REFERENCES site (id),
  CONSTRAINT uk_placement_application UNIQUE (application_id)
);
CREATE INDEX ix_placement_site ON placement (site_id, hired_on);

-- the candidate's CV, a PDF of 5 MB at most, kept as the platform's documents are
ALTER TABLE candidate ADD COLUMN cv_document_id BIGINT;
ALTER TABLE candidate ADD CONSTRAINT fk_candidate_cv FOREIGN KEY (cv_document_id) REFERENCES document (id) ON DELETE SET NULL;
