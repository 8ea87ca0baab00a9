package vn.congan.ceremony.seating;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.common.text.PersonName;

/** Who sits where, by person or by name: for the check-in desk and the ushers. */
@Service
@Transactional(readOnly = true)
public class SeatLookup {

    private final SeatingPlanRepository plans;
    private final SeatAssignmentRepository assignments;

    public SeatLookup(SeatingPlanRepository plans, SeatAssignmentRepository assignments) {
        this.plans = plans;
        this.assignments = assignments;
    }

    /** The seat of a person (delegate, awardee, representative of a unit or attendee) at a conference. */
    public Optional<SeatInfo> seatOf(long conferenceId, long personId) {
        return all(conferenceId).stream().filter(s -> s.personId() != null && s.personId() == personId).findFirst();
    }

    /**
     * The seats whose occupant's name holds every word of {@code query}, with or without
     * diacritics ("hung" finds "Nguyễn Thế Hùng"), in Vietnamese alphabetical order of the name.
     */
    public List<SeatInfo> findByName(long conferenceId, String query) {
        if (VietText.fold(query).isEmpty()) {
            return List.of();
        }
        return all(conferenceId).stream().filter(s -> VietText.matches(s.occupantName(), query))
                .sorted(Comparator.comparing(s -> PersonName.parse(s.occupantName()), PersonName.ALPHABETICAL))
                .toList();
    }

    /** Every occupied seat of the conference's plan, front row first. */
    public List<SeatInfo> all(long conferenceId) {
        return plans.findByConferenceId(conferenceId).map(plan -> {
            List<String> sections = plan.getSections().stream().map(SeatingSection::getName).toList();
            return assignments.findByPlan(plan).stream()
                    .sorted(Comparator.comparing((SeatAssignment a) -> a.getSeat().key(), SeatKey.HALL_ORDER))
                    .map(a -> new SeatInfo(a.getOccupantName(), a.getKind(),
                            a.getPerson() == null ? null : a.getPerson().getId(), a.getSeat().getRowLabel(),
                            a.getSeat().getSeatNumber(), sections.get(a.getSeat().key().section()), a.getSeat().getZone(),
                            a.getBatchNo()))
                    .toList();
        }).orElse(List.of());
    }
}
