package vn.congan.ceremony.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UnitRepository extends JpaRepository<Unit, Long> {

    List<Unit> findAllByOrderByOfficialOrderAscNameAsc();

    /** Every unit with its parent loaded (lists show "belongs to" outside the transaction). */
    @Query("select u from Unit u left join fetch u.parent order by u.officialOrder, u.name")
    List<Unit> findAllWithParent();

    Optional<Unit> findByName(String name);

    @Query("select coalesce(max(u.officialOrder), 0) from Unit u")
    int maxOfficialOrder();

    long countByParent(Unit parent);

    @Query(value = "select count(*) from conference where organiser_unit_id = :unitId", nativeQuery = true)
    long countConferencesOrganisedBy(Long unitId);

    @Query(value = "select count(*) from award where unit_id = :unitId", nativeQuery = true)
    long countAwardsOf(Long unitId);
}
