-- V1: the identity module (sites, organisations, accounts with their roles) and the platform's
-- tables every module uses (audit revisions for Hibernate Envers, mail outbox).
-- One script for H2 in MySQL mode and MariaDB/MySQL: plain types, InnoDB semantics.

CREATE TABLE site (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  code        VARCHAR(32)  NOT NULL,
  name        VARCHAR(120) NOT NULL,
  city        VARCHAR(120) NOT NULL,
  time_zone   VARCHAR(64)  NOT NULL,
  version     INT          NOT NULL DEFAULT 0,
  CONSTRAINT uk_site_code UNIQUE (code)
);

CREATE TABLE organisation (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  site_id     BIGINT        NOT NULL,
  kind        VARCHAR(16)   NOT NULL,
  name        VARCHAR(160)  NOT NULL,
  description VARCHAR(1000),
  version     INT           NOT NULL DEFAULT 0,
  CONSTRAINT fk_organisation_site FOREIGN KEY (site_id) REFERENCES site (id),
  CONSTRAINT uk_organisation_name UNIQUE (site_id, name),
  CONSTRAINT ck_organisation_kind CHECK (kind IN ('STARTUP', 'COMPANY', 'SCHOOL'))
);

CREATE TABLE app_user (
  id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
  email                  VARCHAR(254) NOT NULL,
  display_name           VARCHAR(120) NOT NULL,
  password_hash          VARCHAR(512),
  preferred_language     VARCHAR(2)   NOT NULL DEFAULT 'fr',
  active                 BOOLEAN      NOT NULL DEFAULT TRUE,
  home_site_id           BIGINT,
  organisation_id        BIGINT,
  consent_communications BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at             DATETIME(6)  NOT NULL,
  version                INT          NOT NULL DEFAULT 0,
  CONSTRAINT uk_user_email UNIQUE (email),
  CONSTRAINT fk_user_site FOREIGN KEY (home_site_id) REFERENCES site (id),
  CONSTRAINT fk_user_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT ck_user_language CHECK (preferred_language IN ('fr', 'en', 'de'))
);
CREATE INDEX ix_user_display_name ON app_user (display_name);

-- A role held by a user, at one site or (site_id NULL) at every site.
CREATE TABLE user_role (
  id      BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id BIGINT      NOT NULL,
  role    VARCHAR(32) NOT NULL,
  site_id BIGINT,
  CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
  CONSTRAINT fk_user_role_site FOREIGN KEY (site_id) REFERENCES site (id),
  CONSTRAINT ck_user_role CHECK (role IN ('ADMIN', 'SPACE_MANAGER', 'PROGRAMME_MANAGER', 'EVENT_ORGANISER',
                                          'MENTOR', 'FOUNDER', 'MEMBER', 'PARTNER_COMPANY', 'CANDIDATE'))
);
CREATE INDEX ix_user_role_user ON user_role (user_id);

-- Failed sign-ins per e-mail address (known or not, so the throttle tells nothing about accounts).
CREATE TABLE login_throttle (
  email_key    VARCHAR(254) NOT NULL PRIMARY KEY,
  failures     INT          NOT NULL,
  window_start DATETIME(6)  NOT NULL,
  locked_until DATETIME(6)
);

CREATE TABLE password_reset_token (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id    BIGINT      NOT NULL,
  token_hash CHAR(64)    NOT NULL,
  created_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  used_at    DATETIME(6),
  CONSTRAINT uk_reset_token UNIQUE (token_hash),
  CONSTRAINT fk_reset_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);

-- Personal API tokens: only a SHA-256 digest is kept, so a lookup is one indexed read.
CREATE TABLE api_token (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  user_id      BIGINT       NOT NULL,
  name         VARCHAR(80)  NOT NULL,
  token_prefix VARCHAR(12)  NOT NULL,
  token_hash   CHAR(64)     NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  last_used_at DATETIME(6),
  revoked_at   DATETIME(6),
  CONSTRAINT uk_api_token UNIQUE (token_hash),
  CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);

-- Mails are written in the business transaction and sent after it commits (retried if SMTP fails).
CREATE TABLE mail_outbox (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  recipient  VARCHAR(254)  NOT NULL,
  subject    VARCHAR(250)  NOT NULL,
  body       VARCHAR(8000) NOT NULL,
  created_at DATETIME(6)   NOT NULL,
  sent_at    DATETIME(6),
  attempts   INT           NOT NULL DEFAULT 0,
  last_error VARCHAR(500)
);
CREATE INDEX ix_mail_outbox_pending ON mail_outbox (sent_at, created_at);

-- Audit trail (Hibernate Envers): one revision per transaction, who made it, what it touched.
CREATE TABLE audit_revision (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  timestamp BIGINT       NOT NULL,
  username  VARCHAR(254)
);
CREATE TABLE audit_revision_entity (
  revision_id BIGINT       NOT NULL,
  entity_name VARCHAR(255) NOT NULL,
  CONSTRAINT fk_are_revision FOREIGN KEY (revision_id) REFERENCES audit_revision (id)
);
CREATE INDEX ix_are_revision ON audit_revision_entity (revision_id);

CREATE TABLE site_aud (
  id        BIGINT  NOT NULL,
  rev       BIGINT  NOT NULL,
  revtype   TINYINT,
  code      VARCHAR(32),
  name      VARCHAR(120),
  city      VARCHAR(120),
  time_zone VARCHAR(64),
  PRIMARY KEY (id, rev),
  CONSTRAINT fk_site_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE organisation_aud (
  id          BIGINT NOT NULL,
  rev         BIGINT NOT NULL,
  revtype     TINYINT,
  site_id     BIGINT,
  kind        VARCHAR(16),
  name        VARCHAR(160),
  description VARCHAR(1000),
  PRIMARY KEY (id, rev),
  CONSTRAINT fk_organisation_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE app_user_aud (
  id                     BIGINT NOT NULL,
  rev                    BIGINT NOT NULL,
  revtype                TINYINT,
  email                  VARCHAR(254),
  display_name           VARCHAR(120),
  preferred_language     VARCHAR(2),
  active                 BOOLEAN,
  home_site_id           BIGINT,
  organisation_id        BIGINT,
  consent_communications BOOLEAN,
  PRIMARY KEY (id, rev),
  CONSTRAINT fk_app_user_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

CREATE TABLE user_role_aud (
  id      BIGINT      NOT NULL,
  rev     BIGINT      NOT NULL,
  revtype TINYINT,
  user_id BIGINT,
  role    VARCHAR(32),
  site_id BIGINT,
  PRIMARY KEY (id, rev),
  CONSTRAINT fk_user_role_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);
