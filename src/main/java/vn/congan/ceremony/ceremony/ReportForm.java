package vn.congan.ceremony.ceremony;

import java.util.ArrayList;
import java.util.List;
import vn.congan.ceremony.common.text.VietText;

/**
 * The parts of the ceremony report that Decree 30/2020/NĐ-CP fixes around its body: the number
 * suffix ("BC-CAT-PV01": report, department, drafting unit), who signs and in what capacity, and
 * the "Nơi nhận" list. Plain Java.
 *
 * @param numberSuffix   "BC-CAT-PV01"; the number itself is left blank for the clerk (văn thư)
 * @param capacityLines  "GIÁM ĐỐC", or "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC"
 * @param signerName     rank and full name, "Đại tá Nguyễn Thế Hùng"; null when nobody is set
 * @param recipients     the "Nơi nhận" lines, "- Ban Giám đốc (để b/c);" ... "- Lưu: VT, PV01."
 */
public record ReportForm(String numberSuffix, List<String> capacityLines, String signerName,
        List<String> recipients) {

    public ReportForm {
        capacityLines = List.copyOf(capacityLines);
        recipients = List.copyOf(recipients);
    }

    /**
     * The report of {@code department}, drafted by the unit with {@code organiserCode} ("PV01",
     * may be null), signed by the person with {@code signerPosition} ("Giám đốc Công an tỉnh",
     * "Phó Giám đốc") and {@code signerName}; {@code parentBody} ("Bộ Công an") is who the
     * Director reports to.
     */
    public static ReportForm of(String parentBody, String department, String organiserCode, String signerPosition,
            String signerName) {
        String code = VietText.cleanToNull(organiserCode);
        String body = bodyCode(department);
        String suffix = "BC" + (body == null ? "" : "-" + body) + (code == null ? "" : "-" + code);
        List<String> capacity = capacity(signerPosition);
        boolean director = capacity.size() == 1 && capacity.get(0).equals("GIÁM ĐỐC");
        List<String> recipients = new ArrayList<>();
        String parent = VietText.cleanToNull(parentBody);
        if (director && parent != null) {
            // the Director heads the Board: the report goes up to the parent body
            recipients.add("- " + parent + " (để b/c);");
        } else {
            recipients.add("- Ban Giám đốc (để b/c);");
        }
        recipients.add("- Lưu: VT" + (code == null ? "" : ", " + code) + ".");
        return new ReportForm(suffix, capacity, VietText.cleanToNull(signerName), recipients);
    }

    /** "CAT" for "Công an tỉnh ...", "CATP" for "Công an thành phố ..." (a city under the centre). */
    static String bodyCode(String department) {
        String folded = VietText.fold(department == null ? "" : department);
        if (folded.startsWith("cong an thanh pho")) {
            return "CATP";
        }
        if (folded.startsWith("cong an tinh")) {
            return "CAT";
        }
        return null;
    }

    /**
     * The capacity lines for a signer's position: a Director signs as "GIÁM ĐỐC", a deputy on
     * the Director's behalf ("KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC"); any other position is printed
     * as it is, in capitals. Without a position the Director's capacity is the default.
     */
    static List<String> capacity(String position) {
        String folded = VietText.fold(position == null ? "" : position);
        if (folded.isEmpty() || folded.startsWith("giam doc")) {
            return List.of("GIÁM ĐỐC");
        }
        if (folded.startsWith("pho giam doc")) {
            return List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        }
        return List.of(VietText.upper(position));
    }
}
