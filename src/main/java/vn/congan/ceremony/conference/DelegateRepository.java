package vn.congan.ceremony.conference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DelegateRepository extends JpaRepository<Delegate, Long> {

    @Query("select d from Delegate d left join fetch d.person where d.conference = :conference order by d.precedence")
    List<Delegate> findByConference(Conference conference);
}
