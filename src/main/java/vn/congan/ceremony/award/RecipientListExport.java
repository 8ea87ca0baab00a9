package vn.congan.ceremony.award;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.organisation.OrgSettings;
import vn.congan.ceremony.organisation.OrgSettingsRepository;

/** A decision's recipient list as .xlsx and as the PDF appendix. */
@Service
public class RecipientListExport {

    private final AwardDecisionService decisions;
    private final OrgSettingsRepository settings;

    public RecipientListExport(AwardDecisionService decisions, OrgSettingsRepository settings) {
        this.decisions = decisions;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public RecipientListDocument document(Long decisionId) {
        AwardDecision decision = decisions.decision(decisionId);
        OrgSettings org = settings.findFirstByOrderByIdAsc().orElse(new OrgSettings("", "", ""));
        return new RecipientListDocument(org.getParentBody(), org.getDepartmentName(), decision.getForm().getName(),
                decision.getNumber(), decision.getDate(), decisions.allRecipients(decisionId));
    }

    public byte[] xlsx(Long decisionId) {
        return RecipientListWorkbook.write(document(decisionId));
    }

    public byte[] pdf(Long decisionId) {
        return RecipientListPdf.render(document(decisionId));
    }

    /** "danh-sach-1234-QD-CAT-PV01" for the downloaded file's name. */
    public static String fileName(String decisionNumber, String extension) {
        String ascii = vn.congan.ceremony.common.text.VietText.fold(decisionNumber).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "danh-sach-" + ascii + "." + extension;
    }
}
