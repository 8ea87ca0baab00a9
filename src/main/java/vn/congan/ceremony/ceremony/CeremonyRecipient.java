package vn.congan.ceremony.ceremony;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.congan.ceremony.common.jpa.AbstractEntity;

/** One recipient's stored status; a recipient without a row is still waiting. */
@Entity
@Table(name = "ceremony_recipient")
public class CeremonyRecipient extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id")
    private CeremonyRun run;

    @Column(name = "award_id", nullable = false)
    private long awardId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecipientStatus status = RecipientStatus.WAITING;

    @Column(name = "checked_in", nullable = false)
    private boolean checkedIn;

    @Column(name = "on_behalf_of")
    private String onBehalfOf;

    /** The ceremony version at which this recipient last changed (see {@link RecipientState#changedAt()}). */
    @Column(name = "changed_at_version", nullable = false)
    private long changedAtVersion;

    protected CeremonyRecipient() {
    }

    public CeremonyRecipient(CeremonyRun run, long awardId) {
        this.run = run;
        this.awardId = awardId;
    }

    public long getAwardId() {
        return awardId;
    }

    public RecipientState state() {
        return new RecipientState(status, checkedIn, onBehalfOf, changedAtVersion);
    }

    void apply(RecipientState state) {
        this.status = state.status();
        this.checkedIn = state.checkedIn();
        this.onBehalfOf = state.onBehalfOf();
        this.changedAtVersion = state.changedAt();
    }
}
