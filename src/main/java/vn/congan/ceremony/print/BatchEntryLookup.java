package vn.congan.ceremony.print;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.stage.BatchEntry;

/** The presentation batches' entries of a conference in stage order, with batch, form and presenter. */
public interface BatchEntryLookup extends Repository<BatchEntry, Long> {

    @Query("select e from BatchEntry e join fetch e.batch b join fetch b.form left join fetch b.presenter p "
            + "left join fetch p.person where b.conference = :conference order by b.position, e.position")
    List<BatchEntry> findByConference(Conference conference);
}
