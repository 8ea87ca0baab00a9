package vn.congan.ceremony.print;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.congan.ceremony.award.AwardForm;
import vn.congan.ceremony.common.jpa.AbstractEntity;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.print.certificate.CertificateLayout;
import vn.congan.ceremony.print.certificate.CertificateMode;
import vn.congan.ceremony.print.certificate.DefaultLayouts;
import vn.congan.ceremony.print.certificate.FieldBox;
import vn.congan.ceremony.print.certificate.FieldKey;

/**
 * A certificate design for one award form: paper, mode and one box per field. A form may have
 * several (A4 and A3, full and blank stock); the default one per mode is used when printing.
 */
@Entity
@Table(name = "certificate_template")
public class CertificateTemplate extends AbstractEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "award_form_id")
    private AwardForm form;

    /** The longest name and place the table holds (V6_1). */
    public static final int NAME_LENGTH = 200;
    public static final int PLACE_LENGTH = 100;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "print_mode", nullable = false)
    private CertificateMode mode = CertificateMode.FULL;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TemplatePaper paper = TemplatePaper.A4;

    /** The sheet as it lies: width > height for landscape. */
    @Column(name = "width_mm", nullable = false)
    private double widthMm;

    @Column(name = "height_mm", nullable = false)
    private double heightMm;

    /** The place in the date line when not the department's own ("Hà Nội" for the Minister). */
    @Column(name = "place_name", length = PLACE_LENGTH)
    private String placeName;

    @Column(name = "is_default", nullable = false)
    private boolean defaultTemplate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "certificate_template_field", joinColumns = @JoinColumn(name = "template_id"))
    private List<TemplateField> fields = new ArrayList<>();

    protected CertificateTemplate() {
    }

    /** A template with the portal's default design for {@code paper} in landscape. */
    public static CertificateTemplate withDefaultDesign(AwardForm form, String name, CertificateMode mode,
            TemplatePaper paper) {
        CertificateTemplate template = new CertificateTemplate();
        template.form = form;
        template.setName(name);
        template.mode = mode;
        template.paper = paper;
        template.widthMm = paper.longMm();
        template.heightMm = paper.shortMm();
        template.resetFields();
        return template;
    }

    /** Puts every box back to the default design for the current paper and mode. */
    public void resetFields() {
        CertificateLayout full = DefaultLayouts.of(name, widthMm, heightMm, CertificateMode.FULL);
        CertificateLayout own = DefaultLayouts.of(name, widthMm, heightMm, mode);
        fields.clear();
        for (FieldBox box : full.fields()) {
            fields.add(TemplateField.of(box, own.field(box.key()).isPresent()));
        }
    }

    /** What the renderer draws: the enabled boxes, top to bottom in the order of the fields. */
    public CertificateLayout toLayout() {
        List<FieldBox> boxes = fields.stream().filter(TemplateField::isEnabled)
                .sorted(Comparator.comparing(TemplateField::getKey)).map(TemplateField::toBox).toList();
        return new CertificateLayout(name, widthMm, heightMm, mode, boxes);
    }

    public TemplateField field(FieldKey key) {
        return fields.stream().filter(f -> f.getKey() == key).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No field " + key));
    }

    public AwardForm getForm() {
        return form;
    }

    public void setForm(AwardForm form) {
        this.form = form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = VietText.clean(name);
    }

    public CertificateMode getMode() {
        return mode;
    }

    public void setMode(CertificateMode mode) {
        this.mode = mode;
    }

    public TemplatePaper getPaper() {
        return paper;
    }

    /** A standard paper sets the size, keeping the orientation; CUSTOM keeps the current size. */
    public void setPaper(TemplatePaper paper) {
        this.paper = paper;
        if (paper != TemplatePaper.CUSTOM) {
            boolean landscape = isLandscape();
            resizeTo(landscape ? paper.longMm() : paper.shortMm(), landscape ? paper.shortMm() : paper.longMm());
        }
    }

    /** Turns the sheet between landscape and portrait, the boxes following. */
    public void setLandscape(boolean landscape) {
        if (landscape != isLandscape()) {
            resizeTo(heightMm, widthMm);
        }
    }

    /**
     * Changes the sheet size and carries the design along: every box and type size scaled by the
     * smaller of the two ratios and centred, so that nothing falls off the sheet.
     */
    public void resizeTo(double newWidthMm, double newHeightMm) {
        if (widthMm > 0 && heightMm > 0 && !fields.isEmpty()) {
            double factor = Math.min(newWidthMm / widthMm, newHeightMm / heightMm);
            double dx = (newWidthMm - widthMm * factor) / 2;
            double dy = (newHeightMm - heightMm * factor) / 2;
            for (TemplateField field : fields) {
                field.scale(factor, dx, dy);
            }
        }
        widthMm = newWidthMm;
        heightMm = newHeightMm;
    }

    public double getWidthMm() {
        return widthMm;
    }

    /** Only for a CUSTOM paper: the boxes follow the new size. */
    public void setWidthMm(double widthMm) {
        resizeTo(widthMm, heightMm);
    }

    public double getHeightMm() {
        return heightMm;
    }

    public void setHeightMm(double heightMm) {
        resizeTo(widthMm, heightMm);
    }

    public boolean isLandscape() {
        return widthMm >= heightMm;
    }

    public String getPlaceName() {
        return placeName;
    }

    public void setPlaceName(String placeName) {
        this.placeName = VietText.cleanToNull(placeName);
    }

    public boolean isDefaultTemplate() {
        return defaultTemplate;
    }

    public void setDefaultTemplate(boolean defaultTemplate) {
        this.defaultTemplate = defaultTemplate;
    }

    public List<TemplateField> getFields() {
        return fields;
    }

    @Override
    public String toString() {
        return name;
    }
}
