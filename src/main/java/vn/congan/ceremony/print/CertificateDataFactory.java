package vn.congan.ceremony.print;

import java.util.ArrayList;
import java.util.List;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.award.AwardDecision;
import vn.congan.ceremony.award.IssuingBody;
import vn.congan.ceremony.organisation.OrgSettings;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.print.certificate.CertificateData;

/**
 * What an award's certificate says, from the award, its decision and form, and the organisation.
 * Above the department (a Minister's, the Prime Minister's Bằng khen) a recipient's unit carries
 * the department's name, since "Phòng Cảnh sát hình sự" alone is ambiguous at national level.
 */
public final class CertificateDataFactory {

    private CertificateDataFactory() {
    }

    /**
     * {@code templatePlace} is the template's own place, or null for the issuing body's (the
     * organisation's place for a form that names none); {@code org} may be null.
     */
    public static CertificateData from(Award award, String templatePlace, OrgSettings org) {
        AwardDecision decision = award.getDecision();
        IssuingBody body = decision.getForm().issuingBody(org);
        String department = org == null ? null : org.getDepartmentName();
        String place = templatePlace != null ? templatePlace : body.place() == null ? "" : body.place();
        String recipient;
        String detail = "";
        if (award.isCollective()) {
            recipient = body.unitName(award.getUnit().getName(), department);
        } else {
            Person person = award.getPerson();
            recipient = person.getRankAndName();
            List<String> parts = new ArrayList<>();
            if (person.getPosition() != null) {
                parts.add(person.getPosition());
            }
            if (person.getUnit() != null) {
                parts.add(body.unitName(person.getUnit().getName(), department));
            }
            detail = String.join(", ", parts);
        }
        String achievement = award.effectiveAchievement();
        return new CertificateData(decision.getForm().getAuthorityLine(), decision.getForm().getTitle(), recipient,
                detail, achievement == null ? "" : achievement, decision.getNumber(), decision.getDate(),
                award.getRegisterNumber(), place, decision.signatureCapacityLines(), decision.signerRankAndName());
    }

    /** "Thượng úy Nguyễn Văn An (1234/QĐ-CAT-PV01)": how a sheet is named in warnings. */
    public static String label(Award award, CertificateData data) {
        return data.recipient() + " (" + award.getDecision().getNumber() + ")";
    }
}
