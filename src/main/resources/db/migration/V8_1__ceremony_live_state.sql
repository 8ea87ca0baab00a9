-- Ceremony day: the live state (current step, control, screen link), each recipient's status,
-- and the log of every change with time and user. Steps are named by plain ids (no foreign
-- keys to agenda items or batches) so that the organizer can still re-plan on the day.

CREATE TABLE ceremony_run (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    conference_id BIGINT NOT NULL,
    state_version BIGINT NOT NULL DEFAULT 0,
    current_agenda_item_id BIGINT,
    current_batch_id BIGINT,
    finished BOOLEAN NOT NULL DEFAULT FALSE,
    controller_device VARCHAR(100),
    controller_user VARCHAR(64),
    screen_token VARCHAR(64) NOT NULL,
    updated_at DATETIME(6),
    CONSTRAINT uq_ceremony_run_conference UNIQUE (conference_id),
    CONSTRAINT uq_ceremony_run_token UNIQUE (screen_token),
    CONSTRAINT fk_ceremony_run_conference FOREIGN KEY (conference_id) REFERENCES conference (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ceremony_recipient (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    run_id BIGINT NOT NULL,
    award_id BIGINT NOT NULL,
    status VARCHAR(32) NOT NULL,
    checked_in BOOLEAN NOT NULL DEFAULT FALSE,
    on_behalf_of VARCHAR(300),
    CONSTRAINT uq_ceremony_recipient_award UNIQUE (run_id, award_id),
    CONSTRAINT fk_ceremony_recipient_run FOREIGN KEY (run_id) REFERENCES ceremony_run (id),
    CONSTRAINT fk_ceremony_recipient_award FOREIGN KEY (award_id) REFERENCES award (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ceremony_event (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    run_id BIGINT NOT NULL,
    state_version BIGINT NOT NULL,
    occurred_at DATETIME(6) NOT NULL,
    username VARCHAR(64) NOT NULL,
    device VARCHAR(100),
    kind VARCHAR(32) NOT NULL,
    agenda_item_id BIGINT,
    batch_id BIGINT,
    award_id BIGINT,
    detail VARCHAR(500),
    CONSTRAINT uq_ceremony_event_version UNIQUE (run_id, state_version),
    CONSTRAINT fk_ceremony_event_run FOREIGN KEY (run_id) REFERENCES ceremony_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
