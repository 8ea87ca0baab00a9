package vn.congan.ceremony.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.congan.ceremony.common.jpa.AbstractEntity;
import vn.congan.ceremony.common.text.VietText;

/** One phase (đợt) of a movement, tied to historic dates and peak campaigns. */
@Entity
@Table(name = "movement_phase")
public class MovementPhase extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "movement_id")
    private Movement movement;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    protected MovementPhase() {
    }

    MovementPhase(Movement movement, int seq, String name, LocalDate startDate, LocalDate endDate) {
        this.movement = movement;
        this.seq = seq;
        this.name = VietText.clean(name);
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public Movement getMovement() {
        return movement;
    }

    public int getSeq() {
        return seq;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }
}
