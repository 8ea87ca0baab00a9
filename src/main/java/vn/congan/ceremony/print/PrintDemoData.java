package vn.congan.ceremony.print;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.congan.ceremony.award.AwardDecision;
import vn.congan.ceremony.award.AwardDecisionService;
import vn.congan.ceremony.award.AwardForm;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.DemoDataContributor;
import vn.congan.ceremony.print.certificate.CertificateMode;

/**
 * Demo certificates: for every award form handed out at the demo conference (Giấy khen on A4,
 * Bằng khen on A3, both landscape) a default template in each mode, and two printer profiles.
 */
@Component
public class PrintDemoData implements DemoDataContributor {

    private final AwardDecisionService decisions;
    private final CertificateTemplateRepository templates;
    private final PrinterProfileRepository profiles;

    public PrintDemoData(AwardDecisionService decisions, CertificateTemplateRepository templates,
            PrinterProfileRepository profiles) {
        this.decisions = decisions;
        this.templates = templates;
        this.profiles = profiles;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public void contribute(Conference demoConference) {
        Set<AwardForm> forms = new LinkedHashSet<>();
        decisions.decisionsOf(demoConference).stream().map(AwardDecision::getForm).forEach(forms::add);
        for (AwardForm form : forms) {
            TemplatePaper paper = TemplatePaper.of(form.getDefaultPaper());
            for (CertificateMode mode : CertificateMode.values()) {
                CertificateTemplate template = CertificateTemplate.withDefaultDesign(form,
                        CertificateTemplateService.defaultName(form, mode, paper), mode, paper);
                template.setDefaultTemplate(true);
                // the place of the date line comes from the form's issuing body ("Hà Nội" for the Minister)
                templates.save(template);
            }
        }
        profiles.save(new PrinterProfile("Máy in không lệch (mặc định)"));
        PrinterProfile office = new PrinterProfile("HP LaserJet M404 - Phòng Hậu cần");
        office.setFrontX(1.5);
        office.setFrontY(-0.5);
        // the A3 tray feeds its sheets with its own error
        office.setA3FrontX(2.5);
        office.setA3FrontY(-1.0);
        office.setNote("Đo ngày 15/11/2020 trên phôi giấy khen A4 và phôi bằng khen A3");
        profiles.save(office);
    }
}
