package vn.congan.ceremony.seating;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SeatAssignmentRepository extends JpaRepository<SeatAssignment, Long> {

    @Query("select a from SeatAssignment a join fetch a.seat left join fetch a.person left join fetch a.delegate "
            + "left join fetch a.award left join fetch a.attendee where a.plan = :plan")
    List<SeatAssignment> findByPlan(SeatingPlan plan);

    /**
     * The assignments of a plan without their occupants' records (only their ids are used, from
     * the references): what the seat map shows. Read the plan's seats first, so that each
     * assignment finds its seat already read.
     */
    @Query("select a from SeatAssignment a where a.plan = :plan")
    List<SeatAssignment> findOccupants(SeatingPlan plan);

    Optional<SeatAssignment> findBySeat(SeatingSeat seat);

    @Modifying(flushAutomatically = true)
    @Query("delete from SeatAssignment a where a.plan = :plan")
    void deleteByPlan(SeatingPlan plan);
}
