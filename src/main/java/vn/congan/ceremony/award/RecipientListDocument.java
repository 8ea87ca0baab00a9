package vn.congan.ceremony.award;

import java.time.LocalDate;
import java.util.List;
import vn.congan.ceremony.common.text.DateLine;
import vn.congan.ceremony.common.text.VietText;

/**
 * The recipient list appended to a decision, as both exports print it: the body that issued the
 * decision (its parent body, or null), "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG ...", "(Kèm theo
 * Quyết định số ... ngày ...)" and the collectives then the individuals, in the order and with the
 * unit names {@link RecipientListExport} gives them.
 */
public record RecipientListDocument(String parentBody, String issuingBody, String formName, String decisionNumber,
        LocalDate decisionDate, List<RecipientRow> recipients) {

    public RecipientListDocument {
        recipients = List.copyOf(recipients);
    }

    public List<RecipientRow> collectives() {
        return recipients.stream().filter(RecipientRow::isCollective).toList();
    }

    public List<RecipientRow> individuals() {
        return recipients.stream().filter(r -> !r.isCollective()).toList();
    }

    /** "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN CỦA GIÁM ĐỐC CÔNG AN TỈNH". */
    public String title() {
        boolean units = !collectives().isEmpty();
        boolean people = !individuals().isEmpty();
        String who = units && people ? "TẬP THỂ, CÁ NHÂN" : units ? "TẬP THỂ" : "CÁ NHÂN";
        return "DANH SÁCH " + who + " ĐƯỢC TẶNG " + VietText.upper(formName);
    }

    /** "(Kèm theo Quyết định số 1234/QĐ-CAT-PV01 ngày 10 tháng 11 năm 2020)". */
    public String reference() {
        return "(Kèm theo Quyết định số " + decisionNumber + " " + DateLine.date(decisionDate) + ")";
    }

    /** "Tổng cộng: 38 tập thể, 96 cá nhân". */
    public String total() {
        return "Tổng cộng: " + collectives().size() + " tập thể, " + individuals().size() + " cá nhân";
    }
}
