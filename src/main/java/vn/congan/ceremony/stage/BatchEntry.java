package vn.congan.ceremony.stage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.common.jpa.AbstractEntity;
import vn.congan.ceremony.common.jpa.ShownLive;

/** One recipient's place in a batch; an award is in at most one batch (unique in the database). */
@Entity
@ShownLive
@Table(name = "batch_entry")
public class BatchEntry extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "batch_id")
    private PresentationBatch batch;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "award_id")
    private Award award;

    /** 1-based order within the batch, as the MC reads the names. */
    @Column(nullable = false)
    private int position;

    protected BatchEntry() {
    }

    public BatchEntry(PresentationBatch batch, Award award, int position) {
        this.batch = batch;
        this.award = award;
        this.position = position;
    }

    public PresentationBatch getBatch() {
        return batch;
    }

    public void setBatch(PresentationBatch batch) {
        this.batch = batch;
    }

    public Award getAward() {
        return award;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
