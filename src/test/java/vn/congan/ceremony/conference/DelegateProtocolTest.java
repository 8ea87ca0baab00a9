package vn.congan.ceremony.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.Rank;

class DelegateProtocolTest {

    private final Conference conference = new Conference("Hội nghị", LocalDate.of(2020, 11, 20), LocalTime.of(8, 0));
    private final Person directorPerson = person(1L, "Nguyễn Thế Hùng", "Giám đốc Công an tỉnh");
    private final Delegate minister = Delegate.guest(conference, "Lê Quốc Hùng", Rank.THUONG_TUONG, "Thứ trưởng",
            "Bộ Công an", 1);
    private final Delegate director = Delegate.ofPerson(conference, directorPerson, null, 2);
    private final Delegate deputy = Delegate.ofPerson(conference, person(2L, "Trần Quốc Bình", "Phó Giám đốc"), null,
            3);
    private final Delegate viceChairman = Delegate.guest(conference, "Hoàng Minh Tuấn", Rank.NONE,
            "Tỉnh ủy viên, Phó Chủ tịch", "Ủy ban nhân dân tỉnh Bình An", 4);
    private final Delegate partySecretary = Delegate.guest(conference, "Phan Văn Sơn", Rank.NONE,
            "Phó Bí thư Tỉnh ủy", null, 5);
    private final Delegate otherGuest = Delegate.guest(conference, "Đỗ Thị Lan", Rank.NONE,
            "Trưởng Ban Thi đua - Khen thưởng", "Sở Nội vụ tỉnh Bình An", 6);

    private static Person person(long id, String name, String position) {
        Person p = new Person(name, Rank.DAI_TA, position, null);
        ReflectionTestUtils.setField(p, "id", id);
        return p;
    }

    @Test
    void localGovernmentGuestsAreRecognisedByTheirBody() {
        assertThat(DelegateProtocol.isLocalGovernment(viceChairman)).isTrue();
        assertThat(DelegateProtocol.isLocalGovernment(partySecretary)).isTrue();
        assertThat(DelegateProtocol.isLocalGovernment(Delegate.guest(conference, "A", Rank.NONE, "Chủ tịch",
                "UBND tỉnh", 1))).isTrue();
        assertThat(DelegateProtocol.isLocalGovernment(otherGuest)).isFalse();
        assertThat(DelegateProtocol.isLocalGovernment(minister)).isFalse();
        assertThat(DelegateProtocol.isLocalGovernment(director)).isFalse();
    }

    @Test
    void beforeTheDirectorTheyStandRightBeforeHimInTheirOwnOrder() {
        List<Delegate> order = DelegateProtocol.order(
                List.of(minister, director, deputy, viceChairman, partySecretary, otherGuest), true, directorPerson);
        assertThat(order).containsExactly(minister, viceChairman, partySecretary, director, deputy, otherGuest);
    }

    @Test
    void afterTheDirectorTheyStayWhereTheOrganizerPutThemOrComeRightAfterHim() {
        assertThat(DelegateProtocol.order(List.of(minister, director, deputy, viceChairman, otherGuest), false,
                directorPerson)).containsExactly(minister, director, deputy, viceChairman, otherGuest);
        assertThat(DelegateProtocol.order(List.of(viceChairman, director, deputy, otherGuest), false, directorPerson))
                .containsExactly(director, viceChairman, deputy, otherGuest);
    }

    @Test
    void withoutTheChairAmongTheDelegatesTheFirstOfTheDepartmentStandsForTheDirector() {
        assertThat(DelegateProtocol.order(List.of(director, deputy, viceChairman), true, null))
                .containsExactly(viceChairman, director, deputy);
        assertThat(DelegateProtocol.order(List.of(viceChairman, otherGuest), true, null))
                .containsExactly(viceChairman, otherGuest);
    }
}
