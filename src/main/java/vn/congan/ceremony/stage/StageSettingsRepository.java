package vn.congan.ceremony.stage;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.congan.ceremony.conference.Conference;

public interface StageSettingsRepository extends JpaRepository<StageSettings, Long> {

    Optional<StageSettings> findByConference(Conference conference);
}
