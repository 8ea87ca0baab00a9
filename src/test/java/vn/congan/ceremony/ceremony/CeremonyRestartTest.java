package vn.congan.ceremony.ceremony;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.congan.ceremony.Application;
import vn.congan.ceremony.testsupport.AbstractSpringTest;

/**
 * A server restart mid-ceremony: a second server (a new application context on a random port:
 * new service, new broadcaster, no memory of the first) opens the same database and resumes
 * exactly where the ceremony was, then goes on from there.
 */
@Tag("db")
class CeremonyRestartTest extends AbstractSpringTest {

    @Autowired
    CeremonyService ceremony;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRestartedServerResumesTheCeremonyExactlyWhereItWas() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("mc", null, "ROLE_MC"));
        LiveCeremony before = CeremonyServiceTest.next(ceremony, 8);
        long absent = before.upcomingBatches().get(0).recipients().get(0).awardId();
        before = ceremony.execute(new CeremonyCommand.SetStatus(before.version(), "backstage", absent,
                RecipientStatus.ABSENT, null));
        String token = ceremony.screenToken();

        SpringApplication restarted = new SpringApplication(Application.class);
                try (ConfigurableApplicationContext second = restarted.run("--portal.demo-data.enabled=false",
                "--portal.test.clean-schema=false", "--spring.main.banner-mode=off", "--spring.jmx.enabled=false", "--server.port=0")) {
            CeremonyService resumed = second.getBean(CeremonyService.class);
            assertThat(resumed).isNotSameAs(ceremony);
            LiveCeremony after = resumed.live();
            assertThat(after.version()).isEqualTo(before.version());
            assertThat(after.stepNumber()).isEqualTo(8);
            assertThat(after.currentItem().title()).isEqualTo("Trao khen thưởng");
            assertThat(after.currentBatch().batch().id()).isEqualTo(before.currentBatch().batch().id());
            assertThat(after.currentBatch().recipients()).extracting(r -> r.state().status())
                    .containsOnly(RecipientStatus.CALLED);
            assertThat(after.controllerDevice()).isEqualTo(CeremonyServiceTest.TABLET);
            assertThat(resumed.liveForScreen(token)).isPresent();

            // The same tablet goes on after the restart; absence was kept.
            LiveCeremony going = resumed.execute(new CeremonyCommand.Next(after.version(), CeremonyServiceTest.TABLET));
            assertThat(going.currentBatch().recipients().get(0).state().status()).isEqualTo(RecipientStatus.ABSENT);
            assertThat(going.currentBatch().recipients().get(1).state().status()).isEqualTo(RecipientStatus.CALLED);
        }
        assertThat(ceremony.live().stepNumber()).isEqualTo(9);
        assertThat(ceremony.eventLog()).hasSize(10);
    }
}
