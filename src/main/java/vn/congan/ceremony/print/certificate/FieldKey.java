package vn.congan.ceremony.print.certificate;

import java.util.function.Function;
import vn.congan.ceremony.common.text.DateLine;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.common.pdf.OfficialDocument;

/** The parts of a certificate, top to bottom, each printed in its own box. */
public enum FieldKey {
    NATIONAL_NAME(d -> OfficialDocument.NATIONAL_NAME),
    MOTTO(d -> OfficialDocument.MOTTO),
    AUTHORITY(d -> VietText.upper(d.authority())),
    GIVES(d -> "TẶNG"),
    TITLE(d -> VietText.upper(d.formTitle())),
    RECIPIENT(CertificateData::recipient),
    RECIPIENT_DETAIL(CertificateData::recipientDetail),
    ACHIEVEMENT(CertificateData::achievement),
    DECISION(CertificateData::decisionNumber),
    REGISTER(CertificateData::registerNumber),
    DATE_LINE(d -> d.decisionDate() == null ? "" : DateLine.placeAndDate(d.place(), d.decisionDate())),
    SIGNER_CAPACITY(d -> String.join("\n", d.signerCapacity().stream().map(VietText::upper).toList())),
    SIGNER_NAME(CertificateData::signerName);

    private final Function<CertificateData, String> value;

    FieldKey(Function<CertificateData, String> value) {
        this.value = value;
    }

    /** The i18n key of the field's name as the template editor shows it ("Người, đơn vị nhận"). */
    public String labelKey() {
        return "print.field." + name();
    }

    /** The field's text for {@code data}; never null, "\n" separates forced lines. */
    public String value(CertificateData data) {
        String text = value.apply(data);
        return text == null ? "" : text.strip();
    }
}
