package vn.congan.ceremony.seating;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.conference.Conference;

/**
 * The optional list of other attendees (reporters, guests of other agencies), who fill the
 * general zone: in order, with their seats; add one, paste several, import a file, remove one.
 * Adding is all or nothing: a name or line too long refuses the whole paste or file, and names
 * already on the list are skipped. Removing someone frees their seat (the assignment follows
 * its occupant, ON DELETE CASCADE).
 */
@Service
@Transactional
public class SeatingAttendeeService {

    private final SeatingAttendeeRepository attendees;
    private final SeatingPlanRepository plans;
    private final SeatAssignmentRepository assignments;

    public SeatingAttendeeService(SeatingAttendeeRepository attendees, SeatingPlanRepository plans,
            SeatAssignmentRepository assignments) {
        this.attendees = attendees;
        this.plans = plans;
        this.assignments = assignments;
    }

    @Transactional(readOnly = true)
    public List<SeatingAttendee> attendees(Conference conference) {
        return attendees.findByConferenceOrderByPosition(conference);
    }

    /** The list in order, numbered from 1, each with the label of their seat in the conference's plan. */
    @Transactional(readOnly = true)
    public List<AttendeeRow> list(Conference conference) {
        Map<Long, String> seatByAttendee = new HashMap<>();
        Map<Long, String> seatByPerson = new HashMap<>();
        plans.findByConference(conference).ifPresent(plan -> assignments.findByPlan(plan).forEach(a -> {
            if (a.getAttendee() != null) {
                seatByAttendee.put(a.getAttendee().getId(), a.getSeat().label());
            }
            if (a.getPerson() != null) {
                seatByPerson.put(a.getPerson().getId(), a.getSeat().label());
            }
        }));
        List<AttendeeRow> rows = new ArrayList<>();
        for (SeatingAttendee a : attendees.findByConferenceOrderByPosition(conference)) {
            String seat = seatByAttendee.get(a.getId());
            if (seat == null && a.getPerson() != null) {
                seat = seatByPerson.get(a.getPerson().getId());
            }
            rows.add(new AttendeeRow(a.getId(), rows.size() + 1, a.getName(), a.getOrganisation(), seat));
        }
        return rows;
    }

    /** Adds one attendee at the end of the list; refuses a blank or too long name and a name already there. */
    public SeatingAttendee add(Conference conference, String name, String organisation) {
        String cleanName = VietText.cleanToNull(name);
        String cleanOrganisation = VietText.cleanToNull(organisation);
        if (cleanName == null) {
            throw new UserMessageException("seating.attendees.error.name");
        }
        if (cleanName.length() > SeatingAttendee.MAX_NAME) {
            throw new UserMessageException("seating.attendees.error.nameTooLong", SeatingAttendee.MAX_NAME);
        }
        if (cleanOrganisation != null && cleanOrganisation.length() > SeatingAttendee.MAX_ORGANISATION) {
            throw new UserMessageException("seating.attendees.error.organisationTooLong",
                    SeatingAttendee.MAX_ORGANISATION);
        }
        List<SeatingAttendee> onTheList = attendees.findByConferenceOrderByPosition(conference);
        if (new AttendeeDuplicates(onTheList).isKnown(cleanName, cleanOrganisation)) {
            throw new UserMessageException("seating.attendees.error.duplicate", cleanName);
        }
        return attendees.save(new SeatingAttendee(conference, nextPosition(onTheList), cleanName, cleanOrganisation,
                null));
    }

    /** Adds pasted names, one a line (see {@link AttendeeListParser#lines(String)}). */
    public AttendeesAdded paste(Conference conference, String lines) {
        AttendeeList list = AttendeeListParser.lines(lines);
        if (list.entries().isEmpty()) {
            throw new UserMessageException("seating.attendees.error.nothingPasted");
        }
        return addAll(conference, list);
    }

    /** Adds the names of an .xlsx, .xls or .csv list; a file it cannot use writes nothing. */
    public AttendeesAdded importFile(Conference conference, String fileName, byte[] content) {
        return addAll(conference, AttendeeListParser.file(fileName, content));
    }

    /** Removes someone from the list; their seat, if any, becomes free. Someone already removed is no error. */
    public void remove(long attendeeId) {
        attendees.findById(attendeeId).ifPresent(attendees::delete);
    }

    private AttendeesAdded addAll(Conference conference, AttendeeList list) {
        for (AttendeeList.Entry e : list.entries()) {
            if (e.name().length() > SeatingAttendee.MAX_NAME) {
                throw new UserMessageException("seating.attendees.error.lineNameTooLong", e.line(),
                        SeatingAttendee.MAX_NAME);
            }
            if (e.organisation() != null && e.organisation().length() > SeatingAttendee.MAX_ORGANISATION) {
                throw new UserMessageException("seating.attendees.error.lineOrganisationTooLong", e.line(),
                        SeatingAttendee.MAX_ORGANISATION);
            }
        }
        List<SeatingAttendee> onTheList = attendees.findByConferenceOrderByPosition(conference);
        AttendeeDuplicates known = new AttendeeDuplicates(onTheList);
        int next = nextPosition(onTheList);
        List<SeatingAttendee> added = new ArrayList<>();
        for (AttendeeList.Entry e : list.entries()) {
            if (!known.isKnown(e.name(), e.organisation())) {
                known.add(e.name(), e.organisation());
                added.add(new SeatingAttendee(conference, next++, e.name(), e.organisation(), null));
            }
        }
        attendees.saveAll(added);
        return new AttendeesAdded(added.size(), list.entries().size() - added.size(), list.sheetName(),
                list.headerRow(), list.cleanedEntries());
    }

    private static int nextPosition(List<SeatingAttendee> onTheList) {
        return onTheList.stream().mapToInt(SeatingAttendee::getPosition).max().orElse(0) + 1;
    }
}
