package vn.congan.ceremony.conference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    @Query("select a from AgendaItem a left join fetch a.responsibleDelegate d left join fetch d.person "
            + "where a.conference = :conference order by a.position, a.id")
    List<AgendaItem> findByConference(Conference conference);

    long countByConference(Conference conference);

    long countByResponsibleDelegate(Delegate delegate);

    void deleteByConference(Conference conference);
}
