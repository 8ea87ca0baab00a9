package vn.congan.ceremony.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.congan.ceremony.common.jpa.AbstractEntity;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.common.jpa.ShownLive;

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

    protected AwardForm() {
    }

    public AwardForm(String name, String title, String authorityLine, int precedence, PaperSize defaultPaper) {
        setName(name);
        setTitle(title);
        setAuthorityLine(authorityLine);
        this.precedence = precedence;
        this.defaultPaper = defaultPaper;
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

    @Override
    public String toString() {
        return name;
    }
}
