package vn.congan.ceremony.seating;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import vn.congan.ceremony.conference.Conference;

public interface SeatingAttendeeRepository extends JpaRepository<SeatingAttendee, Long> {

    List<SeatingAttendee> findByConferenceOrderByPosition(Conference conference);

    long countByConference(Conference conference);
}
