-- V16: the companies' needs survey (issue 13). A campaign of a site asks its questionnaire (a form of
-- the shared form engine, which gains the 1-5 scale) to the companies it invites; each invitation
-- carries an unguessable personal link and at most one response (unique key), replaced when the
-- company edits its answers until the campaign closes. Reminders are recorded by day so that no
-- company is reminded twice the same day, and the automatic reminder once per campaign. A need of
-- the results may become a territorial workshop (an event of the event module), kept here once.
ALTER TABLE form_question DROP CONSTRAINT ck_question_kind;
ALTER TABLE form_question ADD CONSTRAINT ck_question_kind
  CHECK (kind IN ('SHORT_TEXT', 'LONG_TEXT', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'NUMBER', 'PDF', 'SCALE'));

CREATE TABLE survey_campaign (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  site_id           BIGINT       NOT NULL,
  form_id           BIGINT       NOT NULL,
  title             VARCHAR(200) NOT NULL,
  opens_on          DATE         NOT NULL,
  closes_on         DATE         NOT NULL,
  reminder_days     INT          NOT NULL DEFAULT 3,
  auto_reminded_on  DATE,
  created_by        BIGINT,
  created_at        DATETIME(6)  NOT NULL,
  version           INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_campaign_site FOREIGN KEY (site_id) REFERENCES site (id),
  CONSTRAINT fk_campaign_form FOREIGN KEY (form_id) REFERENCES form (id),
  CONSTRAINT fk_campaign_creator FOREIGN KEY (created_by) REFERENCES app_user (id) ON DELETE SET NULL,
  CONSTRAINT uk_campaign_form UNIQUE (form_id),
  CONSTRAINT ck_campaign_dates CHECK (closes_on >= opens_on),
  CONSTRAINT ck_campaign_reminder CHECK (reminder_days BETWEEN 0 AND 60)
);
CREATE INDEX ix_campaign_site ON survey_campaign (site_id, closes_on);

CREATE TABLE survey_invitation (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  campaign_id  BIGINT       NOT NULL,
  token        VARCHAR(64)  NOT NULL,
  company      VARCHAR(200) NOT NULL,
  email        VARCHAR(254) NOT NULL,
  sector       VARCHAR(100),
  size_band    VARCHAR(8),
  commune      VARCHAR(100),
  language     VARCHAR(2)   NOT NULL DEFAULT 'fr',
  invited_at   DATETIME(6)  NOT NULL,
  reminded_on  DATE,
  response_id  BIGINT,
  answered_at  DATETIME(6),
  version      INT          NOT NULL DEFAULT 0,
  CONSTRAINT fk_invitation_campaign FOREIGN KEY (campaign_id) REFERENCES survey_campaign (id) ON DELETE CASCADE,
  CONSTRAINT fk_invitation_response FOREIGN KEY (response_id) REFERENCES form_response (id),
  CONSTRAINT uk_invitation_token UNIQUE (token),
  CONSTRAINT uk_invitation_email UNIQUE (campaign_id, email),
  CONSTRAINT uk_invitation_response UNIQUE (response_id),
  CONSTRAINT ck_invitation_token CHECK (CHAR_LENGTH(token) >= 22),
  CONSTRAINT ck_invitation_size CHECK (size_band IS NULL OR size_band IN ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
  CONSTRAINT ck_invitation_language CHECK (language IN ('fr', 'en', 'de')),
  CONSTRAINT ck_invitation_answered CHECK ((response_id IS NULL AND answered_at IS NULL) OR (response_id IS NOT NULL AND answered_at IS NOT NULL))
);
CREATE INDEX ix_invitation_filters ON survey_invitation (campaign_id, sector, size_band, commune);

CREATE TABLE survey_workshop (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  campaign_id  BIGINT        NOT NULL,
  question_id  BIGINT        NOT NULL,
  choice       VARCHAR(300)  NOT NULL,
  event_id     BIGINT        NOT NULL,
  invited      INT           NOT NULL,
  created_by   BIGINT,
  created_at   DATETIME(6)   NOT NULL,
  CONSTRAINT fk_workshop_campaign FOREIGN KEY (campaign_id) REFERENCES survey_campaign (id) ON DELETE CASCADE,
  CONSTRAINT fk_workshop_question FOREIGN KEY (question_id) REFERENCES form_question (id),
  CONSTRAINT fk_workshop_event FOREIGN KEY (event_id) REFERENCES event (id),
  CONSTRAINT uk_workshop_event UNIQUE (event_id),
  CONSTRAINT ck_workshop_invited CHECK (invited >= 0)
);
