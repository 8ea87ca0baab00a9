package vn.congan.ceremony.seating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.common.jpa.AbstractEntity;
import vn.congan.ceremony.conference.Delegate;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.common.jpa.ShownLive;

/**
 * Who sits on a seat. Unique per seat and per person, delegate, award and attendee within a
 * plan, in the database. Awardee seats remember the stage place they were seated for, so a
 * later change of the stage order shows. A pinned seat survives re-running the assignment.
 */
@Entity
@ShownLive
@Table(name = "seat_assignment")
public class SeatAssignment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private SeatingPlan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seat_id")
    private SeatingSeat seat;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Occupant.Kind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "delegate_id")
    private Delegate delegate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "award_id")
    private Award award;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "attendee_id")
    private SeatingAttendee attendee;

    @Column(name = "occupant_name", nullable = false)
    private String occupantName;

    @Column(name = "batch_no")
    private Integer batchNo;

    @Column(name = "entry_no")
    private Integer entryNo;

    @Column(nullable = false)
    private boolean pinned;

    protected SeatAssignment() {
    }

    public SeatAssignment(SeatingPlan plan, SeatingSeat seat, Occupant.Kind kind, String occupantName) {
        this.plan = plan;
        this.seat = seat;
        this.kind = kind;
        this.occupantName = occupantName;
    }

    /** The occupant's identity for the assignment rules: one seat per key. */
    public String occupantKey() {
        if (person != null) {
            return "person:" + person.getId();
        }
        if (delegate != null) {
            return "delegate:" + delegate.getId();
        }
        if (award != null) {
            return "award:" + award.getId();
        }
        return "attendee:" + attendee.getId();
    }

    public Occupant toOccupant() {
        long ref = switch (kind) {
            case DELEGATE -> delegate.getId();
            case AWARDEE -> award.getId();
            case GENERAL -> attendee.getId();
        };
        return new Occupant(occupantKey(), kind, ref, occupantName, batchNo == null ? 0 : batchNo,
                entryNo == null ? 0 : entryNo);
    }

    /** The same occupant on another seat (a move is a delete and an insert, so swaps never clash). */
    public SeatAssignment copyTo(SeatingSeat other) {
        SeatAssignment copy = new SeatAssignment(plan, other, kind, occupantName);
        copy.person = person;
        copy.delegate = delegate;
        copy.award = award;
        copy.attendee = attendee;
        copy.batchNo = batchNo;
        copy.entryNo = entryNo;
        copy.pinned = pinned;
        return copy;
    }

    public SeatingPlan getPlan() {
        return plan;
    }

    public SeatingSeat getSeat() {
        return seat;
    }

    public Occupant.Kind getKind() {
        return kind;
    }

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    public Delegate getDelegate() {
        return delegate;
    }

    public void setDelegate(Delegate delegate) {
        this.delegate = delegate;
    }

    public Award getAward() {
        return award;
    }

    public void setAward(Award award) {
        this.award = award;
    }

    public SeatingAttendee getAttendee() {
        return attendee;
    }

    public void setAttendee(SeatingAttendee attendee) {
        this.attendee = attendee;
    }

    public String getOccupantName() {
        return occupantName;
    }

    public Integer getBatchNo() {
        return batchNo;
    }

    public Integer getEntryNo() {
        return entryNo;
    }

    public void setStagePlace(Integer batchNo, Integer entryNo) {
        this.batchNo = batchNo;
        this.entryNo = entryNo;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }
}
