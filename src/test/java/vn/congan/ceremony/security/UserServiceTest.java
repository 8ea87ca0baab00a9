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
    void aStaleRoleEditIsRefused() {
        AppUser stale = repository.findByUsername("print").orElseThrow();
        AppUser fresh = repository.findByUsername("print").orElseThrow();
        users.update(fresh, EnumSet.of(Role.PRINT, Role.MC), true);
        assertThatThrownBy(() -> users.update(stale, EnumSet.of(Role.ADMIN), true))
                .hasMessageStartingWith("error.concurrent");
        assertThat(repository.findByUsername("print").orElseThrow().getRoles()).containsExactlyInAnyOrder(Role.PRINT, Role.MC);
    }
}
