-- V13: talent profiles (issue 13, second part). The managed list of skills with their labels in
-- French, English and German; what a candidate brings: skills with a level (1 notions, 2 practice,
-- 3 autonomy, 4 expertise), languages with a CEFR level (A1..C2, or NATIVE), the countries they would
-- work in, when they are available. The keys make each skill, language and country appear once per
-- candidate; the checks keep the levels in their range. Indexes by skill and language serve the
-- matching that comes next (computed by the database, never by loading every candidate).

CREATE TABLE skill (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  code      VARCHAR(40)  NOT NULL,
  label_fr  VARCHAR(100) NOT NULL,
  label_en  VARCHAR(100) NOT NULL,
  label_de  VARCHAR(100) NOT NULL,
  active    BOOLEAN      NOT NULL DEFAULT TRUE,
  CONSTRAINT uk_skill_code UNIQUE (code)
);

CREATE TABLE candidate_skill (
  candidate_id BIGINT   NOT NULL,
  skill_id     BIGINT   NOT NULL,
  level        INT      NOT NULL,
  PRIMARY KEY (candidate_id, skill_id),
  CONSTRAINT fk_candidate_skill_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id) ON DELETE CASCADE,
  CONSTRAINT fk_candidate_skill_skill FOREIGN KEY (skill_id) REFERENCES skill (id),
  CONSTRAINT ck_candidate_skill_level CHECK (level BETWEEN 1 AND 4)
);
CREATE INDEX ix_candidate_skill_skill ON candidate_skill (skill_id, level);

CREATE TABLE candidate_language (
  candidate_id BIGINT      NOT NULL,
  language     VARCHAR(3)  NOT NULL,
  level        VARCHAR(6)  NOT NULL,
  PRIMARY KEY (candidate_id, language),
  CONSTRAINT fk_candidate_language_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id) ON DELETE CASCADE,
  CONSTRAINT ck_candidate_language_level CHECK (level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'))
);
CREATE INDEX ix_candidate_language_language ON candidate_language (language, level);

CREATE TABLE candidate_country (
  candidate_id BIGINT     NOT NULL,
  country      VARCHAR(2) NOT NULL,
  PRIMARY KEY (candidate_id, country),
  CONSTRAINT fk_candidate_country_candidate FOREIGN KEY (candidate_id) REFERENCES candidate (id) ON DELETE CASCADE,
  CONSTRAINT ck_candidate_country CHECK (country IN ('FR', 'LU', 'DE', 'BE'))
);

ALTER TABLE candidate ADD COLUMN available_from DATE;

INSERT INTO skill (code, label_fr, label_en, label_de) VALUES
  ('web-dev', 'Développement web', 'Web development', 'Webentwicklung'),
  ('mobile-dev', 'Développement mobile', 'Mobile development', 'Mobile Entwicklung'),
  ('java', 'Java', 'Java', 'Java'),
  ('python', 'Python', 'Python', 'Python'),
  ('data', 'Analyse de données', 'Data analysis', 'Datenanalyse'),
  ('cloud', 'Cloud et DevOps', 'Cloud and DevOps', 'Cloud und DevOps'),
  ('networks', 'Réseaux et systèmes', 'Networks and systems', 'Netzwerke und Systeme'),
  ('security', 'Cybersécurité', 'Cybersecurity', 'Cybersicherheit'),
  ('ux', 'Design UX/UI', 'UX/UI design', 'UX/UI-Design'),
  ('marketing', 'Marketing numérique', 'Digital marketing', 'Digitales Marketing'),
  ('project', 'Gestion de projet', 'Project management', 'Projektmanagement'),
  ('3d-print', 'Impression 3D', '3D printing', '3D-Druck'),
  ('laser', 'Découpe laser et CNC', 'Laser cutting and CNC', 'Laserschneiden und CNC'),
  ('electronics', 'Électronique embarquée', 'Embedded electronics', 'Eingebettete Elektronik'),
  ('animation', 'Animation 3D', '3D animation', '3D-Animation'),
  ('sales', 'Vente et relation client', 'Sales and customer relations', 'Vertrieb und Kundenbeziehung');
