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

    @Query("select e.award.id from BatchEntry e where e.batch.id = :batchId order by e.position")
    List<Long> awardIdsOfBatch(Long batchId);

    /** The batches of a conference as the print page lists them: id, position, form name, entries. */
    @Query("select b.id, b.position, f.name, count(e) from BatchEntry e join e.batch b join b.form f "
            + "where b.conference = :conference group by b.id, b.position, f.name order by b.position")
    List<Object[]> batchSummaries(Conference conference);
}
