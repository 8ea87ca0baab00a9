package vn.congan.ceremony.stage;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.congan.ceremony.conference.Conference;

public interface McScriptOverrideRepository extends JpaRepository<McScriptOverride, Long> {

    List<McScriptOverride> findByConference(Conference conference);

    Optional<McScriptOverride> findByConferenceAndLineKey(Conference conference, String lineKey);
}
