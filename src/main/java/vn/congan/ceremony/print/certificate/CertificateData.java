package vn.congan.ceremony.print.certificate;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything that varies from one certificate to the next, as printed. Built from an award,
 * its decision and the organisation settings; the layout decides where each part goes.
 *
 * @param authority       "GIÁM ĐỐC CÔNG AN TỈNH BÌNH AN"
 * @param formTitle       "GIẤY KHEN"
 * @param recipient       a unit's full name, or rank + full name of a person
 * @param recipientDetail position and unit of a person; empty for a collective
 * @param registerNumber  "Số vào sổ"; empty until assigned
 * @param place           the place written in the date line
 * @param signerCapacity  "GIÁM ĐỐC", or "KT. BỘ TRƯỞNG" over "THỨ TRƯỞNG"
 * @param signerName      "Đại tá Nguyễn Thế Hùng"
 */
public record CertificateData(String authority, String formTitle, String recipient, String recipientDetail,
        String achievement, String decisionNumber, LocalDate decisionDate, String registerNumber, String place,
        List<String> signerCapacity, String signerName) {

    public CertificateData {
        signerCapacity = List.copyOf(signerCapacity);
    }

    /** The same certificate with its register number. */
    public CertificateData withRegisterNumber(String number) {
        return new CertificateData(authority, formTitle, recipient, recipientDetail, achievement, decisionNumber,
                decisionDate, number, place, signerCapacity, signerName);
    }
}
