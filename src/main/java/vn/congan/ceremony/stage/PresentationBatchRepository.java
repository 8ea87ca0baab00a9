package vn.congan.ceremony.stage;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.congan.ceremony.conference.Conference;

public interface PresentationBatchRepository extends JpaRepository<PresentationBatch, Long> {

    @Query("select b from PresentationBatch b join fetch b.form where b.conference = :conference order by b.position")
    List<PresentationBatch> findByConference(Conference conference);
}
