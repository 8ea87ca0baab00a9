package vn.congan.ceremony.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congan.ceremony.common.Translatable;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.testsupport.AbstractSpringTest;

@Tag("db")
class ConferenceServiceTest extends AbstractSpringTest {

    @org.springframework.beans.factory.annotation.Autowired
    JdbcTemplate jdbc;


    @Autowired
    ConferenceService conferences;
    @Autowired
    AgendaService agenda;

    @Test
    void theCurrentConferenceComesWithItsDetails() {
        Conference c = conferences.current().orElseThrow();
        assertThat(c.getChair().getRankAndName()).isEqualTo("Đại tá Nguyễn Thế Hùng");
        assertThat(c.getMovement().getName()).startsWith("Phong trào thi đua đặc biệt");
        assertThat(c.getOrganiserUnit().getName()).isEqualTo("Đội Tham mưu tổng hợp - Văn phòng Công an tỉnh");
    }

    @Test
    void aNewConferenceStartsFromTheTypicalProgrammeAndIsNotCurrent() {
        Conference created = conferences.create("Hội nghị sơ kết 6 tháng", LocalDate.of(2021, 6, 15),
                LocalTime.of(13, 30));
        assertThat(created.isCurrent()).isFalse();
        AgendaPlan plan = agenda.plan(created);
        assertThat(plan.rows()).hasSize(TypicalProgramme.items().size());
        assertThat(plan.rows().get(0).start()).isEqualTo(LocalTime.of(13, 30));
        // the 08:00 flag salute of the template is now before the start: warned, not silently moved
        assertThat(plan.warnings()).extracting(AgendaSchedule.Warning::kind)
                .contains(AgendaSchedule.WarningKind.OVERRUNS_FIXED_START);
        assertThat(conferences.findAll()).hasSize(2);
    }

    @Test
    void makeCurrentMovesTheMark() {
        Conference created = conferences.create("Hội nghị sơ kết", LocalDate.of(2021, 6, 15), LocalTime.of(8, 0));
        conferences.makeCurrent(created);
        assertThat(conferences.current().orElseThrow().getId()).isEqualTo(created.getId());
        assertThat(conferences.findAll()).filteredOn(Conference::isCurrent).hasSize(1);
    }

    @Test
    void detailsAreSavedAndAStaleCopyIsRefused() {
        Conference mine = conferences.current().orElseThrow();
        Conference theirs = conferences.current().orElseThrow();
        theirs.setVenue("Hội trường lớn");
        theirs.setPlannedEndTime(LocalTime.of(11, 30));
        conferences.save(theirs);

        mine.setVenue("Phòng họp số 2");
        assertThatThrownBy(() -> conferences.save(mine)).isInstanceOf(UserMessageException.class)
                .hasMessageStartingWith("error.concurrent");
        Conference stored = conferences.current().orElseThrow();
        assertThat(stored.getVenue()).isEqualTo("Hội trường lớn");
        assertThat(stored.getPlannedEndTime()).isEqualTo(LocalTime.of(11, 30));
    }

    @Test
    void aPlannedEndBeforeTheStartIsRefused() {
        Conference c = conferences.current().orElseThrow();
        c.setPlannedEndTime(LocalTime.of(7, 0));
        assertThatThrownBy(() -> conferences.save(c)).isInstanceOf(UserMessageException.class)
                .hasMessageStartingWith("conference.error.plannedEnd");
    }

    @Test
    void theCurrentConferenceAndOneWithDecisionsCannotBeDeleted() {
        Conference current = conferences.current().orElseThrow();
        assertThatThrownBy(() -> conferences.delete(current)).isInstanceOf(UserMessageException.class)
                .hasMessageStartingWith("conference.error.deleteCurrent");
        Conference other = conferences.create("Hội nghị khác", LocalDate.of(2021, 1, 5), LocalTime.of(8, 0));
        conferences.makeCurrent(other);
        Conference demo = conferences.load(current.getId()).orElseThrow();
        assertThatThrownBy(() -> conferences.delete(demo)).isInstanceOf(UserMessageException.class)
                .hasMessageStartingWith("conference.error.inUse")
                .satisfies(e -> assertThat(((UserMessageException) e).getArguments()[1]).asList().contains(
                        new Translatable("conference.uses.decisions", 2L)));
    }

    @Test
    void aConferenceThatOnlyHasSeatingOrPrintsIsRefusedNamingThemNotBrokenByTheDatabase() {
        Conference other = conferences.create("Hội nghị khác", LocalDate.of(2021, 1, 5), LocalTime.of(8, 0));
        jdbc.update("insert into seating_attendee (version, conference_id, position, name) values (0, ?, 1, ?)",
                other.getId(), "Phóng viên Báo Bình An");
        jdbc.update("insert into print_log (version, printed_at, username, conference_id, scope, description, "
                + "print_mode, sheets) values (0, CURRENT_TIMESTAMP, 'print', ?, 'ALL', 'Giấy khen', 'FULL', 1)",
                other.getId());
        Conference stored = conferences.load(other.getId()).orElseThrow();
        assertThatThrownBy(() -> conferences.delete(stored)).isInstanceOf(UserMessageException.class)
                .hasMessageStartingWith("conference.error.inUse")
                .satisfies(e -> assertThat(((UserMessageException) e).getArguments()[1]).asList().containsExactly(
                        new Translatable("conference.uses.attendees", 1L),
                        new Translatable("conference.uses.prints", 1L)));
        assertThat(conferences.load(other.getId())).isPresent();
    }

    @Test
    void aConferenceWithoutDecisionsIsDeletedWithItsAgenda() {
        Conference created = conferences.create("Hội nghị thử", LocalDate.of(2021, 1, 5), LocalTime.of(8, 0));
        assertThat(conferences.partsDeletedWith(created)).extracting(Translatable::key)
                .containsExactly("conference.parts.agenda", "conference.parts.delegates");
        conferences.delete(created);
        assertThat(conferences.findAll()).hasSize(1);
    }
}
