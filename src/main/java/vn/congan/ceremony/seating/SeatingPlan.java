package vn.congan.ceremony.seating;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import vn.congan.ceremony.common.jpa.AbstractEntity;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.common.jpa.ShownLive;

/**
 * A hall plan: a conference's own (at most one per conference) or a template kept for reuse.
 * Its seats, with their zones and blocks, are {@link SeatingSeat} rows.
 */
@Entity
@ShownLive
@Table(name = "seating_plan")
public class SeatingPlan extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    /** The longest plan or template name (column {@code seating_plan.name}). */
    public static final int NAME_MAX = 200;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "is_template", nullable = false)
    private boolean template;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SeatNumbering numbering = SeatNumbering.LEFT_TO_RIGHT;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage_steps", nullable = false)
    private StageSteps stageSteps = StageSteps.BOTH;

    @Column(name = "side_aisles", nullable = false)
    private boolean sideAisles = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "delegate_start_side", nullable = false)
    private Side delegateStartSide = Side.RIGHT;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SeatingSection> sections = new ArrayList<>();

    protected SeatingPlan() {
    }

    public static SeatingPlan forConference(Conference conference, String name) {
        SeatingPlan plan = new SeatingPlan();
        plan.conference = conference;
        plan.setName(name);
        return plan;
    }

    public static SeatingPlan template(String name) {
        SeatingPlan plan = new SeatingPlan();
        plan.template = true;
        plan.setName(name);
        return plan;
    }

    /** The plain hall this plan describes. */
    public HallLayout layout() {
        return new HallLayout(sections.stream().map(SeatingSection::toHallSection).toList(), numbering, stageSteps,
                sideAisles);
    }

    public void setSections(List<HallSection> hallSections) {
        sections.clear();
        for (int i = 0; i < hallSections.size(); i++) {
            sections.add(new SeatingSection(this, i, hallSections.get(i)));
        }
    }

    public Conference getConference() {
        return conference;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = VietText.clean(name);
    }

    public boolean isTemplate() {
        return template;
    }

    public SeatNumbering getNumbering() {
        return numbering;
    }

    public void setNumbering(SeatNumbering numbering) {
        this.numbering = numbering;
    }

    public StageSteps getStageSteps() {
        return stageSteps;
    }

    public void setStageSteps(StageSteps stageSteps) {
        this.stageSteps = stageSteps;
    }

    public boolean isSideAisles() {
        return sideAisles;
    }

    public void setSideAisles(boolean sideAisles) {
        this.sideAisles = sideAisles;
    }

    public Side getDelegateStartSide() {
        return delegateStartSide;
    }

    public void setDelegateStartSide(Side delegateStartSide) {
        this.delegateStartSide = delegateStartSide;
    }

    public List<SeatingSection> getSections() {
        return sections;
    }

    @Override
    public String toString() {
        return name;
    }
}
