package vn.congan.ceremony.seating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.congan.ceremony.common.jpa.AbstractEntity;
import vn.congan.ceremony.common.jpa.ShownLive;

/** One block of seats of a plan, left to right by position. */
@Entity
@ShownLive
@Table(name = "seating_section")
public class SeatingSection extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private SeatingPlan plan;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    @Column(name = "seats_per_row", nullable = false)
    private int seatsPerRow;

    protected SeatingSection() {
    }

    SeatingSection(SeatingPlan plan, int position, HallSection section) {
        this.plan = plan;
        this.position = position;
        this.name = section.name();
        this.rowCount = section.rows();
        this.seatsPerRow = section.seatsPerRow();
    }

    public HallSection toHallSection() {
        return new HallSection(name, rowCount, seatsPerRow);
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public int getRowCount() {
        return rowCount;
    }

    public int getSeatsPerRow() {
        return seatsPerRow;
    }
}
