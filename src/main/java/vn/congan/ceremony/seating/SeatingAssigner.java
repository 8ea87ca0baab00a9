package vn.congan.ceremony.seating;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.congan.ceremony.common.UserMessageException;

/**
 * The automatic seating rules.
 * <ul>
 * <li>Pinned seats stay; their people are not seated again.</li>
 * <li>Delegates take the delegate zone from the front row back: the most senior at the centre
 * of the hall, the next on the starting side of the first, the next on the other side,
 * alternating outwards.</li>
 * <li>Awardees take the awardee zone in stage order. The zone is read as lines: each row of
 * each section (the seats between two aisles), front rows first, and in a row the section
 * whose exit is nearest the stage steps first; a line is filled from its exit end. A batch
 * sits in consecutive seats of one line so it can stand up and walk out in order; a batch that
 * does not fit in the rest of a line starts the next line, unless it is longer than that line
 * or skipping would leave too few seats, and then it continues over the line end.</li>
 * <li>Other attendees fill the general zone, front rows first, left to right.</li>
 * </ul>
 * Someone already seated (a delegate who also represents a unit, a person with two awards)
 * keeps the first seat. Too many people for a zone is refused with a message.
 */
public final class SeatingAssigner {

    public Map<SeatKey, Occupant> assign(SeatingRequest request) {
        HallLayout layout = request.layout();
        Map<SeatKey, Occupant> result = new LinkedHashMap<>();
        Set<String> seated = new HashSet<>();
        for (Map.Entry<SeatKey, Occupant> pin : request.pinned().entrySet()) {
            if (!layout.contains(pin.getKey())) {
                throw new IllegalArgumentException("Pinned seat outside the hall: " + pin.getKey());
            }
            result.put(pin.getKey(), pin.getValue());
            seated.add(pin.getValue().key());
        }

        List<Occupant> delegates = unseated(request.delegates(), seated);
        List<SeatKey> delegateSeats = delegateOrder(request, result);
        if (delegates.size() > delegateSeats.size()) {
            throw new UserMessageException("seating.error.tooManyDelegates", delegates.size(), delegateSeats.size());
        }
        for (int i = 0; i < delegates.size(); i++) {
            result.put(delegateSeats.get(i), delegates.get(i));
        }

        seatAwardees(request, result, seated);

        List<Occupant> general = unseated(request.general(), seated);
        List<SeatKey> generalSeats = layout.seats().stream()
                .filter(k -> free(request, result, k, Zone.GENERAL)).toList();
        if (general.size() > generalSeats.size()) {
            throw new UserMessageException("seating.error.tooManyGeneral", general.size(), generalSeats.size());
        }
        for (int i = 0; i < general.size(); i++) {
            result.put(generalSeats.get(i), general.get(i));
        }
        return result;
    }

    /** The people of {@code group} not yet seated, each once, marking them seated. */
    private static List<Occupant> unseated(List<Occupant> group, Set<String> seated) {
        List<Occupant> result = new ArrayList<>(group.size());
        for (Occupant o : group) {
            if (seated.add(o.key())) {
                result.add(o);
            }
        }
        return result;
    }

    private static boolean free(SeatingRequest request, Map<SeatKey, Occupant> taken, SeatKey key, Zone zone) {
        HallSeat seat = request.seat(key);
        return seat.zone() == zone && !seat.blocked() && !taken.containsKey(key);
    }

    /** Delegate seats in the order of precedence: row by row, centre first, alternating. */
    private static List<SeatKey> delegateOrder(SeatingRequest request, Map<SeatKey, Occupant> taken) {
        HallLayout layout = request.layout();
        boolean startRight = request.delegateStartSide() == Side.RIGHT;
        double centre = layout.centre();
        List<SeatKey> order = new ArrayList<>();
        for (int row = 0; row < layout.rowCount(); row++) {
            List<SeatKey> seats = layout.row(row).stream()
                    .filter(k -> free(request, taken, k, Zone.DELEGATE)).toList();
            if (seats.isEmpty()) {
                continue;
            }
            // The first seat: nearest the centre; of two equally near, the one away from the
            // starting side, so that the second delegate sits right next to the first.
            SeatKey first = seats.stream().min(Comparator.<SeatKey>comparingDouble(k -> Math.abs(layout.x(k) - centre))
                    .thenComparingDouble(k -> startRight ? layout.x(k) : -layout.x(k))).orElseThrow();
            double firstX = layout.x(first);
            List<SeatKey> right = new ArrayList<>(seats.stream().filter(k -> layout.x(k) > firstX).toList());
            List<SeatKey> left = new ArrayList<>(seats.stream().filter(k -> layout.x(k) < firstX).toList());
            Collections.reverse(left);
            List<SeatKey> start = startRight ? right : left;
            List<SeatKey> other = startRight ? left : right;
            order.add(first);
            for (int i = 0; i < Math.max(start.size(), other.size()); i++) {
                if (i < start.size()) {
                    order.add(start.get(i));
                }
                if (i < other.size()) {
                    order.add(other.get(i));
                }
            }
        }
        return order;
    }

    /** The awardee zone as lines, each ordered from its exit end. */
    static List<List<SeatKey>> awardeeLines(SeatingRequest request, Map<SeatKey, Occupant> taken) {
        HallLayout layout = request.layout();
        List<Integer> sectionOrder = new ArrayList<>();
        for (int s = 0; s < layout.sections().size(); s++) {
            sectionOrder.add(s);
        }
        sectionOrder.sort(Comparator.comparingDouble(layout::exitDistance));
        List<List<SeatKey>> lines = new ArrayList<>();
        for (int row = 0; row < layout.rowCount(); row++) {
            for (int section : sectionOrder) {
                List<SeatKey> line = new ArrayList<>(layout.segment(section, row).stream()
                        .filter(k -> free(request, taken, k, Zone.AWARDEE)).toList());
                if (layout.exitSide(section) == Side.RIGHT) {
                    Collections.reverse(line);
                }
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    private static void seatAwardees(SeatingRequest request, Map<SeatKey, Occupant> result, Set<String> seated) {
        List<List<Occupant>> batches = new ArrayList<>();
        int needed = 0;
        for (List<Occupant> batch : request.batches()) {
            List<Occupant> people = unseated(batch, seated);
            batches.add(people);
            needed += people.size();
        }
        List<List<SeatKey>> lines = awardeeLines(request, result);
        int available = lines.stream().mapToInt(List::size).sum();
        if (needed > available) {
            throw new UserMessageException("seating.error.tooManyAwardees", needed, available);
        }
        List<Occupant> people = new ArrayList<>(needed);
        batches.forEach(people::addAll);
        List<SeatKey> places = place(batches, lines, true);
        if (places == null) {
            places = place(batches, lines, false);
        }
        if (places == null) {
            places = shareLines(batches, lines, needed, available);
        }
        for (int i = 0; i < people.size(); i++) {
            result.put(places.get(i), people.get(i));
        }
    }

    /**
     * Every batch starts a new line at its exit end, so nobody climbs over an earlier batch. With
     * {@code skipShortLines}, a batch skips lines shorter than itself when a later line holds it
     * whole. A batch longer than its line continues in the next line(s). Null when the zone has
     * too few lines for this.
     */
    private static List<SeatKey> place(List<List<Occupant>> batches, List<List<SeatKey>> lines,
            boolean skipShortLines) {
        List<SeatKey> places = new ArrayList<>();
        int line = 0;
        int pos = 0;
        for (List<Occupant> batch : batches) {
            if (batch.isEmpty()) {
                continue;
            }
            if (pos > 0) {
                line++;
                pos = 0;
            }
            if (skipShortLines) {
                int fitting = line;
                while (fitting < lines.size() && lines.get(fitting).size() < batch.size()) {
                    fitting++;
                }
                if (fitting < lines.size()) {
                    line = fitting;
                }
            }
            for (int i = 0; i < batch.size(); i++) {
                while (line < lines.size() && pos >= lines.get(line).size()) {
                    line++;
                    pos = 0;
                }
                if (line >= lines.size()) {
                    return null;
                }
                places.add(lines.get(line).get(pos++));
            }
        }
        return places;
    }

    /**
     * The fallback when there are fewer lines than batches need: a batch that fits in the rest of
     * the line sits there; one that does not starts the next line unless it is longer than that
     * line or skipping would leave too few seats; then it continues over the line end.
     */
    private static List<SeatKey> shareLines(List<List<Occupant>> batches, List<List<SeatKey>> lines, int needed,
            int available) {
        List<SeatKey> places = new ArrayList<>();
        int line = 0;
        int pos = 0;
        int left = available;
        for (List<Occupant> batch : batches) {
            if (batch.isEmpty()) {
                continue;
            }
            int rest = lines.get(line).size() - pos;
            if (pos > 0 && batch.size() > rest && line + 1 < lines.size()
                    && batch.size() <= lines.get(line + 1).size() && left - rest >= needed) {
                line++;
                pos = 0;
                left -= rest;
            }
            for (int i = 0; i < batch.size(); i++) {
                while (pos >= lines.get(line).size()) {
                    line++;
                    pos = 0;
                }
                places.add(lines.get(line).get(pos++));
                left--;
                needed--;
            }
        }
        return places;
    }
}
