package vn.congan.ceremony.security;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.jpa.StaleCheck;
import vn.congan.ceremony.common.text.VietText;

/** Users and their roles and passwords, for the admin page and first start. */
@Service
public class UserService {

    /** Shortest password the admin page accepts. */
    public static final int MIN_PASSWORD_LENGTH = 8;

    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final SecureRandom random = new SecureRandom();

    public UserService(AppUserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    @Transactional(readOnly = true)
    public List<AppUser> findAll() {
        return users.findAllByOrderByUsernameAsc();
    }

    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return users.count() > 0;
    }

    @Transactional
    public AppUser create(String username, String displayName, String password, Set<Role> roles) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9._-]{2,64}")) {
            throw new UserMessageException("user.error.username");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new UserMessageException("user.error.exists");
        }
        checkPassword(password);
        String shownName = VietText.cleanToNull(displayName); // blank once hidden characters are gone: the username
        return users.save(new AppUser(name, shownName == null ? name : shownName, encoder.encode(password), roles));
    }

    /** Saves an account whose password is hashed already (the demo's accounts, hashed once per JVM). */
    @Transactional
    public AppUser addAccount(AppUser account) {
        return users.save(account);
    }

    /** Saves roles and display name; the version check refuses a stale edit. */
    @Transactional
    public AppUser update(AppUser user, Set<Role> roles, boolean enabled) {
        AppUser current = users.findById(user.getId()).orElseThrow(() -> new UserMessageException("error.gone"));
        StaleCheck.requireSameVersion(current, user);
        current.setRoles(roles);
        current.setEnabled(enabled);
        current.setDisplayName(user.getDisplayName());
        return users.save(current);
    }

    @Transactional
    public void setPassword(Long userId, String password) {
        checkPassword(password);
        AppUser user = users.findById(userId).orElseThrow(() -> new UserMessageException("error.gone"));
        user.setPasswordHash(encoder.encode(password));
    }

    /** A random password for the first admin, never a fixed default. */
    public String randomPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return sb.toString();
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserMessageException("user.error.password");
        }
    }
}
