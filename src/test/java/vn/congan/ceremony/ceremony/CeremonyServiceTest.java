package vn.congan.ceremony.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.stage.BatchEntry;
import vn.congan.ceremony.stage.PresentationBatch;
import vn.congan.ceremony.stage.PresentationBatchRepository;
import vn.congan.ceremony.stage.StageOrderEdits;
import vn.congan.ceremony.stage.StageOrderGenerator;
import vn.congan.ceremony.stage.StageOrderService;
import vn.congan.ceremony.testsupport.AbstractSpringTest;
import vn.congan.ceremony.testsupport.FixtureBatches;

@Tag("db")
class CeremonyServiceTest extends AbstractSpringTest {

    static final String TABLET = "tablet-1";

    @Autowired
    ApplicationContext context;

    @Autowired
    CeremonyService ceremony;

    @Autowired
    CeremonyBroadcaster broadcaster;

    @BeforeEach
    void loginAsMc() {
        FixtureBatches.install(context);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("mc", null, "ROLE_MC"));
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    static LiveCeremony next(CeremonyService ceremony, int times) {
        LiveCeremony live = ceremony.live();
        for (int i = 0; i < times; i++) {
            live = ceremony.execute(new CeremonyCommand.Next(live.version(), TABLET));
        }
        return live;
    }

    /** Building the programme generates the MC script: a command uses the one kept, a change drops it. */
    @Test
    void commandsShareTheKeptProgrammeUntilAChangeIsSignalled() {
        LiveCeremony before = ceremony.live();
        LiveCeremony after = next(ceremony, 1);
        assertThat(after.upcomingBatches().get(0).batch()).isSameAs(before.upcomingBatches().get(0).batch());

        context.publishEvent(vn.congan.ceremony.common.ProgrammeChanged.INSTANCE);
        LiveCeremony rebuilt = ceremony.live();
        assertThat(rebuilt.upcomingBatches().get(0).batch()).isNotSameAs(after.upcomingBatches().get(0).batch())
                .isEqualTo(after.upcomingBatches().get(0).batch());
    }

    @Test
    void theStateACommandReturnsIsTheStateStored() {
        // A command builds the state it returns (and broadcasts) from what it read and wrote,
        // without reading it again: it must be what any page reading the database gets.
        LiveCeremony live = next(ceremony, 8);
        assertSameAsStored(live);
        long award = live.currentBatch().recipients().get(1).awardId();
        assertSameAsStored(ceremony.execute(new CeremonyCommand.SetStatus(live.version(), TABLET, award,
                RecipientStatus.ON_STAGE, null)));
        long door = live.upcomingBatches().get(0).recipients().get(0).awardId();
        assertSameAsStored(ceremony.execute(new CeremonyCommand.CheckIn(ceremony.live().version(), "door", door)));
        assertSameAsStored(ceremony.execute(new CeremonyCommand.Back(ceremony.live().version(), TABLET)));
    }

    private void assertSameAsStored(LiveCeremony returned) {
        assertThat(returned).usingRecursiveComparison().ignoringFields("builtAt").isEqualTo(ceremony.live());
    }

    @Test
    void beforeTheStartTheCeremonyWaitsAtVersionZeroWithTheDemoProgramme() {
        LiveCeremony live = ceremony.live();
        assertThat(live.started()).isFalse();
        assertThat(live.version()).isZero();
        assertThat(live.conferenceTitle()).isEqualTo("Hội nghị tổng kết Phong trào thi đua đặc biệt");
        // 9 agenda items plus the award presentation in 16 batches.
        assertThat(live.stepCount()).isEqualTo(25);
        assertThat(live.recipients()).hasSize(38 + 96 + 3 + 5);
        assertThat(live.upcomingBatches()).hasSize(2);
        assertThat(live.upcomingBatches().get(0).batch().formName()).isEqualTo("Bằng khen của Bộ trưởng Bộ Công an");
    }

    @Test
    void theMcReadsTheGeneratedScriptOfEachItem() {
        LiveCeremony live = next(ceremony, 2);
        assertThat(live.currentItem().title()).isEqualTo("Chào cờ");
        assertThat(live.currentItem().script()).contains("Nghiêm! Chào cờ, chào!");
        live = next(ceremony, 1);
        assertThat(live.currentItem().script()).contains("Kính thưa các đồng chí đại biểu, thưa toàn thể các đồng chí!");
    }

    @Test
    void nextReachesTheFirstBatchAndEveryChangeIsLoggedWithTimeAndUser() {
        LiveCeremony live = next(ceremony, 7);
        assertThat(live.currentItem().title()).isEqualTo("Trao khen thưởng");
        assertThat(live.currentBatch().batch().position()).isEqualTo(1);
        assertThat(live.currentBatch().recipients()).hasSize(3)
                .allSatisfy(r -> assertThat(r.state().status()).isEqualTo(RecipientStatus.CALLED));
        assertThat(live.currentBatch().recipients().get(0).recipient().readLine()).contains("— đại diện: ");
        assertThat(live.plannedStart()).hasToString("09:25");
        assertThat(live.actualStart()).isNotNull();
        assertThat(live.delayMinutes()).isNotNull();
        assertThat(live.version()).isEqualTo(7);

        List<CeremonyEvent> log = ceremony.eventLog();
        assertThat(log).hasSize(7).allSatisfy(e -> {
            assertThat(e.getUsername()).isEqualTo("mc");
            assertThat(e.getDevice()).isEqualTo(TABLET);
            assertThat(e.getKind()).isEqualTo(EventKind.NEXT);
            assertThat(e.getOccurredAt()).isNotNull();
        });
        assertThat(log).extracting(CeremonyEvent::getStateVersion).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    }

    @Test
    void anOrganizerResetsTheRehearsalAndTheActualTimesCountAgainFromThere() {
        LiveCeremony rehearsal = next(ceremony, 8);
        long absent = rehearsal.currentBatch().recipients().get(0).awardId();
        rehearsal = ceremony.execute(new CeremonyCommand.SetStatus(rehearsal.version(), TABLET, absent,
                RecipientStatus.ABSENT, null));
        long version = rehearsal.version();

        // Not from the MC's tablet.
        assertThatThrownBy(() -> ceremony.execute(new CeremonyCommand.Reset(version, TABLET)))
                .isInstanceOf(UserMessageException.class)
                .hasMessageContaining("ceremony.error.resetNotAllowed");
        assertThat(ceremony.live().version()).isEqualTo(version);

        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("organizer", null, "ROLE_ORGANIZER"));
        LiveCeremony reset = ceremony.execute(new CeremonyCommand.Reset(version, "office"));
        assertThat(reset.started()).isFalse();
        assertThat(reset.version()).isEqualTo(version + 1);
        assertThat(reset.controllerDevice()).isNull();
        assertThat(reset.recipients()).allSatisfy(r -> assertThat(r.state()).isEqualTo(RecipientState.INITIAL));
        assertThat(ceremony.eventLog()).hasSize(10).last()
                .satisfies(e -> assertThat(e.getKind()).isEqualTo(EventKind.RESET))
                .satisfies(e -> assertThat(e.getUsername()).isEqualTo("organizer"));

        // The real ceremony: another tablet may take the lead, and nothing of the rehearsal counts.
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("mc", null, "ROLE_MC"));
        LiveCeremony live = ceremony.execute(new CeremonyCommand.Next(reset.version(), "tablet-2"));
        assertThat(live.controllerDevice()).isEqualTo("tablet-2");
        assertThat(live.actualStart()).isNotNull();
        CeremonyEvent firstAfterReset = ceremony.eventLog().get(10);
        assertThat(live.actualStart()).isEqualTo(LocalTime.ofInstant(firstAfterReset.getOccurredAt(),
                ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    @Test
    void aStaleCommandChangesNothingAndLogsNothing() {
        LiveCeremony live = next(ceremony, 2);
        long seen = live.version();
        ceremony.execute(new CeremonyCommand.Next(seen, TABLET));
        assertThatThrownBy(() -> ceremony.execute(new CeremonyCommand.Next(seen, TABLET)))
                .isInstanceOf(StaleCommandException.class);
        assertThat(ceremony.live().version()).isEqualTo(3);
        assertThat(ceremony.live().stepNumber()).isEqualTo(3);
        assertThat(ceremony.eventLog()).hasSize(3);
    }

    @Test
    void twoDevicesPressingNextAtTheSameMomentAdvanceTheCeremonyOnce() throws Exception {
        LiveCeremony live = next(ceremony, 1);
        long seen = live.version();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<Boolean> press = () -> {
                start.await();
                try {
                    ceremony.execute(new CeremonyCommand.Next(seen, TABLET));
                    return true;
                } catch (StaleCommandException e) {
                    return false;
                }
            };
            results.add(pool.submit(press));
        }
        start.countDown();
        int applied = 0;
        for (Future<Boolean> result : results) {
            applied += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(applied).isEqualTo(1);
        assertThat(ceremony.live().stepNumber()).isEqualTo(2);
        assertThat(ceremony.live().version()).isEqualTo(2);
        assertThat(ceremony.eventLog()).hasSize(2);
    }

    @Test
    void anotherDeviceIsRefusedUntilItTakesControl() {
        LiveCeremony live = next(ceremony, 1);
        assertThat(live.controllerDevice()).isEqualTo(TABLET);
        assertThat(live.controllerUser()).isEqualTo("mc");
        assertThatThrownBy(() -> ceremony.execute(new CeremonyCommand.Next(1, "tablet-2")))
                .isInstanceOf(NotInControlException.class);
        live = ceremony.execute(new CeremonyCommand.TakeControl(1, "tablet-2"));
        assertThat(live.controllerDevice()).isEqualTo("tablet-2");
        assertThat(live.controlledBy(TABLET)).isFalse();
        live = ceremony.execute(new CeremonyCommand.Next(live.version(), "tablet-2"));
        assertThat(live.stepNumber()).isEqualTo(2);
    }

    @Test
    void anAbsenceMarkedBackstageIsStoredAndShownInTheBatch() {
        LiveCeremony live = next(ceremony, 6);
        long award = live.upcomingBatches().get(0).recipients().get(1).awardId();
        live = ceremony.execute(new CeremonyCommand.SetStatus(live.version(), "backstage", award,
                RecipientStatus.RECEIVED_ON_BEHALF, "Đại úy Lê Văn Tám"));
        live = ceremony.execute(new CeremonyCommand.Next(live.version(), TABLET));
        LiveCeremony.LiveRecipient marked = live.currentBatch().recipients().get(1);
        assertThat(marked.state().status()).isEqualTo(RecipientStatus.RECEIVED_ON_BEHALF);
        assertThat(marked.state().onBehalfOf()).isEqualTo("Đại úy Lê Văn Tám");
        assertThat(ceremony.eventLog()).filteredOn(e -> e.getKind() == EventKind.SET_STATUS).singleElement()
                .satisfies(e -> assertThat(e.getAwardId()).isEqualTo(award));
    }

    @Test
    void theScreenLinkWorksUntilTheOrganizerRegeneratesIt() {
        String token = ceremony.screenToken();
        assertThat(token).hasSizeGreaterThanOrEqualTo(20);
        assertThat(ceremony.liveForScreen(token)).isPresent();
        assertThat(ceremony.liveForScreen("guess")).isEmpty();
        String fresh = ceremony.regenerateScreenToken();
        assertThat(fresh).isNotEqualTo(token);
        assertThat(ceremony.liveForScreen(token)).isEmpty();
        assertThat(ceremony.liveForScreen(fresh)).isPresent();
    }

    @Test
    void everyChangeReachesTheRegisteredListenersUntilTheyLeave() {
        List<Long> seen = new CopyOnWriteArrayList<>();
        // The test set-up edits the stage order (demo data), whose pushes may still be on their way.
        broadcaster.awaitDelivered();
        var registration = broadcaster.register(live -> seen.add(live.version()));
        next(ceremony, 2);
        broadcaster.awaitDelivered();
        registration.remove();
        next(ceremony, 1);
        broadcaster.awaitDelivered();
        assertThat(seen).containsExactly(1L, 2L);
    }

    @Test
    void whileTheCeremonyRunsTheStageOrderRefusesToChangeBatchesAlreadyCalledButNotTheOthers() {
        StageOrderService stage = context.getBean(StageOrderService.class);
        StageOrderEdits edits = context.getBean(StageOrderEdits.class);
        StageOrderGenerator generator =
                context.getBean(StageOrderGenerator.class);
        PresentationBatchRepository repo =
                context.getBean(PresentationBatchRepository.class);
        LiveCeremony live = next(ceremony, 8);
        long onStage = live.currentBatch().batch().id();
        var conference = context.getBean(ConferenceService.class).current().orElseThrow();
        List<PresentationBatch> batches = repo.findByConference(conference);
        assertThat(batches.get(1).getId()).isEqualTo(onStage);
        var first = batches.get(0);
        var second = batches.get(1);
        assertThatThrownBy(() -> edits.mergeWithNext(first.getId(), first.getVersion(), second.getVersion()))
                .hasMessageContaining("stage.error.ceremonyRunning");
        assertThatThrownBy(() -> edits.split(second.getId(), second.getVersion(), 2))
                .hasMessageContaining("stage.error.ceremonyRunning");
        assertThatThrownBy(() -> edits.moveBatch(batches.get(3).getId(), batches.get(3).getVersion(), 0))
                .hasMessageContaining("stage.error.ceremonyRunning");
        assertThatThrownBy(() -> generator.regenerate(conference, stage.plan(conference).version()))
                .hasMessageContaining("stage.error.ceremonyRunningRegenerate");
        // A batch not reached yet may still be edited.
        var later = batches.get(3);
        edits.split(later.getId(), later.getVersion(), 2);
        assertThat(repo.findByConference(conference)).hasSize(batches.size() + 1);
    }

    @Test
    void aBatchMergedIntoThePreviousOneOnStageKeepsTheCeremonyWhereItIs() {
        PresentationBatchRepository repo =
                context.getBean(PresentationBatchRepository.class);
        LiveCeremony live = next(ceremony, 8);
        int step = live.stepNumber();
        long onStage = live.currentBatch().batch().id();
        List<Long> called = live.currentBatch().recipients().stream().map(LiveCeremony.LiveRecipient::awardId).toList();
        var conference = context.getBean(ConferenceService.class).current().orElseThrow();
        // As the organizer's merge did before the guard (here straight in the database).
        new TransactionTemplate(
                context.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(tx -> {
                    var batches = repo.findByConference(conference);
                    var first = batches.get(0);
                    var second = batches.get(1);
                    var awards = second.getEntries().stream().map(BatchEntry::getAward).toList();
                    second.getEntries().clear();
                    repo.flush();
                    for (var award : awards) {
                        first.getEntries().add(new BatchEntry(first, award,
                                first.getEntries().size() + 1));
                    }
                    repo.delete(second);
                });
        live = ceremony.live();
        // The MC sees the batch that now holds the called recipients, at its step.
        assertThat(live.currentBatch()).isNotNull();
        assertThat(live.currentBatch().batch().id()).isNotEqualTo(onStage);
        assertThat(live.stepNumber()).isEqualTo(step - 1);
        live = ceremony.execute(new CeremonyCommand.Next(live.version(), TABLET));
        assertThat(live.stepNumber()).isEqualTo(step);
        LiveCeremony after = live;
        assertThat(called).allSatisfy(award -> assertThat(after.recipients().stream()
                .filter(r -> r.awardId() == award).findFirst().orElseThrow().state().status())
                .isEqualTo(RecipientStatus.RECEIVED));
    }
}
