package vn.congan.ceremony.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.congan.ceremony.common.jpa.AbstractEntity;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.organisation.Rank;
import vn.congan.ceremony.common.jpa.ShownLive;

/** An award decision (quyết định khen thưởng) with its appended list of recipients. */
@Entity
@ShownLive
@Table(name = "award_decision")
public class AwardDecision extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "award_form_id")
    private AwardForm form;

    /** "1234/QĐ-CAT-PV01". */
    @Column(name = "decision_number", nullable = false)
    private String number;

    @Column(name = "decision_date", nullable = false)
    private LocalDate date;

    /** The head's capacity: "GIÁM ĐỐC", or "BỘ TRƯỞNG". */
    @Column(name = "signer_capacity", nullable = false)
    private String signerCapacity;

    /** Set when a deputy signs on the head's behalf: "PHÓ GIÁM ĐỐC" (printed under "KT. GIÁM ĐỐC"). */
    @Column(name = "signer_deputy_capacity")
    private String signerDeputyCapacity;

    @Enumerated(EnumType.STRING)
    @Column(name = "signer_rank", nullable = false)
    private Rank signerRank = Rank.NONE;

    @Column(name = "signer_name", nullable = false)
    private String signerName;

    /** "Bộ trưởng Bộ Công an" when handed over "thừa ủy quyền" on that authority. */
    @Column(name = "on_authority_of")
    private String onAuthorityOf;

    @Column(name = "default_achievement")
    private String defaultAchievement;

    /**
     * True when the appendix keeps the order of the signed list; otherwise it lists people in the
     * domain order (unit, rank, position, name).
     */
    @Column(name = "keep_signed_order", nullable = false)
    private boolean keepSignedOrder;

    protected AwardDecision() {
    }

    public AwardDecision(Conference conference, AwardForm form, String number, LocalDate date) {
        this.conference = conference;
        this.form = form;
        setNumber(number);
        this.date = date;
    }

    public Conference getConference() {
        return conference;
    }

    public AwardForm getForm() {
        return form;
    }

    public void setForm(AwardForm form) {
        this.form = form;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = VietText.clean(number);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getSignerCapacity() {
        return signerCapacity;
    }

    public void setSignerCapacity(String signerCapacity) {
        this.signerCapacity = VietText.upper(signerCapacity);
    }

    public String getSignerDeputyCapacity() {
        return signerDeputyCapacity;
    }

    public void setSignerDeputyCapacity(String signerDeputyCapacity) {
        this.signerDeputyCapacity = VietText.cleanToNull(VietText.upper(signerDeputyCapacity));
    }

    public Rank getSignerRank() {
        return signerRank;
    }

    public void setSignerRank(Rank signerRank) {
        this.signerRank = signerRank == null ? Rank.NONE : signerRank;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = VietText.clean(signerName);
    }

    public String getOnAuthorityOf() {
        return onAuthorityOf;
    }

    public void setOnAuthorityOf(String onAuthorityOf) {
        this.onAuthorityOf = VietText.cleanToNull(onAuthorityOf);
    }

    public String getDefaultAchievement() {
        return defaultAchievement;
    }

    public void setDefaultAchievement(String defaultAchievement) {
        this.defaultAchievement = VietText.cleanToNull(defaultAchievement);
    }

    public boolean isKeepSignedOrder() {
        return keepSignedOrder;
    }

    public void setKeepSignedOrder(boolean keepSignedOrder) {
        this.keepSignedOrder = keepSignedOrder;
    }

    /** The capacity lines of the signature block: "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC", or "GIÁM ĐỐC". */
    public List<String> signatureCapacityLines() {
        List<String> lines = new ArrayList<>();
        if (signerDeputyCapacity != null) {
            lines.add("KT. " + signerCapacity);
            lines.add(signerDeputyCapacity);
        } else {
            lines.add(signerCapacity);
        }
        return lines;
    }

    /** "Đại tá Nguyễn Thế Hùng". */
    public String signerRankAndName() {
        return Rank.withName(signerRank, signerName);
    }

    @Override
    public String toString() {
        return number;
    }
}
