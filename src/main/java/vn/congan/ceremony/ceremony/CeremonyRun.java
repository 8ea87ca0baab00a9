package vn.congan.ceremony.ceremony;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.congan.ceremony.common.jpa.AbstractEntity;
import vn.congan.ceremony.conference.Conference;

/** The stored live state of one conference's ceremony; its JPA version is the second guard. */
@Entity
@Table(name = "ceremony_run")
public class CeremonyRun extends AbstractEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    @Column(name = "state_version", nullable = false)
    private long stateVersion;

    @Column(name = "current_agenda_item_id")
    private Long currentAgendaItemId;

    @Column(name = "current_batch_id")
    private Long currentBatchId;

    @Column(nullable = false)
    private boolean finished;

    @Column(name = "controller_device")
    private String controllerDevice;

    @Column(name = "controller_user")
    private String controllerUser;

    @Column(name = "screen_token", nullable = false)
    private String screenToken;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "since_version", nullable = false)
    private long sinceVersion;

    protected CeremonyRun() {
    }

    public CeremonyRun(Conference conference, String screenToken) {
        this.conference = conference;
        this.screenToken = screenToken;
    }

    public Conference getConference() {
        return conference;
    }

    public long getStateVersion() {
        return stateVersion;
    }

    public Step currentStep() {
        return currentAgendaItemId == null ? null : new Step(currentAgendaItemId, currentBatchId);
    }

    public boolean isFinished() {
        return finished;
    }

    public String getControllerDevice() {
        return controllerDevice;
    }

    public String getControllerUser() {
        return controllerUser;
    }

    public String getScreenToken() {
        return screenToken;
    }

    public void setScreenToken(String screenToken) {
        this.screenToken = screenToken;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The version of the last reset (0: never reset); events up to it belong to a rehearsal. */
    public long getSinceVersion() {
        return sinceVersion;
    }

    /** Takes over the position, control and version of {@code state}. */
    void apply(CeremonyState state, String user, Instant now) {
        this.stateVersion = state.version();
        this.currentAgendaItemId = state.current() == null ? null : state.current().agendaItemId();
        this.currentBatchId = state.current() == null ? null : state.current().batchId();
        this.finished = state.finished();
        if (state.controller() != null && !state.controller().equals(controllerDevice)) {
            this.controllerUser = user;
        }
        this.controllerDevice = state.controller();
        this.updatedAt = now;
    }

    /** Marks the state version from which the ceremony counts again (after a rehearsal). */
    void startOverAt(long version) {
        this.sinceVersion = version;
    }
}
