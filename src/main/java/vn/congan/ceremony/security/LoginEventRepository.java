package vn.congan.ceremony.security;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LoginEventRepository extends JpaRepository<LoginEvent, Long> {

    /** Newest first; the id breaks ties between attempts in the same microsecond. */
    List<LoginEvent> findAllByOrderByOccurredAtDescIdDesc(Pageable page);

    @Query("select e.id from LoginEvent e order by e.id desc")
    List<Long> idsNewestFirst(Pageable page);

    @Modifying
    @Query("delete from LoginEvent e where e.occurredAt < :before or e.id < :minId")
    int deleteOlderThan(Instant before, long minId);
}
