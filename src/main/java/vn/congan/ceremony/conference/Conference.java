package vn.congan.ceremony.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import vn.congan.ceremony.common.jpa.AbstractEntity;
import vn.congan.ceremony.common.jpa.ShownLive;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.Unit;

/** A summary conference (hội nghị tổng kết); exactly one is marked current. */
@Entity
@ShownLive
@Table(name = "conference")
public class Conference extends AbstractEntity {

    @Column(nullable = false)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "movement_id")
    private Movement movement;

    @Column(name = "conference_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "planned_end_time")
    private LocalTime plannedEndTime;

    private String venue;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "chair_person_id")
    private Person chair;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organiser_unit_id")
    private Unit organiserUnit;

    /** Guests of the provincial Party committee and government before the Director (else after). */
    @Column(name = "local_government_first", nullable = false)
    private boolean localGovernmentFirst = true;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    protected Conference() {
    }

    public Conference(String title, LocalDate date, LocalTime startTime) {
        setTitle(title);
        this.date = date;
        this.startTime = startTime;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = VietText.clean(title);
    }

    public Movement getMovement() {
        return movement;
    }

    public void setMovement(Movement movement) {
        this.movement = movement;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getPlannedEndTime() {
        return plannedEndTime;
    }

    public void setPlannedEndTime(LocalTime plannedEndTime) {
        this.plannedEndTime = plannedEndTime;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = VietText.cleanToNull(venue);
    }

    public Person getChair() {
        return chair;
    }

    public void setChair(Person chair) {
        this.chair = chair;
    }

    public Unit getOrganiserUnit() {
        return organiserUnit;
    }

    public void setOrganiserUnit(Unit organiserUnit) {
        this.organiserUnit = organiserUnit;
    }

    /**
     * Whether guests of the provincial Party committee, People's Council and People's Committee
     * are introduced and seated before the department's Director ({@link DelegateProtocol}).
     */
    public boolean isLocalGovernmentFirst() {
        return localGovernmentFirst;
    }

    public void setLocalGovernmentFirst(boolean localGovernmentFirst) {
        this.localGovernmentFirst = localGovernmentFirst;
    }

    public boolean isCurrent() {
        return current;
    }

    public void setCurrent(boolean current) {
        this.current = current;
    }

    @Override
    public String toString() {
        return title;
    }
}
