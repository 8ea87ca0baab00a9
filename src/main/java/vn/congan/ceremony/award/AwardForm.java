package vn.congan.ceremony.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.congan.ceremony.common.jpa.AbstractEntity;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.common.jpa.ShownLive;
import vn.congan.ceremony.organisation.OrgSettings;

/**
 * An award form (hình thức khen thưởng), e.g. "Bằng khen của Bộ trưởng Bộ Công an".
 * A lower precedence number is higher: a ceremony hands out the highest first.
 */
@Entity
@ShownLive
@Table(name = "award_form")
public class AwardForm extends AbstractEntity {

    @Column(nullable = false)
    private String name;

    /** The title printed in large capitals: "BẰNG KHEN", "GIẤY KHEN". */
    @Column(nullable = false)
    private String title;

    /** The awarding authority as printed: "BỘ TRƯỞNG BỘ CÔNG AN". */
    @Column(name = "authority_line", nullable = false)
    private String authorityLine;

    @Column(nullable = false)
    private int precedence;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_paper", nullable = false)
    private PaperSize defaultPaper = PaperSize.A4;

    /** The body that issues this form's decisions, as their header prints it: "BỘ CÔNG AN". */
    @Column(name = "issuing_body", nullable = false)
    private String issuingBody;

    /** The issuing body's parent, printed above it ("BỘ CÔNG AN" above "CÔNG AN TỈNH ..."); null for none. */
    @Column(name = "issuing_parent_body")
    private String issuingParentBody;

    /** The place of the issuing body's date lines ("Hà Nội"); null for the place of the organisation settings. */
    @Column(name = "issuing_place")
    private String issuingPlace;

    /** The suffix of the issuing body's decision numbers: "QĐ-BCA-X01". */
    @Column(name = "number_suffix")
    private String numberSuffix;

    protected AwardForm() {
    }

    /** A form issued by the body its authority line names; {@link #setIssuingBody} says otherwise. */
    public AwardForm(String name, String title, String authorityLine, int precedence, PaperSize defaultPaper) {
        setName(name);
        setTitle(title);
        setAuthorityLine(authorityLine);
        this.precedence = precedence;
        this.defaultPaper = defaultPaper;
        this.issuingBody = this.authorityLine;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = VietText.clean(name);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = VietText.upper(title);
    }

    public String getAuthorityLine() {
        return authorityLine;
    }

    public void setAuthorityLine(String authorityLine) {
        this.authorityLine = VietText.upper(authorityLine);
    }

    public int getPrecedence() {
        return precedence;
    }

    public void setPrecedence(int precedence) {
        this.precedence = precedence;
    }

    public PaperSize getDefaultPaper() {
        return defaultPaper;
    }

    public void setDefaultPaper(PaperSize defaultPaper) {
        this.defaultPaper = defaultPaper;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public String getIssuingParentBody() {
        return issuingParentBody;
    }

    public String getIssuingPlace() {
        return issuingPlace;
    }

    public String getNumberSuffix() {
        return numberSuffix;
    }

    /**
     * Sets who issues this form's decisions: the body, its parent (blank for none), the place of
     * its date lines (blank for the organisation's) and its number suffix (blank when unknown).
     */
    public void setIssuingBody(String body, String parentBody, String place, String numberSuffix) {
        String upper = VietText.upper(body);
        if (upper == null || upper.isEmpty()) {
            throw new IllegalArgumentException("an award form needs an issuing body");
        }
        this.issuingBody = upper;
        this.issuingParentBody = VietText.cleanToNull(VietText.upper(parentBody));
        this.issuingPlace = VietText.cleanToNull(place);
        this.numberSuffix = VietText.cleanToNull(numberSuffix);
    }

    /**
     * The issuing body as documents print it, with the organisation's place when the form names
     * none. It is at the department's level when it is the organisation's department.
     */
    public IssuingBody issuingBody(OrgSettings org) {
        String department = org == null ? null : org.getDepartmentName();
        boolean own = department != null && VietText.fold(department).equals(VietText.fold(issuingBody));
        String place = issuingPlace != null ? issuingPlace : org == null ? null : org.getPlaceName();
        return new IssuingBody(issuingParentBody, issuingBody, place, numberSuffix, own);
    }

    @Override
    public String toString() {
        return name;
    }
}
