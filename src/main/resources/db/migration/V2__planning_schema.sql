-- Planning: delegates by precedence, the timed agenda, and presentation batches (stage order).

CREATE TABLE delegate (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    conference_id BIGINT NOT NULL,
    person_id BIGINT,
    guest_name VARCHAR(200),
    guest_rank VARCHAR(32),
    title_line VARCHAR(500),
    organisation VARCHAR(300),
    precedence INT NOT NULL,
    CONSTRAINT uq_delegate_person UNIQUE (conference_id, person_id),
    CONSTRAINT ck_delegate_who CHECK (person_id IS NOT NULL OR guest_name IS NOT NULL),
    CONSTRAINT fk_delegate_conference FOREIGN KEY (conference_id) REFERENCES conference (id),
    CONSTRAINT fk_delegate_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE agenda_item (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    conference_id BIGINT NOT NULL,
    position INT NOT NULL,
    item_type VARCHAR(32) NOT NULL,
    title VARCHAR(500) NOT NULL,
    responsible_delegate_id BIGINT,
    responsible_text VARCHAR(300),
    duration_minutes INT NOT NULL,
    fixed_start TIME,
    mc_notes VARCHAR(4000),
    CONSTRAINT ck_agenda_item_duration CHECK (duration_minutes >= 0),
    CONSTRAINT fk_agenda_item_conference FOREIGN KEY (conference_id) REFERENCES conference (id),
    CONSTRAINT fk_agenda_item_delegate FOREIGN KEY (responsible_delegate_id) REFERENCES delegate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_agenda_item_conference ON agenda_item (conference_id, position);

CREATE TABLE presentation_batch (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    conference_id BIGINT NOT NULL,
    agenda_item_id BIGINT,
    position INT NOT NULL,
    award_form_id BIGINT NOT NULL,
    presenter_delegate_id BIGINT,
    on_authority_of VARCHAR(300),
    locked BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_batch_conference FOREIGN KEY (conference_id) REFERENCES conference (id),
    CONSTRAINT fk_batch_agenda_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
    CONSTRAINT fk_batch_form FOREIGN KEY (award_form_id) REFERENCES award_form (id),
    CONSTRAINT fk_batch_presenter FOREIGN KEY (presenter_delegate_id) REFERENCES delegate (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_batch_conference ON presentation_batch (conference_id, position);

CREATE TABLE batch_entry (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    batch_id BIGINT NOT NULL,
    award_id BIGINT NOT NULL,
    position INT NOT NULL,
    CONSTRAINT uq_batch_entry_award UNIQUE (award_id),
    CONSTRAINT fk_batch_entry_batch FOREIGN KEY (batch_id) REFERENCES presentation_batch (id),
    CONSTRAINT fk_batch_entry_award FOREIGN KEY (award_id) REFERENCES award (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
