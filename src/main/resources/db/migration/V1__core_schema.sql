-- Core schema: users, organisation settings, units, people, movements, conferences,
-- award forms, decisions and awards. Runs unchanged on MariaDB 10.11 and H2 (MariaDB mode).

CREATE TABLE app_user (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    username VARCHAR(64) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_app_user_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_user_role (
    user_id BIGINT NOT NULL,
    role VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE org_settings (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    parent_body VARCHAR(200) NOT NULL,
    department_name VARCHAR(200) NOT NULL,
    place_name VARCHAR(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE unit (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    name VARCHAR(300) NOT NULL,
    short_code VARCHAR(32),
    official_order INT NOT NULL,
    parent_id BIGINT,
    CONSTRAINT uq_unit_name UNIQUE (name),
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE person (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    family_name VARCHAR(60) NOT NULL,
    middle_name VARCHAR(100) NOT NULL,
    given_name VARCHAR(60) NOT NULL,
    full_name VARCHAR(220) NOT NULL,
    search_key VARCHAR(220) NOT NULL,
    person_rank VARCHAR(32) NOT NULL,
    position VARCHAR(300),
    unit_id BIGINT,
    CONSTRAINT fk_person_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_person_search_key ON person (search_key);

CREATE TABLE movement (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    name VARCHAR(500) NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE movement_phase (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    movement_id BIGINT NOT NULL,
    seq INT NOT NULL,
    name VARCHAR(500) NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    CONSTRAINT uq_movement_phase_seq UNIQUE (movement_id, seq),
    CONSTRAINT fk_movement_phase_movement FOREIGN KEY (movement_id) REFERENCES movement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE conference (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    title VARCHAR(500) NOT NULL,
    movement_id BIGINT,
    conference_date DATE NOT NULL,
    start_time TIME NOT NULL,
    planned_end_time TIME,
    venue VARCHAR(300),
    chair_person_id BIGINT,
    organiser_unit_id BIGINT,
    is_current BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_conference_movement FOREIGN KEY (movement_id) REFERENCES movement (id),
    CONSTRAINT fk_conference_chair FOREIGN KEY (chair_person_id) REFERENCES person (id),
    CONSTRAINT fk_conference_organiser FOREIGN KEY (organiser_unit_id) REFERENCES unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE award_form (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    name VARCHAR(300) NOT NULL,
    title VARCHAR(100) NOT NULL,
    authority_line VARCHAR(300) NOT NULL,
    precedence INT NOT NULL,
    default_paper VARCHAR(8) NOT NULL,
    CONSTRAINT uq_award_form_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE award_decision (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    conference_id BIGINT NOT NULL,
    award_form_id BIGINT NOT NULL,
    decision_number VARCHAR(100) NOT NULL,
    decision_date DATE NOT NULL,
    signer_capacity VARCHAR(200) NOT NULL,
    signer_deputy_capacity VARCHAR(200),
    signer_rank VARCHAR(32) NOT NULL,
    signer_name VARCHAR(200) NOT NULL,
    on_authority_of VARCHAR(300),
    default_achievement VARCHAR(2000),
    CONSTRAINT uq_award_decision_number UNIQUE (conference_id, decision_number),
    CONSTRAINT fk_award_decision_conference FOREIGN KEY (conference_id) REFERENCES conference (id),
    CONSTRAINT fk_award_decision_form FOREIGN KEY (award_form_id) REFERENCES award_form (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE award (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    decision_id BIGINT NOT NULL,
    list_order INT NOT NULL,
    unit_id BIGINT,
    person_id BIGINT,
    achievement VARCHAR(2000),
    register_number VARCHAR(50),
    representative_person_id BIGINT,
    representative_text VARCHAR(300),
    note VARCHAR(500),
    CONSTRAINT ck_award_one_recipient CHECK ((unit_id IS NULL AND person_id IS NOT NULL)
        OR (unit_id IS NOT NULL AND person_id IS NULL)),
    CONSTRAINT uq_award_unit UNIQUE (decision_id, unit_id),
    CONSTRAINT uq_award_person UNIQUE (decision_id, person_id),
    CONSTRAINT fk_award_decision FOREIGN KEY (decision_id) REFERENCES award_decision (id),
    CONSTRAINT fk_award_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_award_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_award_representative FOREIGN KEY (representative_person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
