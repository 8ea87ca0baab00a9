package vn.congan.ceremony.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.testsupport.AbstractSpringTest;

@Tag("db")
class UserServiceTest extends AbstractSpringTest {

    @Autowired
    UserService users;
    @Autowired
    AppUserRepository repository;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PortalUserDetailsService details;

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        users.create("Usher.One", "Lễ tân", "longenough", EnumSet.of(Role.MC));
        AppUser saved = repository.findByUsername("usher.one").orElseThrow();
        assertThat(saved.getPasswordHash()).startsWith("$2").doesNotContain("longenough");
        assertThat(encoder.matches("longenough", saved.getPasswordHash())).isTrue();
        assertThat(details.loadUserByUsername("USHER.ONE").getAuthorities())
                .extracting(Object::toString).containsExactly("ROLE_MC");
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        long before = repository.count();
        assertThatThrownBy(() -> users.create("mc", "x", "longenough", EnumSet.of(Role.MC)))
                .isInstanceOf(UserMessageException.class).hasMessageStartingWith("user.error.exists");
        assertThatThrownBy(() -> users.create("new.user", "x", "short", EnumSet.of(Role.MC)))
                .hasMessageStartingWith("user.error.password");
        assertThatThrownBy(() -> users.create("a b", "x", "longenough", EnumSet.of(Role.MC)))
                .hasMessageStartingWith("user.error.username");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void aUsernameWithHiddenCharactersIsRefusedAndADisplayNameLosesThem() {
        assertThatThrownBy(() -> users.create("le\u200Btan", "x", "longenough", EnumSet.of(Role.MC)))
                .hasMessageStartingWith("user.error.username");

        users.create("le.tan", "Lễ\u202E tân\u0007", "long\u0007enough", EnumSet.of(Role.MC));
        users.create("le.tan2", "\u200B\uFEFF", "longenough", EnumSet.of(Role.MC));

        AppUser saved = repository.findByUsername("le.tan").orElseThrow();
        assertThat(saved.getDisplayName()).isEqualTo("Lễ tân");
        assertThat(encoder.matches("long\u0007enough", saved.getPasswordHash()))
                .as("a password is never cleaned: it is checked exactly as typed").isTrue();
        assertThat(repository.findByUsername("le.tan2").orElseThrow().getDisplayName()).isEqualTo("le.tan2");
    }

    @Test
    void aStaleRoleEditIsRefused() {
        AppUser stale = repository.findByUsername("print").orElseThrow();
        AppUser fresh = repository.findByUsername("print").orElseThrow();
        users.update(fresh, EnumSet.of(Role.PRINT, Role.MC), true);
        assertThatThrownBy(() -> users.update(stale, EnumSet.of(Role.ADMIN), true))
                .hasMessageStartingWith("error.concurrent");
        assertThat(repository.findByUsername("print").orElseThrow().getRoles()).containsExactlyInAnyOrder(Role.PRINT, Role.MC);
    }
}
