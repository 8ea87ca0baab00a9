-- Issue 12: every login attempt (success, wrong password, refused while locked) with the user
-- name as typed, the client address and the time, for the admin's login log. The portal keeps
-- a bounded history (LoginEventService: 90 days, at most 10,000 rows).
CREATE TABLE login_event (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6) NOT NULL,
    username VARCHAR(100) NOT NULL,
    address VARCHAR(64) NOT NULL,
    result VARCHAR(16) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX idx_login_event_occurred_at ON login_event (occurred_at);
