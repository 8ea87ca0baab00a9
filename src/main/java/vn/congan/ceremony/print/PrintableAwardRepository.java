package vn.congan.ceremony.print;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.award.AwardDecision;
import vn.congan.ceremony.award.AwardForm;
import vn.congan.ceremony.conference.Conference;

/** Awards with everything a certificate prints, fetched in one query per job. */
public interface PrintableAwardRepository extends Repository<Award, Long> {

    String FETCH = "select a from Award a join fetch a.decision d join fetch d.form f left join fetch a.unit "
            + "left join fetch a.person p left join fetch p.unit ";

    @Query(FETCH + "where d.conference = :conference")
    List<Award> findByConference(Conference conference);

    @Query(FETCH + "where d = :decision")
    List<Award> findByDecision(AwardDecision decision);

    @Query(FETCH + "where a.id in :ids")
    List<Award> findByIds(Collection<Long> ids);

    @Query(FETCH + "where f = :form and d.conference.current = true order by d.date, a.listOrder")
    List<Award> findCurrentByForm(AwardForm form);

    /** What orders a conference's awards for print, without loading them: see {@link DecisionListOrder#LISTED}. */
    @Query("select new vn.congan.ceremony.print.PrintableAwardRepository$Listed(a.id, f.precedence, d.date, d.number, "
            + "d.id, a.listOrder) from Award a join a.decision d join d.form f where d.conference = :conference")
    List<Listed> listConference(Conference conference);

    /** An award as a listing orders it: its decision's form precedence, date and number, its place in the list. */
    record Listed(long id, int precedence, LocalDate date, String number, long decisionId, int listOrder) {
    }

    /**
     * Register numbers of other decisions' awards that start with {@code start}; a case-insensitive
     * collation may return a few more, which the caller's exact comparison ignores.
     */
    @Query("select a.registerNumber from Award a where a.decision.id <> :decisionId and a.registerNumber is not null "
            + "and locate(:start, a.registerNumber) = 1")
    List<String> registerNumbersElsewhere(Long decisionId, String start);

    /** The decisions of these awards, for the numbering before a job. */
    @Query("select distinct a.decision from Award a where a.id in :ids")
    List<AwardDecision> decisionsOfAwards(Collection<Long> ids);
}
