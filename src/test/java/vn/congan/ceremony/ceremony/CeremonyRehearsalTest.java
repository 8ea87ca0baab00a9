package vn.congan.ceremony.ceremony;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.congan.ceremony.award.AwardDecisionService;
import vn.congan.ceremony.award.RecipientChange;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.organisation.OrganisationService;
import vn.congan.ceremony.organisation.Unit;
import vn.congan.ceremony.testsupport.AbstractSpringTest;
import vn.congan.ceremony.testsupport.FixtureBatches;

/** What a rehearsal leaves behind, and what the summary counts. */
@Tag("db")
class CeremonyRehearsalTest extends AbstractSpringTest {

    @Autowired CeremonyService ceremony;
    @Autowired CeremonySummaryService summaries;
    @Autowired AwardDecisionService decisions;
    @Autowired ConferenceService conferences;
    @Autowired OrganisationService organisation;
    @Autowired ApplicationContext context;

    @BeforeEach
    void asTheMc() {
        FixtureBatches.install(context);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("mc", null, "ROLE_MC"));
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void goingBackBeforeTheFirstStepClearsTheActualTimesOfTheStepsUndone() {
        LiveCeremony live = ceremony.live();
        for (int i = 0; i < 3; i++) {
            live = ceremony.execute(new CeremonyCommand.Next(live.version(), "tablet"));
        }
        assertThat(live.actualStart()).isNotNull();
        assertThat(summaries.summary().timeline().subList(0, 3)).allMatch(row -> row.actualStart() != null);

        for (int i = 0; i < 3; i++) {
            live = ceremony.execute(new CeremonyCommand.Back(live.version(), "tablet"));
        }
        assertThat(live.started()).isFalse();
        assertThat(summaries.summary().timeline()).allMatch(row -> row.actualStart() == null && row.actualMinutes() == null);

        live = ceremony.execute(new CeremonyCommand.Next(live.version(), "tablet"));
        assertThat(live.actualStart()).as("the day itself counts again").isNotNull();
        assertThat(summaries.summary().timeline().get(0).actualStart()).isNotNull();
        assertThat(summaries.summary().timeline().subList(1, 10)).allMatch(row -> row.actualStart() == null);
    }

    @Test
    void theDoorIsNotRefusedBecauseTheMcPressedNextASecondEarlier() {
        LiveCeremony seenAtTheDoor = ceremony.live();
        LiveCeremony.LiveRecipient far = seenAtTheDoor.recipients().get(seenAtTheDoor.recipients().size() - 1);
        LiveCeremony.LiveRecipient first = seenAtTheDoor.recipients().get(0);
        LiveCeremony now = seenAtTheDoor;
        for (int i = 0; i < 7; i++) { // the MC moves on into the first batch meanwhile
            now = ceremony.execute(new CeremonyCommand.Next(now.version(), "tablet"));
        }

        LiveCeremony after = ceremony.execute(new CeremonyCommand.CheckIn(seenAtTheDoor.version(), "door", far.awardId()));
        assertThat(after.recipients().stream().filter(r -> r.awardId() == far.awardId()).findFirst().orElseThrow()
                .state().status()).isEqualTo(RecipientStatus.CHECKED_IN);
        // the recipient the MC's Next called up has changed since the door's screen: stale for it
        assertThat(now.currentBatch().recipients()).extracting(LiveCeremony.LiveRecipient::awardId)
                .contains(first.awardId());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ceremony.execute(new CeremonyCommand.SetStatus(
                seenAtTheDoor.version(), "door", first.awardId(), RecipientStatus.ABSENT, null)))
                .isInstanceOf(StaleCommandException.class);
        // and the MC's Next made on an old screen stays refused (double tap)
        long old = now.version() - 1;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ceremony.execute(new CeremonyCommand.Next(old, "tablet")))
                .isInstanceOf(StaleCommandException.class);
    }

    @Test
    void theSummaryCountsWhatIsHandedOverOnStageAndSaysHowManyAreInNoBatch() {
        Long giayKhen = decisions.decisionsOf(conferences.current().orElseThrow()).stream()
                .filter(d -> d.getForm().getName().startsWith("Giấy khen")).findFirst().orElseThrow().getId();
        Unit newUnit = organisation.saveUnit(null, "Đội Cảnh sát cơ động dự bị", null);
        decisions.addCollective(giayKhen, newUnit.getId(), new RecipientChange(null, null, null, null));

        CeremonySummary s = summaries.summary();
        assertThat(s.counts()).extracting(c -> c.formName() + ": " + c.collectives() + "/" + c.individuals())
                .containsExactly("Bằng khen của Bộ trưởng Bộ Công an: 3/5", "Giấy khen của Giám đốc Công an tỉnh: 38/96");
        assertThat(s.notInBatch()).isEqualTo(1);
    }
}
