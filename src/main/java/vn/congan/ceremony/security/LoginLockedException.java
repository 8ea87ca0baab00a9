package vn.congan.ceremony.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** A login refused because its account or address waits after failed attempts. */
public class LoginLockedException extends LockedException {

    private final transient LoginThrottle.Refusal refusal;

    public LoginLockedException(LoginThrottle.Refusal refusal) {
        super("Login refused until " + refusal.retryAt() + " (" + refusal.scope() + ")");
        this.refusal = refusal;
    }

    public Instant getRetryAt() {
        return refusal.retryAt();
    }

    public LoginThrottle.Scope getScope() {
        return refusal.scope();
    }
}
