package vn.congan.ceremony.award;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.Unit;

public interface AwardRepository extends JpaRepository<Award, Long> {

    /** Per award form of a conference: collectives and individuals. */
    @Query("select new vn.congan.ceremony.award.AwardCount(f.id, f.name, f.precedence, "
            + "sum(case when a.unit is not null then 1 else 0 end), "
            + "sum(case when a.person is not null then 1 else 0 end)) "
            + "from Award a join a.decision d join d.form f where d.conference = :conference "
            + "group by f.id, f.name, f.precedence order by f.precedence")
    List<AwardCount> countByForm(Conference conference);

    @Query("select a from Award a left join fetch a.unit left join fetch a.person p left join fetch p.unit "
            + "where a.decision = :decision order by a.listOrder")
    List<Award> findByDecisionWithRecipients(AwardDecision decision);

    @Query("select new vn.congan.ceremony.award.AwardRegisterNumber(a.id, a.registerNumber) from Award a "
            + "where a.decision.id = :decisionId order by a.listOrder")
    List<AwardRegisterNumber> registerNumbersOfDecision(Long decisionId);

    long countByDecision(AwardDecision decision);

    long countByUnit(Unit unit);

    long countByPerson(Person person);

    long countByRepresentative(Person person);

    String RECIPIENT_FILTER = "where a.decision = :decision "
            + "and ((:collectives = true and a.unit is not null) or (:individuals = true and a.person is not null)) "
            + "and (:pattern = '%' or p.searchKey like :pattern or u.id in :unitIds or pu.id in :unitIds)";

    /**
     * One page of a decision's recipients in the page's order ({@link RecipientOrder}), filtered by
     * kind and by a folded search pattern on the person's name, or by units whose folded name
     * matched (computed by the caller).
     */
    @Query("select a from Award a left join fetch a.unit u left join fetch a.person p left join fetch p.unit pu "
            + RECIPIENT_FILTER)
    List<Award> findRecipients(AwardDecision decision, boolean collectives, boolean individuals, String pattern,
            Collection<Long> unitIds, Pageable page);

    @Query("select count(a) from Award a left join a.unit u left join a.person p left join p.unit pu "
            + RECIPIENT_FILTER)
    long countRecipients(AwardDecision decision, boolean collectives, boolean individuals, String pattern,
            Collection<Long> unitIds);

    @Query("select coalesce(max(a.listOrder), 0) from Award a where a.decision = :decision")
    int maxListOrder(AwardDecision decision);

    @Query("select a.unit.id from Award a where a.decision = :decision and a.unit is not null")
    List<Long> unitIdsOn(AwardDecision decision);

    @Query("select a.person.id from Award a where a.decision = :decision and a.person is not null")
    List<Long> personIdsOn(AwardDecision decision);

    /** How many presentation batches hold this award (the batch feature owns that table). */
    @Query(value = "select count(*) from batch_entry where award_id = :awardId", nativeQuery = true)
    long countBatchEntries(Long awardId);
}
