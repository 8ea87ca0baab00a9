package vn.congan.ceremony.conference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.congan.ceremony.organisation.Person;

public interface DelegateRepository extends JpaRepository<Delegate, Long> {

    @Query("select d from Delegate d left join fetch d.person p left join fetch p.unit "
            + "where d.conference = :conference order by d.precedence, d.id")
    List<Delegate> findByConference(Conference conference);

    long countByConference(Conference conference);

    boolean existsByConferenceAndPerson(Conference conference, Person person);

    void deleteByConference(Conference conference);
}
