package vn.congan.ceremony.ceremony;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.congan.ceremony.conference.Conference;

public interface CeremonyRunRepository extends JpaRepository<CeremonyRun, Long> {

    Optional<CeremonyRun> findByConference(Conference conference);

    Optional<CeremonyRun> findByScreenToken(String screenToken);

    long countByConference(Conference conference);
}
