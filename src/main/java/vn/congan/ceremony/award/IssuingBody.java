package vn.congan.ceremony.award;

import vn.congan.ceremony.common.text.VietText;

/**
 * The body that issues a decision and its appendix, as Decree 30/2020/NĐ-CP prints it at the top
 * left: its parent body when it has one ("BỘ CÔNG AN" above "CÔNG AN TỈNH BÌNH AN"), the body
 * itself, the place of its date line ("Hà Nội") and the suffix of its decision numbers
 * ("QĐ-BCA-X01"). {@code departmentLevel} says whether the body is the department itself: a
 * body above it names a recipient's unit together with the department.
 */
public record IssuingBody(String parentBody, String name, String place, String numberSuffix,
        boolean departmentLevel) {

    public IssuingBody {
        parentBody = VietText.cleanToNull(VietText.upper(parentBody));
        name = VietText.upper(name);
        place = VietText.cleanToNull(place);
        numberSuffix = VietText.cleanToNull(numberSuffix);
    }

    /**
     * "Phòng Cảnh sát hình sự, Công an tỉnh Bình An" above the department, where the bare unit
     * name is ambiguous; the bare name at the department's own level.
     */
    public String unitName(String unit, String department) {
        String bare = VietText.cleanToNull(unit);
        String dept = VietText.cleanToNull(department);
        if (departmentLevel || bare == null || dept == null || VietText.fold(bare).endsWith(VietText.fold(dept))) {
            return bare;
        }
        return bare + ", " + dept;
    }
}
