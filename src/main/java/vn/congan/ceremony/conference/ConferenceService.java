package vn.congan.ceremony.conference;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The conferences; one is current and the dashboard and ceremony views follow it. */
@Service
public class ConferenceService {

    private final ConferenceRepository conferences;

    public ConferenceService(ConferenceRepository conferences) {
        this.conferences = conferences;
    }

    @Transactional(readOnly = true)
    public Optional<Conference> current() {
        return conferences.findFirstByCurrentTrue();
    }

    /** Marks {@code conference} current and every other one not. */
    @Transactional
    public void makeCurrent(Conference conference) {
        conferences.findAll().forEach(c -> c.setCurrent(c.getId().equals(conference.getId())));
    }
}
