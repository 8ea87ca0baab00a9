package vn.congan.ceremony.ceremony;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.congan.ceremony.common.jpa.AbstractEntity;

/** One applied command, with when, who and from which device; the ceremony's audit trail. */
@Entity
@Table(name = "ceremony_event")
public class CeremonyEvent extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id")
    private CeremonyRun run;

    @Column(name = "state_version", nullable = false)
    private long stateVersion;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String username;

    private String device;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventKind kind;

    @Column(name = "agenda_item_id")
    private Long agendaItemId;

    @Column(name = "batch_id")
    private Long batchId;

    @Column(name = "award_id")
    private Long awardId;

    private String detail;

    protected CeremonyEvent() {
    }

    CeremonyEvent(CeremonyRun run, CeremonyMachine.Transition transition, String username, String device,
            Instant occurredAt) {
        this.run = run;
        this.stateVersion = transition.state().version();
        this.occurredAt = occurredAt;
        this.username = username;
        this.device = device;
        this.kind = transition.kind();
        Step step = transition.state().current();
        this.agendaItemId = step == null ? null : step.agendaItemId();
        this.batchId = step == null ? null : step.batchId();
        this.awardId = transition.awardId();
        this.detail = transition.detail();
    }

    public long getStateVersion() {
        return stateVersion;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getDevice() {
        return device;
    }

    public EventKind getKind() {
        return kind;
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public Long getBatchId() {
        return batchId;
    }

    public Long getAwardId() {
        return awardId;
    }

    public String getDetail() {
        return detail;
    }
}
