package vn.congan.ceremony.seating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.congan.ceremony.common.jpa.AbstractEntity;
import vn.congan.ceremony.common.jpa.ShownLive;

/** A seat of a plan: where it is, its label as the hall prints it ("B7"), its zone and block. */
@Entity
@ShownLive
@Table(name = "seating_seat")
public class SeatingSeat extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private SeatingPlan plan;

    @Column(name = "section_index", nullable = false)
    private int sectionIndex;

    @Column(name = "row_index", nullable = false)
    private int rowIndex;

    @Column(name = "seat_index", nullable = false)
    private int seatIndex;

    @Column(name = "row_label", nullable = false)
    private String rowLabel;

    @Column(name = "seat_number", nullable = false)
    private int seatNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Zone zone = Zone.GENERAL;

    @Column(nullable = false)
    private boolean blocked;

    protected SeatingSeat() {
    }

    public SeatingSeat(SeatingPlan plan, HallLayout layout, SeatKey key) {
        this.plan = plan;
        this.sectionIndex = key.section();
        this.rowIndex = key.row();
        this.seatIndex = key.seat();
        this.rowLabel = layout.rowLabel(key);
        this.seatNumber = layout.seatNumber(key);
    }

    public SeatKey key() {
        return new SeatKey(sectionIndex, rowIndex, seatIndex);
    }

    public HallSeat toHallSeat() {
        return new HallSeat(key(), zone, blocked);
    }

    /** "B7". */
    public String label() {
        return rowLabel + seatNumber;
    }

    public SeatingPlan getPlan() {
        return plan;
    }

    public String getRowLabel() {
        return rowLabel;
    }

    public int getSeatNumber() {
        return seatNumber;
    }

    public Zone getZone() {
        return zone;
    }

    public void setZone(Zone zone) {
        this.zone = zone;
    }

    public boolean isBlocked() {
        return blocked;
    }

    public void setBlocked(boolean blocked) {
        this.blocked = blocked;
    }

    @Override
    public String toString() {
        return label();
    }
}
