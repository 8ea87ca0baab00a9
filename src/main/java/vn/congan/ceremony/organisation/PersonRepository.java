package vn.congan.ceremony.organisation;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

    List<Person> findBySearchKeyContaining(String foldedQuery, Pageable pageable);

    long countBySearchKeyContaining(String foldedQuery);

    List<Person> findBySearchKey(String searchKey);

    long countByUnit(Unit unit);
}
