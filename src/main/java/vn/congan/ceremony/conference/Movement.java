package vn.congan.ceremony.conference;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.congan.ceremony.common.jpa.AbstractEntity;
import vn.congan.ceremony.common.text.VietText;

/** An emulation movement (phong trào thi đua): name, period and phases (đợt). */
@Entity
@Table(name = "movement")
public class Movement extends AbstractEntity {

    @Column(nullable = false)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @OneToMany(mappedBy = "movement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    private List<MovementPhase> phases = new ArrayList<>();

    protected Movement() {
    }

    public Movement(String name, LocalDate startDate, LocalDate endDate) {
        setName(name);
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public MovementPhase addPhase(String name, LocalDate start, LocalDate end) {
        MovementPhase phase = new MovementPhase(this, phases.size() + 1, name, start, end);
        phases.add(phase);
        return phase;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = VietText.clean(name);
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public List<MovementPhase> getPhases() {
        return phases;
    }

    @Override
    public String toString() {
        return name;
    }
}
