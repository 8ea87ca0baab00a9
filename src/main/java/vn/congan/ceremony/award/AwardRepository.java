package vn.congan.ceremony.award;

import java.util.List;
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

    long countByDecision(AwardDecision decision);

    long countByUnit(Unit unit);

    long countByPerson(Person person);

    long countByRepresentative(Person person);
}
