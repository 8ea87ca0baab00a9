package vn.congan.ceremony.award;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.congan.ceremony.conference.Conference;

public interface AwardDecisionRepository extends JpaRepository<AwardDecision, Long> {

    @Query("select d from AwardDecision d join fetch d.form f where d.conference = :conference "
            + "order by f.precedence, d.date, d.number")
    List<AwardDecision> findByConference(Conference conference);

    long countByForm(AwardForm form);

    long countByConference(Conference conference);

    /** The decisions of one award form that carry an achievement sentence, newest first. */
    @Query("select d.defaultAchievement from AwardDecision d where d.form = :form "
            + "and d.defaultAchievement is not null and d.defaultAchievement <> '' order by d.date desc, d.id desc")
    List<String> achievementsOfForm(AwardForm form, Pageable page);
}
