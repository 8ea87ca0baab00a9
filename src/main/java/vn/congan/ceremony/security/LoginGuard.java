package vn.congan.ceremony.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The form login's authentication manager: asks the {@link LoginThrottle} before the password is
 * checked (a waiting account or address is refused, the right password included), tells it how
 * the attempt ended, and writes every attempt to the login log.
 */
public class LoginGuard implements AuthenticationManager {

    private final AuthenticationManager passwords;
    private final LoginThrottle throttle;
    private final LoginEventService log;

    public LoginGuard(AuthenticationManager passwords, LoginThrottle throttle, LoginEventService log) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.log = log;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "";
        Optional<LoginThrottle.Refusal> waiting = throttle.begin(username, address);
        if (waiting.isPresent()) {
            log.record(username, address, LoginResult.LOCKED);
            throw new LoginLockedException(waiting.get());
        }
        Authentication done;
        try {
            done = passwords.authenticate(attempt);
        } catch (AuthenticationException e) {
            Optional<LoginThrottle.Refusal> now = throttle.failed(username, address);
            log.record(username, address, LoginResult.FAILED);
            if (now.isPresent()) {
                LoginLockedException locked = new LoginLockedException(now.get());
                locked.initCause(e);
                throw locked;
            }
            throw e;
        }
        throttle.succeeded(username);
        log.record(username, address, LoginResult.SUCCESS);
        return done;
    }
}
