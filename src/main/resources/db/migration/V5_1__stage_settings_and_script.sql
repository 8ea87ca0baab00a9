-- Stage order: per-conference settings (stage capacity, time estimate), a flag for batches
-- edited by hand (regeneration asks before discarding them), and the MC's per-line overrides.
-- Settings and overrides belong to their conference alone and go with it (ON DELETE CASCADE).

CREATE TABLE stage_settings (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    conference_id BIGINT NOT NULL,
    stage_capacity INT NOT NULL DEFAULT 10,
    seconds_per_batch INT NOT NULL DEFAULT 90,
    seconds_per_recipient INT NOT NULL DEFAULT 7,
    CONSTRAINT uq_stage_settings_conference UNIQUE (conference_id),
    CONSTRAINT ck_stage_settings_capacity CHECK (stage_capacity >= 1),
    CONSTRAINT ck_stage_settings_seconds CHECK (seconds_per_batch >= 0 AND seconds_per_recipient >= 0),
    CONSTRAINT fk_stage_settings_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE presentation_batch ADD COLUMN manually_edited BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE mc_script_override (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    conference_id BIGINT NOT NULL,
    line_key VARCHAR(200) NOT NULL,
    line_text VARCHAR(4000) NOT NULL,
    generated_text VARCHAR(4000),
    CONSTRAINT uq_mc_script_override_key UNIQUE (conference_id, line_key),
    CONSTRAINT fk_mc_script_override_conference FOREIGN KEY (conference_id) REFERENCES conference (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
