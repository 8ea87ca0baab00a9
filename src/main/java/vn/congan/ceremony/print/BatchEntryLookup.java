package vn.congan.ceremony.print;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.stage.BatchEntry;

/** Ids of the presentation batches for the print page (their labels and order come from {@code StageOrderService.plan}). */
public interface BatchEntryLookup extends Repository<BatchEntry, Long> {

    @Query("select e.award.id from BatchEntry e where e.batch.id = :batchId order by e.position")
    List<Long> awardIdsOfBatch(Long batchId);

    /** The batches of a conference as the print page lists them: id, position, form name, entries. */
    @Query("select b.id, b.position, f.name, count(e) from BatchEntry e join e.batch b join b.form f "
            + "where b.conference = :conference group by b.id, b.position, f.name order by b.position")
    List<Object[]> batchSummaries(Conference conference);
}
