package vn.congan.ceremony.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.Rank;
import vn.congan.ceremony.testsupport.AbstractSpringTest;

@Tag("db")
class DelegateServiceTest extends AbstractSpringTest {

    @Autowired
    DelegateService delegates;
    @Autowired
    ConferenceService conferences;
    @Autowired
    AgendaService agenda;
    @Autowired
    JdbcTemplate jdbc;

    Conference conference;

    @BeforeEach
    void currentConference() {
        conference = conferences.current().orElseThrow();
    }

    private List<String> names() {
        return delegates.delegates(conference).stream().map(Delegate::getFullName).toList();
    }

    private Delegate delegate(int index) {
        return delegates.delegates(conference).get(index);
    }

    @Test
    void theDemoDelegatesAreInPrecedenceOrderAndIntroducedSo() {
        assertThat(names()).containsExactly("Nguyễn Thế Hùng", "Hoàng Minh Tuấn", "Trần Quốc Bình", "Lê Văn Ước",
                "Phạm Thị Ánh", "Đỗ Thị Lan");
        // introduced in protocol order: the People's Committee's Vice-Chairman before the Director
        assertThat(delegates.introduction(conference).split("\n")[1]).isEqualTo(
                "Đồng chí Hoàng Minh Tuấn, Tỉnh ủy viên, Phó Chủ tịch Ủy ban nhân dân tỉnh Bình An.");
        assertThat(delegates.introduction(conference).split("\n")[2]).isEqualTo(
                "Đồng chí Đại tá Nguyễn Thế Hùng, Ủy viên Ban Thường vụ Đảng ủy, "
                        + "Bí thư Đảng ủy, Giám đốc Công an tỉnh.");
    }

    @Test
    void aPersonAndAGuestAreAddedAtTheEnd() {
        Person someone = conferences.findPeople("nguyen", 0, 1).get(0);
        delegates.addPerson(conference, someone, "Trưởng phòng");
        delegates.addGuest(conference, "Vũ  Văn Khải", Rank.THUONG_TA, "Phó Chỉ huy trưởng",
                "Bộ Chỉ huy Quân sự tỉnh");
        List<Delegate> list = delegates.delegates(conference);
        assertThat(list).hasSize(8);
        assertThat(list.get(6).getPerson().getId()).isEqualTo(someone.getId());
        assertThat(list.get(7).getRankAndName()).isEqualTo("Thượng tá Vũ Văn Khải");
        assertThat(list).extracting(Delegate::getPrecedence).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void aPersonIsADelegateOnlyOnce() {
        Person director = delegate(0).getPerson();
        assertThatThrownBy(() -> delegates.addPerson(conference, director, null))
                .isInstanceOf(UserMessageException.class).hasMessageStartingWith("delegate.error.duplicate");
    }

    @Test
    void aGuestNeedsAName() {
        assertThatThrownBy(() -> delegates.addGuest(conference, " ", null, null, null))
                .isInstanceOf(UserMessageException.class).hasMessageStartingWith("delegate.error.who");
    }

    @Test
    void moveFromToRenumbersThePrecedence() {
        delegates.move(conference, 5, 1);
        assertThat(names()).containsExactly("Nguyễn Thế Hùng", "Đỗ Thị Lan", "Hoàng Minh Tuấn", "Trần Quốc Bình",
                "Lê Văn Ước", "Phạm Thị Ánh");
        assertThat(delegates.delegates(conference)).extracting(Delegate::getPrecedence)
                .containsExactly(1, 2, 3, 4, 5, 6);
        // the Vice-Chairman is introduced before the Director: Đỗ Thị Lan comes third
        assertThat(delegates.introduction(conference).split("\n")[3]).contains("Đỗ Thị Lan");
    }

    @Test
    void upAndDownSwapNeighbours() {
        delegates.moveDown(delegate(0));
        assertThat(names()).startsWith("Hoàng Minh Tuấn", "Nguyễn Thế Hùng");
        delegates.moveUp(delegate(1));
        assertThat(names()).startsWith("Nguyễn Thế Hùng", "Hoàng Minh Tuấn");
        delegates.moveUp(delegate(0));
        assertThat(names().get(0)).isEqualTo("Nguyễn Thế Hùng");
    }

    @Test
    void aStaleEditIsRefusedAndNothingIsOverwritten() {
        Delegate mine = delegate(1);
        Delegate theirs = delegate(1);
        theirs.setTitleLine("Phó Chủ tịch Thường trực");
        delegates.update(theirs);
        mine.setTitleLine("Chủ tịch");
        assertThatThrownBy(() -> delegates.update(mine)).isInstanceOf(UserMessageException.class)
                .hasMessageStartingWith("error.concurrent");
        assertThat(delegate(1).getTitleLine()).isEqualTo("Phó Chủ tịch Thường trực");
    }

    @Test
    void aDelegateWhoLeadsAnAgendaItemCannotBeRemoved() {
        assertThatThrownBy(() -> delegates.remove(delegate(0))).isInstanceOf(UserMessageException.class)
                .hasMessageStartingWith("error.inUse");
        assertThat(names()).hasSize(6);
    }

    @Test
    void aDelegateWhoPresentsABatchCannotBeRemovedEvenWhenLeadingNoAgendaItem() {
        jdbc.update("update agenda_item set responsible_delegate_id = null");
        Long presenterId = jdbc.queryForObject("select min(presenter_delegate_id) from presentation_batch", Long.class);
        Delegate presenter = delegates.delegates(conference).stream().filter(d -> d.getId().equals(presenterId))
                .findFirst().orElseThrow();
        long batches = jdbc.queryForObject("select count(*) from presentation_batch where presenter_delegate_id = ?",
                Long.class, presenterId);
        assertThatThrownBy(() -> delegates.remove(presenter)).isInstanceOf(UserMessageException.class)
                .hasMessageStartingWith("error.inUse")
                .satisfies(e -> assertThat(((UserMessageException) e).getArguments()[1]).isEqualTo(batches));
        assertThat(names()).hasSize(6);
    }

    @Test
    void removingADelegateClosesTheGap() {
        delegates.remove(delegate(1));
        assertThat(names()).containsExactly("Nguyễn Thế Hùng", "Trần Quốc Bình", "Lê Văn Ước", "Phạm Thị Ánh",
                "Đỗ Thị Lan").doesNotContain("Hoàng Minh Tuấn");
        assertThat(delegates.delegates(conference)).extracting(Delegate::getPrecedence)
                .containsExactly(1, 2, 3, 4, 5);
    }
}
