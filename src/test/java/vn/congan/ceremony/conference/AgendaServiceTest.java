package vn.congan.ceremony.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.conference.AgendaSchedule.WarningKind;
import vn.congan.ceremony.testsupport.AbstractSpringTest;

@Tag("db")
class AgendaServiceTest extends AbstractSpringTest {

    @Autowired
    AgendaService agenda;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConferenceService conferences;
    @Autowired
    ConferenceRepository conferenceRepository;
    @Autowired
    AgendaItemRepository itemRepository;
    @Autowired
    DelegateRepository delegateRepository;
    @Autowired
    PlanningReferences references;

    Conference conference;

    @BeforeEach
    void currentConference() {
        conference = conferences.current().orElseThrow();
    }

    private List<String> titles() {
        return agenda.plan(conference).items().stream().map(AgendaItem::getTitle).toList();
    }

    private AgendaItem item(int index) {
        return agenda.plan(conference).items().get(index);
    }

    @Test
    void theDemoAgendaIsTheTypicalProgrammeWithComputedTimes() {
        AgendaPlan plan = agenda.plan(conference);
        assertThat(plan.rows()).extracting(r -> r.item().getTitle()).containsExactly("Đón tiếp đại biểu", "Chào cờ",
                "Tuyên bố lý do, giới thiệu đại biểu", "Báo cáo tổng kết phong trào thi đua", "Tham luận",
                "Công bố quyết định khen thưởng", "Trao khen thưởng", "Phát biểu chỉ đạo",
                "Phát biểu tiếp thu chỉ đạo", "Bế mạc");
        assertThat(plan.rows()).extracting(ScheduledItem::start).startsWith(LocalTime.of(7, 30), LocalTime.of(8, 0),
                LocalTime.of(8, 5), LocalTime.of(8, 15));
        assertThat(plan.rows().get(7).item().responsibleLabel()).isEqualTo("Đại tá Nguyễn Thế Hùng");
        assertThat(plan.end()).isEqualTo(LocalTime.of(10, 55));
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void anAddedItemGoesToTheEndAndMovesThePlannedEnd() {
        AgendaItem draft = agenda.draft(conference);
        draft.setType(AgendaItemType.PERFORMANCE);
        draft.setTitle("  Văn nghệ   chào mừng ");
        draft.setDurationMinutes(15);
        agenda.save(draft);

        AgendaPlan plan = agenda.plan(conference);
        assertThat(plan.rows()).hasSize(11);
        ScheduledItem last = plan.rows().get(10);
        assertThat(last.item().getTitle()).isEqualTo("Văn nghệ chào mừng");
        assertThat(last.item().getPosition()).isEqualTo(11);
        assertThat(last.start()).isEqualTo(LocalTime.of(10, 55));
        assertThat(plan.warnings()).extracting(AgendaSchedule.Warning::kind)
                .containsExactly(WarningKind.ENDS_AFTER_PLANNED_END);
        assertThat(plan.warnings().get(0).minutes()).isEqualTo(10);
    }

    @Test
    void anItemIsStoredWithoutHiddenCharactersAndItsMcNotesKeepTheirLines() {
        AgendaItem draft = agenda.draft(conference);
        draft.setType(AgendaItemType.PERFORMANCE);
        draft.setTitle("Văn\u202E nghệ\u001B chào mừng");
        draft.setDurationMinutes(15);
        draft.setMcNotes("  Mời đại biểu\u200B đứng  \r\n\r\n\r\nChào cờ\u0007 ");
        agenda.save(draft);

        AgendaItem stored = agenda.plan(conference).rows().get(10).item();
        assertThat(stored.getTitle()).isEqualTo("Văn nghệ chào mừng");
        assertThat(stored.getMcNotes()).isEqualTo("Mời đại biểu đứng\n\nChào cờ");
    }

    @Test
    void anItemWithoutATitleIsRefused() {
        AgendaItem draft = agenda.draft(conference);
        draft.setTitle("   ");
        assertThatThrownBy(() -> agenda.save(draft)).isInstanceOf(UserMessageException.class)
                .hasMessageStartingWith("agenda.error.title");
    }

    @Test
    void editingTheDurationShiftsTheFollowingItemsUntilAFixedStart() {
        AgendaItem welcome = item(0);
        welcome.setDurationMinutes(45);
        agenda.save(welcome);

        AgendaPlan plan = agenda.plan(conference);
        assertThat(plan.rows().get(1).start()).isEqualTo(LocalTime.of(8, 15));
        assertThat(plan.rows().get(1).warnings()).extracting(AgendaSchedule.Warning::kind)
                .containsExactly(WarningKind.OVERRUNS_FIXED_START);
    }

    @Test
    void aStaleSaveIsRefusedAndNothingIsOverwritten() {
        AgendaItem mine = item(3);
        AgendaItem theirs = item(3);
        theirs.setTitle("Báo cáo của người khác");
        agenda.save(theirs);

        mine.setTitle("Báo cáo của tôi");
        assertThatThrownBy(() -> agenda.save(mine)).isInstanceOf(UserMessageException.class)
                .extracting(e -> ((UserMessageException) e).getMessageKey()).isEqualTo("error.concurrent");
        assertThat(item(3).getTitle()).isEqualTo("Báo cáo của người khác");
    }

    @Test
    void moveTakesAnItemFromOneIndexToAnother() {
        agenda.move(conference, 9, 0);
        assertThat(titles()).startsWith("Bế mạc", "Đón tiếp đại biểu").endsWith("Phát biểu tiếp thu chỉ đạo");
        assertThat(agenda.plan(conference).items()).extracting(AgendaItem::getPosition)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

        agenda.move(conference, 0, 9);
        assertThat(titles()).startsWith("Đón tiếp đại biểu").endsWith("Bế mạc");
    }

    @Test
    void moveWithIndexesOutsideTheAgendaIsRefusedAsStale() {
        assertThatThrownBy(() -> agenda.move(conference, 10, 0)).isInstanceOf(UserMessageException.class);
    }

    @Test
    void upAndDownStopAtTheEnds() {
        agenda.moveUp(item(0));
        assertThat(titles().get(0)).isEqualTo("Đón tiếp đại biểu");
        agenda.moveDown(item(0));
        assertThat(titles()).startsWith("Chào cờ", "Đón tiếp đại biểu");
        agenda.moveDown(item(9));
        assertThat(titles().get(9)).isEqualTo("Bế mạc");
        agenda.moveUp(item(9));
        assertThat(titles()).endsWith("Bế mạc", "Phát biểu tiếp thu chỉ đạo");
    }

    @Test
    void thePreviewShowsTheTimesAsTheyWouldBeWithoutSavingAnything() {
        AgendaPlan plan = agenda.plan(conference);
        AgendaItem contribution = plan.rows().get(4).item();
        LocalTime end = plan.end();
        AgendaPlan.Preview longer = plan.preview(contribution, contribution.getDurationMinutes() + 10, null);
        assertThat(longer.index()).isEqualTo(4);
        assertThat(longer.slot().start()).isEqualTo(plan.rows().get(4).start());
        assertThat(longer.schedule().end()).isEqualTo(end.plusMinutes(10));
        // an empty duration keeps the planned minutes
        assertThat(plan.preview(contribution, null, null).schedule().end()).isEqualTo(end);
        // a new item is placed at the end
        AgendaItem added = new AgendaItem(conference, 11, AgendaItemType.PERFORMANCE, "Văn nghệ", 15);
        AgendaPlan.Preview withNew = plan.preview(added, 15, null);
        assertThat(withNew.index()).isEqualTo(10);
        assertThat(withNew.slot().start()).isEqualTo(end);
        assertThat(withNew.schedule().end()).isEqualTo(end.plusMinutes(15));
        // the award item keeps its estimate from the batches unless its duration is changed
        AgendaDurationEstimator fromBatches = item -> item.getType() == AgendaItemType.AWARD_PRESENTATION
                ? OptionalInt.of(item.getDurationMinutes() + 12) : OptionalInt.empty();
        AgendaPlan estimated = new AgendaService(conferenceRepository, itemRepository, delegateRepository,
                references, List.of(fromBatches)).plan(conference);
        ScheduledItem awards = estimated.rows().get(6);
        assertThat(awards.isEstimated()).isTrue();
        assertThat(estimated.preview(awards.item(), awards.item().getDurationMinutes(), null).slot().durationMinutes())
                .isEqualTo(awards.estimatedMinutes());
        assertThat(estimated.preview(awards.item(), 30, null).slot().durationMinutes()).isEqualTo(30);
        // nothing was saved
        assertThat(agenda.plan(conference).end()).isEqualTo(end);
        assertThat(titles()).hasSize(10);
    }

    @Test
    void aDropOfAStaleRowIsRefused() {
        AgendaItem stale = item(2);
        AgendaItem fresh = item(2);
        fresh.setDurationMinutes(12);
        agenda.save(fresh);
        assertThatThrownBy(() -> agenda.moveTo(stale, 0)).isInstanceOf(UserMessageException.class)
                .hasMessageStartingWith("error.concurrent");
        agenda.moveTo(item(2), 0);
        assertThat(titles().get(0)).isEqualTo("Tuyên bố lý do, giới thiệu đại biểu");
    }

    @Test
    void theAwardItemThatHoldsBatchesCannotBeRemoved() {
        AgendaItem awards = agenda.plan(conference).items().stream()
                .filter(i -> i.getType() == AgendaItemType.AWARD_PRESENTATION).findFirst().orElseThrow();
        long batches = jdbc.queryForObject("select count(*) from presentation_batch where agenda_item_id = ?",
                Long.class, awards.getId());
        assertThat(batches).isPositive();
        assertThatThrownBy(() -> agenda.remove(awards)).isInstanceOf(UserMessageException.class)
                .hasMessageStartingWith("error.inUse")
                .satisfies(e -> assertThat(((UserMessageException) e).getArguments()[1]).isEqualTo(batches));
        assertThat(titles()).hasSize(10);
    }

    @Test
    void removingAnItemClosesTheGap() {
        agenda.remove(item(4));
        assertThat(titles()).hasSize(9).doesNotContain("Tham luận");
        assertThat(agenda.plan(conference).items()).extracting(AgendaItem::getPosition)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(agenda.plan(conference).rows().get(4).start()).isEqualTo(LocalTime.of(8, 45));
    }

    @Test
    void theTypicalProgrammeIsOnlyAddedToAnEmptyAgenda() {
        assertThatThrownBy(() -> agenda.addTypicalProgramme(conference)).isInstanceOf(UserMessageException.class)
                .hasMessageStartingWith("agenda.error.notEmpty");
    }

    @Test
    void anEmptyAgendaCanStartFromTheTypicalProgramme() {
        // The demo's presentation batches hold the award item; a fresh conference has none.
        jdbc.update("delete from batch_entry");
        jdbc.update("delete from presentation_batch");
        for (int i = 0; i < 10; i++) {
            agenda.remove(item(0));
        }
        assertThat(titles()).isEmpty();
        assertThat(agenda.addTypicalProgramme(conference)).isEqualTo(10);
        assertThat(titles()).hasSize(10).startsWith("Đón tiếp đại biểu");
        assertThat(agenda.plan(conference).items().get(1).getFixedStart()).isEqualTo(LocalTime.of(8, 0));
    }

    @Test
    void anEstimatorReplacesTheDurationOfTheItemsItKnowsAndTheTimesFollow() {
        AgendaDurationEstimator awardsFromBatches = item -> item.getType() == AgendaItemType.AWARD_PRESENTATION
                ? OptionalInt.of(52) : OptionalInt.empty();
        AgendaDurationEstimator never = item -> OptionalInt.empty();
        AgendaService estimated = new AgendaService(conferenceRepository, itemRepository, delegateRepository,
                references, List.of(never, awardsFromBatches));

        AgendaPlan plan = estimated.plan(conference);
        ScheduledItem awards = plan.rows().get(6);
        assertThat(awards.item().getDurationMinutes()).isEqualTo(40);
        assertThat(awards.estimatedMinutes()).isEqualTo(52);
        assertThat(awards.isEstimated()).isTrue();
        assertThat(plan.rows().get(7).start()).isEqualTo(LocalTime.of(10, 17));
        assertThat(plan.rows().get(6).warnings()).isEmpty();
        assertThat(plan.warnings()).extracting(AgendaSchedule.Warning::kind)
                .containsExactly(WarningKind.ENDS_AFTER_PLANNED_END);
        assertThat(plan.rows().get(5).isEstimated()).isFalse();
    }
}
