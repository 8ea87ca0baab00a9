package vn.congan.ceremony.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One login attempt as the admin's login log shows it; written once, never changed. */
@Entity
@Table(name = "login_event")
public class LoginEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LoginResult result;

    protected LoginEvent() {
    }

    public LoginEvent(Instant occurredAt, String username, String address, LoginResult result) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.address = address;
        this.result = result;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getAddress() {
        return address;
    }

    public LoginResult getResult() {
        return result;
    }
}
