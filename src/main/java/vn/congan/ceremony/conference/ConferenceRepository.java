package vn.congan.ceremony.conference;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConferenceRepository extends JpaRepository<Conference, Long> {

    Optional<Conference> findFirstByCurrentTrue();

    List<Conference> findAllByOrderByDateDesc();

    /** The conference with everything its details form shows, for use outside a transaction. */
    @Query("select c from Conference c left join fetch c.movement left join fetch c.chair "
            + "left join fetch c.organiserUnit where c.id = :id")
    Optional<Conference> findWithDetails(Long id);
}
