package vn.congan.ceremony.stage;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.conference.Conference;

/** The stage settings of a conference: stage capacity and the seconds of the time estimate. */
@Service
public class StageSettingsService {

    private final StageOrderService stage;
    private final StageSettingsRepository settings;
    private final ApplicationEventPublisher events;

    public StageSettingsService(StageOrderService stage, StageSettingsRepository settings,
            ApplicationEventPublisher events) {
        this.stage = stage;
        this.settings = settings;
        this.events = events;
    }

    /**
     * Saves the stage settings; a capacity below 1 or negative seconds are refused, and so is
     * a page that read the settings at another version ({@link StagePlan#settingsVersion()}).
     */
    @Transactional
    public void saveSettings(Conference conference, long settingsVersion, int capacity, int secondsPerBatch,
            int secondsPerRecipient) {
        events.publishEvent(StageOrderChanged.INSTANCE); // delivered only if this edit commits
        if (capacity < 1 || capacity > 100) {
            throw new UserMessageException("stage.error.capacity");
        }
        if (secondsPerBatch < 0 || secondsPerRecipient < 0) {
            throw new UserMessageException("stage.error.seconds");
        }
        Conference managed = stage.managed(conference);
        StageSettings s = stage.settingsOf(managed);
        if ((s.isNew() ? -1 : s.getVersion()) != settingsVersion) {
            throw new UserMessageException("error.concurrent");
        }
        s.setStageCapacity(capacity);
        s.setSecondsPerBatch(secondsPerBatch);
        s.setSecondsPerRecipient(secondsPerRecipient);
        settings.saveAndFlush(s);
    }
}
