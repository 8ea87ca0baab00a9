package vn.congan.ceremony.print;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.award.AwardForm;
import vn.congan.ceremony.award.AwardDecisionService;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.print.certificate.CertificateLayout;
import vn.congan.ceremony.print.certificate.CertificateMode;
import vn.congan.ceremony.print.certificate.FieldBox;

/** Certificate templates per award form: edit, check, save, and pick the one a print job uses. */
@Service
public class CertificateTemplateService {

    private final CertificateTemplateRepository templates;
    private final AwardDecisionService awards;

    public CertificateTemplateService(CertificateTemplateRepository templates, AwardDecisionService awards) {
        this.templates = templates;
        this.awards = awards;
    }

    @Transactional(readOnly = true)
    public List<CertificateTemplate> findAll() {
        return templates.findAllInFormOrder();
    }

    @Transactional(readOnly = true)
    public List<AwardForm> forms() {
        return awards.forms();
    }

    /** An unsaved template with the default design for the form's usual paper. */
    public CertificateTemplate newTemplate(AwardForm form, CertificateMode mode) {
        TemplatePaper paper = TemplatePaper.of(form.getDefaultPaper());
        return CertificateTemplate.withDefaultDesign(form, defaultName(form, mode, paper), mode, paper);
    }

    /** "Giấy khen A4 - in toàn bộ" / "Bằng khen A3 - in trên phôi". */
    public static String defaultName(AwardForm form, CertificateMode mode, TemplatePaper paper) {
        String title = VietText.clean(form.getTitle().charAt(0) + form.getTitle().substring(1).toLowerCase(
                Locale.forLanguageTag("vi")));
        return title + " " + paper.name() + (mode == CertificateMode.FULL ? " - in toàn bộ" : " - in trên phôi");
    }

    /**
     * Saves after checking that the renderer can draw it and that every box lies on the sheet;
     * a default template stops the form's other templates of the same mode from being default.
     */
    @Transactional
    public CertificateTemplate save(CertificateTemplate template) {
        if (template.getName() == null || template.getName().isEmpty()) {
            throw new UserMessageException("print.template.error.name");
        }
        CertificateLayout layout = layoutOf(template);
        for (FieldBox box : layout.fields()) {
            if (box.x() < 0 || box.y() < 0 || box.x() + box.width() > layout.widthMm() + 0.01
                    || box.y() + box.height() > layout.heightMm() + 0.01) {
                throw new UserMessageException("print.template.error.outside",
                        UserMessageException.translated(box.key().labelKey()));
            }
        }
        boolean duplicate = templates.findByFormAndMode(template.getForm(), template.getMode()).stream()
                .anyMatch(t -> !t.getId().equals(template.getId()) && t.getName().equals(template.getName()))
                || templates.findByFormAndMode(template.getForm(), other(template.getMode())).stream()
                        .anyMatch(t -> !t.getId().equals(template.getId()) && t.getName().equals(template.getName()));
        if (duplicate) {
            throw new UserMessageException("print.template.error.duplicate", template.getName());
        }
        if (template.isDefaultTemplate()) {
            templates.findByFormAndMode(template.getForm(), template.getMode()).stream()
                    .filter(t -> !t.getId().equals(template.getId()) && t.isDefaultTemplate())
                    .forEach(t -> t.setDefaultTemplate(false));
        }
        return templates.save(template);
    }

    @Transactional
    public void delete(CertificateTemplate template) {
        templates.findById(template.getId()).ifPresent(templates::delete);
    }

    /**
     * The template a print job uses for {@code form} in {@code mode}: the default one, else the
     * first, else the portal's default design on the form's usual paper (not saved).
     */
    @Transactional(readOnly = true)
    public CertificateTemplate templateFor(AwardForm form, CertificateMode mode) {
        List<CertificateTemplate> candidates = templates.findByFormAndMode(form, mode);
        return candidates.stream().filter(CertificateTemplate::isDefaultTemplate).findFirst()
                .orElse(candidates.isEmpty() ? newTemplate(form, mode) : candidates.get(0));
    }

    /**
     * The layout, or the reason the renderer would refuse it as a message for the user; a box it
     * cannot draw is refused by {@link FieldBox} itself, naming the field.
     */
    public static CertificateLayout layoutOf(CertificateTemplate template) {
        try {
            return template.toLayout();
        } catch (IllegalArgumentException e) {
            throw new UserMessageException("print.template.error.invalid", e.getMessage());
        }
    }

    private static CertificateMode other(CertificateMode mode) {
        return mode == CertificateMode.FULL ? CertificateMode.BLANK_STOCK : CertificateMode.FULL;
    }
}
