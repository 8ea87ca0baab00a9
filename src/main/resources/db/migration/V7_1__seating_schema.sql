-- Seating: hall plans (a conference's plan, or a reusable template), their sections and seats
-- with zones and blocked seats, the optional list of other attendees, and the seat assignments.
-- One person per seat and one seat per person are enforced here as well as in the service.

CREATE TABLE seating_plan (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    conference_id BIGINT,
    name VARCHAR(200) NOT NULL,
    is_template BOOLEAN NOT NULL DEFAULT FALSE,
    numbering VARCHAR(32) NOT NULL,
    stage_steps VARCHAR(16) NOT NULL,
    side_aisles BOOLEAN NOT NULL DEFAULT TRUE,
    delegate_start_side VARCHAR(8) NOT NULL,
    CONSTRAINT uq_seating_plan_conference UNIQUE (conference_id),
    CONSTRAINT ck_seating_plan_owner CHECK ((is_template = TRUE AND conference_id IS NULL)
        OR (is_template = FALSE AND conference_id IS NOT NULL)),
    CONSTRAINT fk_seating_plan_conference FOREIGN KEY (conference_id) REFERENCES conference (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE seating_section (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    plan_id BIGINT NOT NULL,
    position INT NOT NULL,
    name VARCHAR(100) NOT NULL,
    row_count INT NOT NULL,
    seats_per_row INT NOT NULL,
    CONSTRAINT uq_seating_section_position UNIQUE (plan_id, position),
    CONSTRAINT ck_seating_section_size CHECK (row_count BETWEEN 1 AND 60 AND seats_per_row BETWEEN 1 AND 60),
    CONSTRAINT fk_seating_section_plan FOREIGN KEY (plan_id) REFERENCES seating_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE seating_seat (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    plan_id BIGINT NOT NULL,
    section_index INT NOT NULL,
    row_index INT NOT NULL,
    seat_index INT NOT NULL,
    row_label VARCHAR(4) NOT NULL,
    seat_number INT NOT NULL,
    zone VARCHAR(16) NOT NULL,
    blocked BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_seating_seat_place UNIQUE (plan_id, section_index, row_index, seat_index),
    CONSTRAINT uq_seating_seat_label UNIQUE (plan_id, row_label, seat_number),
    CONSTRAINT fk_seating_seat_plan FOREIGN KEY (plan_id) REFERENCES seating_plan (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE seating_attendee (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    conference_id BIGINT NOT NULL,
    position INT NOT NULL,
    name VARCHAR(200) NOT NULL,
    person_id BIGINT,
    CONSTRAINT fk_seating_attendee_conference FOREIGN KEY (conference_id) REFERENCES conference (id),
    CONSTRAINT fk_seating_attendee_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE seat_assignment (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    plan_id BIGINT NOT NULL,
    seat_id BIGINT NOT NULL,
    kind VARCHAR(16) NOT NULL,
    person_id BIGINT,
    delegate_id BIGINT,
    award_id BIGINT,
    attendee_id BIGINT,
    occupant_name VARCHAR(300) NOT NULL,
    batch_no INT,
    entry_no INT,
    pinned BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_seat_assignment_seat UNIQUE (plan_id, seat_id),
    CONSTRAINT uq_seat_assignment_person UNIQUE (plan_id, person_id),
    CONSTRAINT uq_seat_assignment_delegate UNIQUE (plan_id, delegate_id),
    CONSTRAINT uq_seat_assignment_award UNIQUE (plan_id, award_id),
    CONSTRAINT uq_seat_assignment_attendee UNIQUE (plan_id, attendee_id),
    CONSTRAINT fk_seat_assignment_plan FOREIGN KEY (plan_id) REFERENCES seating_plan (id),
    CONSTRAINT fk_seat_assignment_seat FOREIGN KEY (seat_id) REFERENCES seating_seat (id),
    CONSTRAINT fk_seat_assignment_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_seat_assignment_delegate FOREIGN KEY (delegate_id) REFERENCES delegate (id),
    CONSTRAINT fk_seat_assignment_award FOREIGN KEY (award_id) REFERENCES award (id),
    CONSTRAINT fk_seat_assignment_attendee FOREIGN KEY (attendee_id) REFERENCES seating_attendee (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
