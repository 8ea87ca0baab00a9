package vn.congan.ceremony.stage;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.conference.AgendaItem;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.Delegate;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.Rank;
import vn.congan.ceremony.organisation.Unit;

public interface PresentationBatchRepository extends JpaRepository<PresentationBatch, Long> {

    @Query("select b from PresentationBatch b join fetch b.form where b.conference = :conference order by b.position")
    List<PresentationBatch> findByConference(Conference conference);

    /** The batches with form, presenter and agenda item, for showing them. */
    @Query("select b from PresentationBatch b join fetch b.form left join fetch b.presenter p left join fetch p.person "
            + "left join fetch b.agendaItem where b.conference = :conference order by b.position")
    List<PresentationBatch> findWithDetails(Conference conference);

    /**
     * Every entry of a conference with what the stage order shows of its recipient, in ceremony
     * order: plain columns, not entities (the large ceremony has thousands of entries, each with
     * an award, a person and units that nothing here changes).
     */
    @Query("select new vn.congan.ceremony.stage.PresentationBatchRepository$EntryRow(e.id, e.version, b.id, "
            + "a.id, a.version, e.position, u.id, u.name, p.id, p.rank, p.fullName, p.position, p.sortKey, "
            + "pu.id, pu.name, r.id, r.rank, r.fullName, a.representativeText) "
            + "from BatchEntry e join e.batch b join e.award a left join a.unit u left join a.person p "
            + "left join p.unit pu left join a.representative r "
            + "where b.conference = :conference order by b.position, e.position")
    List<EntryRow> findEntryRows(Conference conference);

    /**
     * One entry of a batch as {@link #findEntryRows} reads it: the award's unit for a collective
     * ({@code unitId} null for an individual), the person for an individual with their unit, and
     * a collective's representative (a person, or a text).
     */
    record EntryRow(long entryId, long entryVersion, long batchId, long awardId, long awardVersion, int position,
            Long unitId, String unitName, Long personId, Rank personRank, String personName,
            String personPosition, String personSortKey, Long personUnitId, String personUnitName,
            Long representativeId, Rank representativeRank, String representativeName, String representativeText) {
    }

    /** The batches with at least one entry, in ceremony order, as four columns each. */
    @Query("select new vn.congan.ceremony.stage.BatchSummary(b.id, b.position, f.name, count(e)) "
            + "from PresentationBatch b join b.form f join b.entries e where b.conference = :conference "
            + "group by b.id, b.position, f.name order by b.position")
    List<BatchSummary> findSummaries(Conference conference);

    /** Where each award of a conference's batches stands, in ceremony order: four columns per entry. */
    @Query("select new vn.congan.ceremony.stage.AwardStagePlace(a.id, "
            + "case when a.unit is null then a.person.id else a.representative.id end, b.position, e.position) "
            + "from BatchEntry e join e.batch b join e.award a "
            + "where b.conference = :conference order by b.position, e.position")
    List<AwardStagePlace> findPlaces(Conference conference);

    /** Every award of a conference with what the stage order needs. */
    @Query("select a from Award a join fetch a.decision d join fetch d.form left join fetch a.unit "
            + "left join fetch a.person p left join fetch p.unit where d.conference = :conference")
    List<Award> findAwards(Conference conference);

    @Query("select count(a) from Award a where a.decision.conference = :conference")
    long countAwards(Conference conference);

    @Query("select count(e) from BatchEntry e where e.batch.conference = :conference")
    long countEntries(Conference conference);

    @Query("select count(b) from PresentationBatch b where b.agendaItem = :item")
    long countByAgendaItem(AgendaItem item);

    long countByConference(Conference conference);

    long countByPresenter(Delegate presenter);

    @Query("select count(e) from BatchEntry e where e.batch.agendaItem = :item")
    long countEntriesByAgendaItem(AgendaItem item);

    @Query("select e from BatchEntry e join fetch e.batch where e.id = :id")
    Optional<BatchEntry> findEntry(long id);

    /** People who may go on stage for a unit: its own people and those of its sub-units. */
    @Query("select p from Person p where p.unit = :unit or p.unit.parent = :unit")
    List<Person> findPeopleOfUnit(Unit unit);
}
