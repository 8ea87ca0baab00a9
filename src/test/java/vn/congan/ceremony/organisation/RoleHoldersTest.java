package vn.congan.ceremony.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleHoldersTest {

    private final Unit office = new Unit("Văn phòng Công an tỉnh", "PV01", 100);
    private final Unit crime = new Unit("Phòng Cảnh sát hình sự", "PC02", 200);
    private final Person officeHead = new Person("Huỳnh Minh Thắng", Rank.THUONG_TA, "Chánh Văn phòng", office);
    private final Person crimeHead = new Person("Vũ Diệu Thủy", Rank.THUONG_TA, "Trưởng phòng", crime);
    private final Person deputy1 = new Person("Trần Quốc Bình", Rank.DAI_TA, "Phó Giám đốc Công an tỉnh", null);
    private final Person deputy2 = new Person("Lê Văn Ước", Rank.THUONG_TA, "Phó Giám đốc Công an tỉnh", null);
    private final List<Person> people = List.of(officeHead, crimeHead, deputy1, deputy2);

    @Test
    void aRoleIsThePositionJoinedToTheUnitSayingTheSharedWordsOnce() {
        assertThat(RoleHolders.fullTitle("Chánh Văn phòng", "Văn phòng Công an tỉnh"))
                .isEqualTo("Chánh Văn phòng Công an tỉnh");
        assertThat(RoleHolders.fullTitle("Trưởng phòng", "Phòng Cảnh sát hình sự"))
                .isEqualTo("Trưởng phòng Cảnh sát hình sự");
        assertThat(RoleHolders.fullTitle("Đội trưởng", "Đội Tham mưu")).isEqualTo("Đội trưởng Đội Tham mưu");
    }

    @Test
    void theOnePersonHoldingARoleIsFoundWhateverTheMarksOrCase() {
        assertThat(RoleHolders.holder("Chánh Văn phòng Công an tỉnh", people)).contains(officeHead);
        assertThat(RoleHolders.holder("chánh văn phòng  công an tỉnh", people)).contains(officeHead);
        assertThat(RoleHolders.holder("Trưởng phòng Cảnh sát hình sự", people)).contains(crimeHead);
    }

    @Test
    void aRoleHeldBySeveralOrByNoOneNamesNobody() {
        assertThat(RoleHolders.holder("Phó Giám đốc Công an tỉnh", people)).isEmpty();
        assertThat(RoleHolders.holder("Giám đốc Công an tỉnh", people)).isEmpty();
        assertThat(RoleHolders.holder(" ", people)).isEmpty();
    }

    @Test
    void oneIndexAnswersEveryRoleAsTheSingleLookUpDoes() {
        RoleHolders.Index<Person> index = RoleHolders.index(people);
        assertThat(index.holder("Chánh Văn phòng Công an tỉnh")).contains(officeHead);
        assertThat(index.holder("Chánh Văn phòng")).contains(officeHead); // the position alone
        assertThat(index.holder("TRƯỞNG PHÒNG CẢNH SÁT HÌNH SỰ")).contains(crimeHead);
        assertThat(index.holder("Phó Giám đốc Công an tỉnh")).isEmpty(); // two hold it
        assertThat(index.holder("Giám đốc Công an tỉnh")).isEmpty();
        assertThat(index.holder("")).isEmpty();
        // a person whose position already reads as the whole role is counted once, not twice
        Person director = new Person("Nguyễn Thế Hùng", Rank.DAI_TA, "Giám đốc Công an tỉnh", office);
        assertThat(RoleHolders.index(List.of(director)).holder("Giám đốc Công an tỉnh")).contains(director);
    }

    @Test
    void theColumnsOfThePeopleAnswerAsThePeopleDo() {
        List<PositionHolder> holders = List.of(
                new PositionHolder(1, Rank.THUONG_TA, "Huỳnh Minh Thắng", "Chánh Văn phòng", "Văn phòng Công an tỉnh"),
                new PositionHolder(2, Rank.THUONG_TA, "Vũ Diệu Thủy", "Trưởng phòng", "Phòng Cảnh sát hình sự"),
                new PositionHolder(3, Rank.DAI_TA, "Trần Quốc Bình", "Phó Giám đốc Công an tỉnh", null),
                new PositionHolder(4, Rank.THUONG_TA, "Lê Văn Ước", "Phó Giám đốc Công an tỉnh", null));
        RoleHolders.Index<PositionHolder> index = new RoleHolders.Index<>(holders, PositionHolder::position,
                PositionHolder::unitName);
        for (String role : List.of("Chánh Văn phòng Công an tỉnh", "Chánh Văn phòng", "TRƯỞNG PHÒNG CẢNH SÁT HÌNH SỰ",
                "Phó Giám đốc Công an tỉnh", "Giám đốc Công an tỉnh", "")) {
            assertThat(index.holder(role).map(PositionHolder::fullName))
                    .as(role).isEqualTo(RoleHolders.holder(role, people).map(Person::getFullName));
        }
        assertThat(index.holder("Trưởng phòng Cảnh sát hình sự")).contains(holders.get(1));
    }
}
