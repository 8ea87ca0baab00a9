package vn.congan.ceremony.stage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import vn.congan.ceremony.common.jpa.AbstractEntity;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.common.jpa.ShownLive;

/**
 * The stage settings of a conference: how many recipients fit on the stage at once, and
 * how long a batch takes (walking up, handing over, the photo) to estimate the agenda time.
 */
@Entity
@ShownLive
@Table(name = "stage_settings")
public class StageSettings extends AbstractEntity {

    public static final int DEFAULT_CAPACITY = 10;
    public static final int DEFAULT_SECONDS_PER_BATCH = 90;
    public static final int DEFAULT_SECONDS_PER_RECIPIENT = 7;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    @Column(name = "stage_capacity", nullable = false)
    private int stageCapacity = DEFAULT_CAPACITY;

    @Column(name = "seconds_per_batch", nullable = false)
    private int secondsPerBatch = DEFAULT_SECONDS_PER_BATCH;

    @Column(name = "seconds_per_recipient", nullable = false)
    private int secondsPerRecipient = DEFAULT_SECONDS_PER_RECIPIENT;

    protected StageSettings() {
    }

    public StageSettings(Conference conference) {
        this.conference = conference;
    }

    public Conference getConference() {
        return conference;
    }

    public int getStageCapacity() {
        return stageCapacity;
    }

    public void setStageCapacity(int stageCapacity) {
        this.stageCapacity = stageCapacity;
    }

    public int getSecondsPerBatch() {
        return secondsPerBatch;
    }

    public void setSecondsPerBatch(int secondsPerBatch) {
        this.secondsPerBatch = secondsPerBatch;
    }

    public int getSecondsPerRecipient() {
        return secondsPerRecipient;
    }

    public void setSecondsPerRecipient(int secondsPerRecipient) {
        this.secondsPerRecipient = secondsPerRecipient;
    }

    /** Seconds the award presentation takes for {@code batches} batches of {@code recipients} in all. */
    public int estimateSeconds(int batches, int recipients) {
        return batches * secondsPerBatch + recipients * secondsPerRecipient;
    }
}
