package vn.congan.ceremony.print;

import java.util.ArrayList;
import java.util.List;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.award.AwardDecision;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.print.certificate.CertificateData;

/** What an award's certificate says, from the award, its decision and form, and the place. */
public final class CertificateDataFactory {

    private CertificateDataFactory() {
    }

    public static CertificateData from(Award award, String place) {
        AwardDecision decision = award.getDecision();
        String recipient;
        String detail = "";
        if (award.isCollective()) {
            recipient = award.getUnit().getName();
        } else {
            Person person = award.getPerson();
            recipient = person.getRankAndName();
            List<String> parts = new ArrayList<>();
            if (person.getPosition() != null) {
                parts.add(person.getPosition());
            }
            if (person.getUnit() != null) {
                parts.add(person.getUnit().getName());
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
