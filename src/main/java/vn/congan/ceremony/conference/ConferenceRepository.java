package vn.congan.ceremony.conference;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConferenceRepository extends JpaRepository<Conference, Long> {

    Optional<Conference> findFirstByCurrentTrue();

    List<Conference> findAllByOrderByDateDesc();
}
