package vn.congan.ceremony.award;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.organisation.OrgSettings;
import vn.congan.ceremony.organisation.OrganisationService;

/**
 * A decision's recipient list as .xlsx and as the PDF appendix, under the header of the body
 * that issued the decision. Recipients come in the domain order (collectives by the unit's
 * official order, then individuals by unit order, rank, position and name) unless the decision
 * keeps the order of its signed list; above the department a unit is named with the department.
 */
@Service
public class RecipientListExport {

    private final AwardDecisionService decisions;
    private final AwardRepository awards;
    private final OrganisationService organisation;

    public RecipientListExport(AwardDecisionService decisions, AwardRepository awards,
            OrganisationService organisation) {
        this.decisions = decisions;
        this.awards = awards;
        this.organisation = organisation;
    }

    @Transactional(readOnly = true)
    public RecipientListDocument document(Long decisionId) {
        AwardDecision decision = decisions.decision(decisionId);
        OrgSettings org = organisation.settings().orElse(null);
        IssuingBody body = decision.getForm().issuingBody(org);
        String department = org == null ? null : org.getDepartmentName();
        List<Award> listed = awards.findByDecisionWithRecipients(decision);
        List<Award> ordered = PrintedListOrder.of(decision, listed);
        List<RecipientRow> rows = ordered.stream().map(RecipientRow::of)
                .map(r -> r.withUnitNames(unit -> body.unitName(unit, department))).toList();
        return new RecipientListDocument(body.parentBody(), body.name(), decision.getForm().getName(),
                decision.getNumber(), decision.getDate(), rows);
    }

    @Transactional(readOnly = true)
    public byte[] xlsx(Long decisionId) {
        return RecipientListWorkbook.write(document(decisionId));
    }

    @Transactional(readOnly = true)
    public byte[] pdf(Long decisionId) {
        return RecipientListPdf.render(document(decisionId));
    }

    /** "danh-sach-1234-QD-CAT-PV01" for the downloaded file's name. */
    public static String fileName(String decisionNumber, String extension) {
        String ascii = VietText.fold(decisionNumber).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "danh-sach-" + ascii + "." + extension;
    }
}
