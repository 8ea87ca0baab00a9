package vn.congan.ceremony.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

    List<Person> findBySearchKeyContaining(String foldedQuery, Pageable pageable);

    long countBySearchKeyContaining(String foldedQuery);

    List<Person> findBySearchKey(String searchKey);

    long countByUnit(Unit unit);

    /** The people whose folded full name is one of {@code searchKeys}, with their units. */
    @Query("select p from Person p left join fetch p.unit where p.searchKey in :searchKeys")
    List<Person> findWithUnitBySearchKeyIn(Collection<String> searchKeys);

    /** Sorted by the pageable's sort, see {@link PersonOrder}: {@code p} the person, {@code u} its unit. */
    @Query(value = "select p from Person p left join fetch p.unit u where p.searchKey like :pattern",
            countQuery = "select count(p) from Person p where p.searchKey like :pattern")
    List<Person> findWithUnitBySearchKeyLike(String pattern, Pageable pageable);

    long countBySearchKeyLike(String pattern);

    /** Everyone with a position, with their units: the candidates for a role named in words. */
    @Query("select p from Person p left join fetch p.unit where p.position is not null")
    List<Person> findWithUnitHavingPosition();

    /** The same people as {@link #findWithUnitHavingPosition}, as the columns a role's look-up reads. */
    @Query("select new vn.congan.ceremony.organisation.PositionHolder(p.id, p.rank, p.fullName, p.position, u.name) "
            + "from Person p left join p.unit u where p.position is not null")
    List<PositionHolder> findPositionHolders();
}
