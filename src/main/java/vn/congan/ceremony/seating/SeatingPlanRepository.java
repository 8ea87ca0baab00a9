package vn.congan.ceremony.seating;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.congan.ceremony.conference.Conference;

public interface SeatingPlanRepository extends JpaRepository<SeatingPlan, Long> {

    Optional<SeatingPlan> findByConference(Conference conference);

    Optional<SeatingPlan> findByConferenceId(Long conferenceId);

    long countByConference(Conference conference);

    List<SeatingPlan> findByTemplateTrueOrderByName();
}
