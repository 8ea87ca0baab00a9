package vn.congan.ceremony.conference;

import java.util.ArrayList;
import java.util.List;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.organisation.Rank;
import vn.congan.ceremony.organisation.RoleHolders;

/**
 * What the MC reads to introduce the delegates, in precedence order: the opening "Về dự hội
 * nghị hôm nay, chúng tôi xin trân trọng giới thiệu:", then one line per delegate, "Đồng chí
 * Đại tá Nguyễn Thế Hùng, Ủy viên Ban Thường vụ Đảng ủy, Bí thư Đảng ủy, Giám đốc Công an
 * tỉnh." (the opening already says "xin trân trọng giới thiệu"), then a closing sentence for
 * everyone else present. The MC script reuses {@link #addressWithTitle(Delegate)}.
 */
public final class DelegateIntroduction {

    public static final String OPENING = "Về dự hội nghị hôm nay, chúng tôi xin trân trọng giới thiệu:";
    public static final String CLOSING = "Cùng toàn thể các đồng chí đại biểu, các đồng chí cán bộ, chiến sĩ "
            + "đại diện cho các đơn vị được khen thưởng về dự hội nghị.";

    private DelegateIntroduction() {
    }

    /**
     * "đồng chí Đại tá Nguyễn Thế Hùng, Ủy viên Ban Thường vụ Đảng ủy, Bí thư Đảng ủy, Giám đốc
     * Công an tỉnh": the form of address, rank and name, then the title line (or, lacking one,
     * the person's position), followed by the guest's organisation when the title line does
     * not already name it.
     */
    public static String addressWithTitle(Delegate delegate) {
        String address = Rank.address(delegate.getRank(), delegate.getFullName());
        String title = titleOf(delegate);
        return title == null ? address : address + ", " + title;
    }

    /** One line per delegate, "Đồng chí ...", in the order given (the caller sorts by precedence). */
    public static List<String> sentences(List<Delegate> delegatesByPrecedence) {
        List<String> sentences = new ArrayList<>(delegatesByPrecedence.size());
        for (Delegate delegate : delegatesByPrecedence) {
            String address = addressWithTitle(delegate);
            sentences.add(Character.toUpperCase(address.charAt(0)) + address.substring(1) + ".");
        }
        return sentences;
    }

    /** The whole text as the MC reads it, one line per sentence; empty without delegates. */
    public static String text(List<Delegate> delegatesByPrecedence) {
        if (delegatesByPrecedence.isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        lines.add(OPENING);
        lines.addAll(sentences(delegatesByPrecedence));
        lines.add(CLOSING);
        return String.join("\n", lines);
    }

    private static String titleOf(Delegate delegate) {
        String title = VietText.cleanToNull(delegate.getTitleLine());
        if (title == null && delegate.getPerson() != null) {
            title = VietText.cleanToNull(delegate.getPerson().getPosition());
        }
        String organisation = VietText.cleanToNull(delegate.getOrganisation());
        if (organisation == null) {
            return title;
        }
        if (title == null) {
            return organisation;
        }
        // "Phó Chủ tịch Ủy ban nhân dân tỉnh" of "Ủy ban nhân dân tỉnh Bình An": the shared words once
        return VietText.fold(title).contains(VietText.fold(organisation)) ? title
                : RoleHolders.fullTitle(title, organisation);
    }
}
