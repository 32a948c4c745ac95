-- V10_7: one form engine for every module. A form (a call's questions today; an event's
-- registration questions, a feedback form or the companies' needs survey next) has its own
-- questions; one respondent's answers to it are a response. Calls and applications point at them.
-- Nothing is lost: the call questions and application answers of V8 become the first forms and
-- responses, keeping their ids (the tables are renamed, not copied).
CREATE TABLE form (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  purpose   VARCHAR(16) NOT NULL,
  source_id BIGINT,
  CONSTRAINT ck_form_purpose CHECK (purpose IN ('CALL', 'EVENT', 'FEEDBACK', 'SURVEY'))
);
INSERT INTO form (purpose, source_id) SELECT 'CALL', id FROM call_for_applications;
ALTER TABLE call_for_applications ADD COLUMN form_id BIGINT;
UPDATE call_for_applications SET form_id = (SELECT f.id FROM form f WHERE f.source_id = call_for_applications.id);
ALTER TABLE call_for_applications MODIFY form_id BIGINT NOT NULL;
ALTER TABLE call_for_applications ADD CONSTRAINT fk_call_form FOREIGN KEY (form_id) REFERENCES form (id);
ALTER TABLE call_for_applications ADD CONSTRAINT uk_call_form UNIQUE (form_id);

ALTER TABLE question RENAME TO form_question;
ALTER TABLE form_question ADD COLUMN form_id BIGINT;
UPDATE form_question SET form_id = (SELECT c.form_id FROM call_for_applications c WHERE c.id = form_question.call_id);
ALTER TABLE form_question DROP CONSTRAINT fk_question_call;
ALTER TABLE form_question DROP CONSTRAINT uk_question_position;
ALTER TABLE form_question DROP COLUMN call_id;
ALTER TABLE form_question MODIFY form_id BIGINT NOT NULL;
ALTER TABLE form_question ADD CONSTRAINT fk_question_form FOREIGN KEY (form_id) REFERENCES form (id) ON DELETE CASCADE;
ALTER TABLE form_question ADD CONSTRAINT uk_question_position UNIQUE (form_id, position);

CREATE TABLE form_response (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  form_id   BIGINT NOT NULL,
  source_id BIGINT,
  CONSTRAINT fk_response_form FOREIGN KEY (form_id) REFERENCES form (id) ON DELETE CASCADE
);
INSERT INTO form_response (form_id, source_id)
  SELECT c.form_id, a.id FROM application a JOIN call_for_applications c ON c.id = a.call_id;
ALTER TABLE application ADD COLUMN response_id BIGINT;
UPDATE application SET response_id = (SELECT r.id FROM form_response r WHERE r.source_id = application.id);
ALTER TABLE application MODIFY response_id BIGINT NOT NULL;
ALTER TABLE application ADD CONSTRAINT fk_application_response FOREIGN KEY (response_id) REFERENCES form_response (id);
ALTER TABLE application ADD CONSTRAINT uk_application_response UNIQUE (response_id);

ALTER TABLE answer RENAME TO form_answer;
ALTER TABLE form_answer ADD COLUMN response_id BIGINT;
UPDATE form_answer SET response_id = (SELECT a.response_id FROM application a WHERE a.id = form_answer.application_id);
ALTER TABLE form_answer DROP CONSTRAINT fk_answer_application;
ALTER TABLE form_answer DROP CONSTRAINT uk_answer;
ALTER TABLE form_answer DROP COLUMN application_id;
ALTER TABLE form_answer MODIFY response_id BIGINT NOT NULL;
ALTER TABLE form_answer ADD CONSTRAINT fk_answer_response FOREIGN KEY (response_id) REFERENCES form_response (id) ON DELETE CASCADE;
ALTER TABLE form_answer ADD CONSTRAINT uk_answer UNIQUE (response_id, question_id);

ALTER TABLE form DROP COLUMN source_id;
ALTER TABLE form_response DROP COLUMN source_id;
