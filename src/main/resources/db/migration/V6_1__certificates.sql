-- Certificates: templates per award form with their field boxes, printer profiles, the print log.

CREATE TABLE certificate_template (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    award_form_id BIGINT NOT NULL,
    name VARCHAR(200) NOT NULL,
    print_mode VARCHAR(16) NOT NULL,
    paper VARCHAR(8) NOT NULL,
    width_mm DOUBLE NOT NULL,
    height_mm DOUBLE NOT NULL,
    place_name VARCHAR(100),
    is_default BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_certificate_template_name UNIQUE (award_form_id, name),
    CONSTRAINT fk_certificate_template_form FOREIGN KEY (award_form_id) REFERENCES award_form (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE certificate_template_field (
    template_id BIGINT NOT NULL,
    field_key VARCHAR(32) NOT NULL,
    enabled BOOLEAN NOT NULL DEFAULT TRUE,
    x_mm DOUBLE NOT NULL,
    y_mm DOUBLE NOT NULL,
    width_mm DOUBLE NOT NULL,
    height_mm DOUBLE NOT NULL,
    face VARCHAR(32) NOT NULL,
    font_size DOUBLE NOT NULL,
    min_font_size DOUBLE NOT NULL,
    alignment VARCHAR(8) NOT NULL,
    colour VARCHAR(7) NOT NULL,
    underline BOOLEAN NOT NULL DEFAULT FALSE,
    pattern VARCHAR(200) NOT NULL,
    PRIMARY KEY (template_id, field_key),
    CONSTRAINT fk_certificate_template_field_template FOREIGN KEY (template_id) REFERENCES certificate_template (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE printer_profile (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    name VARCHAR(100) NOT NULL,
    front_x_mm DOUBLE NOT NULL DEFAULT 0,
    front_y_mm DOUBLE NOT NULL DEFAULT 0,
    back_x_mm DOUBLE NOT NULL DEFAULT 0,
    back_y_mm DOUBLE NOT NULL DEFAULT 0,
    duplex BOOLEAN NOT NULL DEFAULT FALSE,
    note VARCHAR(300),
    CONSTRAINT uq_printer_profile_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE print_log (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT NOT NULL DEFAULT 0,
    printed_at DATETIME(6) NOT NULL,
    username VARCHAR(64) NOT NULL,
    conference_id BIGINT,
    scope VARCHAR(16) NOT NULL,
    description VARCHAR(500) NOT NULL,
    print_mode VARCHAR(16) NOT NULL,
    sheets INT NOT NULL,
    profile_name VARCHAR(100),
    CONSTRAINT fk_print_log_conference FOREIGN KEY (conference_id) REFERENCES conference (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_print_log_printed_at ON print_log (printed_at);
