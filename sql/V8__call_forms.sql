-- V8: call forms. A call asks its own questions (short or long text, single or multiple choice,
-- number, a PDF pitch deck); an application answers each at most once; uploaded files are kept
-- as documents in the database (at most 10 MiB each, by constraint) so that several servers
-- share them without a shared disk.
CREATE TABLE question (
  id        BIGINT AUTO_INCREMENT PRIMARY KEY,
  call_id   BIGINT        NOT NULL,
  position  INT           NOT NULL,
  kind      VARCHAR(16)   NOT NULL,
  label     VARCHAR(300)  NOT NULL,
  choices   VARCHAR(2000),
  required  BOOLEAN       NOT NULL DEFAULT FALSE,
  CONSTRAINT fk_question_call FOREIGN KEY (call_id) REFERENCES call_for_applications (id) ON DELETE CASCADE,
  CONSTRAINT uk_question_position UNIQUE (call_id, position),
  CONSTRAINT ck_question_kind CHECK (kind IN ('SHORT_TEXT', 'LONG_TEXT', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'NUMBER', 'PDF'))
);

CREATE TABLE document (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  file_name    VARCHAR(255) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes   BIGINT       NOT NULL,
  content      LONGBLOB     NOT NULL,
  uploaded_by  BIGINT       NOT NULL,
  uploaded_at  DATETIME(6)  NOT NULL,
  CONSTRAINT fk_document_uploader FOREIGN KEY (uploaded_by) REFERENCES app_user (id),
  CONSTRAINT ck_document_size CHECK (size_bytes > 0 AND size_bytes <= 10485760)
);

CREATE TABLE answer (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  application_id BIGINT        NOT NULL,
  question_id    BIGINT        NOT NULL,
  text_value     VARCHAR(4000),
  document_id    BIGINT,
  CONSTRAINT fk_answer_application FOREIGN KEY (application_id) REFERENCES application (id) ON DELETE CASCADE,
  CONSTRAINT fk_answer_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE,
  CONSTRAINT fk_answer_document FOREIGN KEY (document_id) REFERENCES document (id),
  CONSTRAINT uk_answer UNIQUE (application_id, question_id)
);
CREATE INDEX ix_answer_document ON answer (document_id);

-- a milestone's evidence (V7) is a document too: one table for every uploaded file
ALTER TABLE milestone ADD CONSTRAINT fk_milestone_evidence FOREIGN KEY (evidence_id) REFERENCES document (id);
