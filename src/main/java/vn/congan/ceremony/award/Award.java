package vn.congan.ceremony.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import vn.congan.ceremony.common.jpa.PooledIdEntity;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.Unit;
import vn.congan.ceremony.common.jpa.ShownLive;

/**
 * One recipient on a decision's list: a collective (a unit) or an individual (a person),
 * never both; the database enforces it as well.
 */
@Entity
@ShownLive
@Table(name = "award")
public class Award extends PooledIdEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id")
    private AwardDecision decision;

    /** Position on the decision's appended list. */
    @Column(name = "list_order", nullable = false)
    private int listOrder;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    /** Overrides the decision's default achievement sentence when set. */
    private String achievement;

    @Column(name = "register_number")
    private String registerNumber;

    /** For a collective: the person who goes on stage for it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "representative_person_id")
    private Person representative;

    @Column(name = "representative_text")
    private String representativeText;

    private String note;

    protected Award() {
    }

    private Award(AwardDecision decision, int listOrder, Unit unit, Person person) {
        this.decision = decision;
        this.listOrder = listOrder;
        this.unit = unit;
        this.person = person;
    }

    public static Award collective(AwardDecision decision, int listOrder, Unit unit) {
        return new Award(decision, listOrder, Objects.requireNonNull(unit), null);
    }

    public static Award individual(AwardDecision decision, int listOrder, Person person) {
        return new Award(decision, listOrder, null, Objects.requireNonNull(person));
    }

    public boolean isCollective() {
        return unit != null;
    }

    public AwardDecision getDecision() {
        return decision;
    }

    public int getListOrder() {
        return listOrder;
    }

    public void setListOrder(int listOrder) {
        this.listOrder = listOrder;
    }

    public Unit getUnit() {
        return unit;
    }

    public Person getPerson() {
        return person;
    }

    public String getAchievement() {
        return achievement;
    }

    public void setAchievement(String achievement) {
        this.achievement = VietText.cleanToNull(achievement);
    }

    /** The sentence printed on the certificate: the override, else the decision's default. */
    public String effectiveAchievement() {
        return achievement != null ? achievement : decision.getDefaultAchievement();
    }

    public String getRegisterNumber() {
        return registerNumber;
    }

    public void setRegisterNumber(String registerNumber) {
        this.registerNumber = VietText.cleanToNull(registerNumber);
    }

    public Person getRepresentative() {
        return representative;
    }

    public void setRepresentative(Person representative) {
        this.representative = representative;
    }

    public String getRepresentativeText() {
        return representativeText;
    }

    public void setRepresentativeText(String representativeText) {
        this.representativeText = VietText.cleanToNull(representativeText);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = VietText.cleanToNull(note);
    }
}
