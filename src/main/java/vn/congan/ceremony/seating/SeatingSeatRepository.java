package vn.congan.ceremony.seating;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SeatingSeatRepository extends JpaRepository<SeatingSeat, Long> {

    @Query("select s from SeatingSeat s where s.plan = :plan order by s.rowIndex, s.sectionIndex, s.seatIndex")
    List<SeatingSeat> findByPlan(SeatingPlan plan);

    long countByPlan(SeatingPlan plan);

    @Modifying(flushAutomatically = true)
    @Query("delete from SeatingSeat s where s.plan = :plan")
    void deleteByPlan(SeatingPlan plan);
}
