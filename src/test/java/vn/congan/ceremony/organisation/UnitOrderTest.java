package vn.congan.ceremony.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.common.text.VietText;

class UnitOrderTest {

    private final Unit office = new Unit("Văn phòng Công an tỉnh", "PV01", 100);
    private final Unit pc02 = new Unit("Phòng Cảnh sát hình sự", "PC02", 200);
    private final Unit team = child("Đội Điều tra tổng hợp - Phòng Cảnh sát hình sự", pc02, 201);
    private final Unit district = new Unit("Công an huyện An Lạc", "CAH-AL", 300);
    private final Unit commune = child("Công an xã Ấp Bắc - Công an huyện An Lạc", district, 50);

    @Test
    void aSubUnitFollowsItsParentWhateverItsStoredNumber() {
        assertThat(UnitOrder.tree(List.of(commune, district, team, office, pc02)))
                .containsExactly(office, pc02, team, district, commune);
    }

    @Test
    void aUnitMovesAmongItsLevelWithItsSubUnits() {
        List<Unit> moved = UnitOrder.move(all(), pc02, -1);
        assertThat(moved).containsExactly(pc02, team, office, district, commune);
        assertThat(moved).extracting(Unit::getOfficialOrder).containsExactly(10, 20, 30, 40, 50);

        assertThat(UnitOrder.move(moved, pc02, 1)).containsExactly(office, pc02, team, district, commune);
        // an only child and the last unit of a level stay put
        assertThat(UnitOrder.move(all(), team, 1)).containsExactly(office, pc02, team, district, commune);
        assertThat(UnitOrder.move(all(), district, 1)).containsExactly(office, pc02, team, district, commune);
        assertThat(UnitOrder.move(all(), office, -1)).containsExactly(office, pc02, team, district, commune);
        assertThat(UnitOrder.move(all(), office, 1)).containsExactly(pc02, team, office, district, commune);
    }

    @Test
    void aNewSubUnitGoesLastUnderItsParentAndANewUnitLastOfAll() {
        Unit second = child("Đội Trọng án - Phòng Cảnh sát hình sự", pc02, 0);
        List<Unit> units = new ArrayList<>(all());
        units.add(second);
        List<Unit> ordered = UnitOrder.insert(units, second);
        assertThat(ordered).containsExactly(office, pc02, team, second, district, commune);
        assertThat(ordered).extracting(Unit::getOfficialOrder).isSorted().doesNotHaveDuplicates();

        Unit last = new Unit("Phòng Hậu cần", "PH10", 0);
        ordered.add(last);
        assertThat(UnitOrder.insert(ordered, last)).last().isEqualTo(last);
    }

    @Test
    void officesWriteASubUnitWithItsParentInThreeWays() {
        Function<String, Optional<Unit>> known = text ->
                VietText.fold(text).equals("phong canh sat hinh su")
                        ? Optional.of(pc02) : Optional.empty();
        for (String written : List.of("Đội Trọng án, Phòng Cảnh sát hình sự", "Đội Trọng án - Phòng Cảnh sát hình sự",
                "Đội Trọng án – phòng cảnh sát hình sự", "Đội Trọng án thuộc Phòng Cảnh sát hình sự")) {
            assertThat(SubUnitReference.parse(written, known)).as(written).hasValueSatisfying(ref -> {
                assertThat(ref.child()).isEqualTo("Đội Trọng án");
                assertThat(ref.name()).isEqualTo("Đội Trọng án - Phòng Cảnh sát hình sự");
            });
        }
        // an unknown parent, or a first part that is no sub-unit, is no sub-unit reference
        assertThat(SubUnitReference.parse("Đội Trọng án, Phòng Không có", known)).isEmpty();
        assertThat(SubUnitReference.parse("Nguyễn Văn An, Phòng Cảnh sát hình sự", known)).isEmpty();
        assertThat(SubUnitReference.parse("Phòng Cảnh sát hình sự", known)).isEmpty();
    }

    private List<Unit> all() {
        return List.of(office, pc02, team, district, commune);
    }

    private static Unit child(String name, Unit parent, int order) {
        Unit unit = new Unit(name, null, order);
        unit.setParent(parent);
        return unit;
    }
}
