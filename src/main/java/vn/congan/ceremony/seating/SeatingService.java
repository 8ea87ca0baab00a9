package vn.congan.ceremony.seating;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.Delegate;
import vn.congan.ceremony.conference.DelegateService;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.stage.AwardStagePlace;
import vn.congan.ceremony.stage.StageBatch;
import vn.congan.ceremony.stage.StageEntry;
import vn.congan.ceremony.stage.StageOrderService;

/**
 * The seating of a conference: its hall plan (built, or taken from a template), the zones, the
 * automatic assignment, manual assign/move/swap/pin, and the check against the stage order.
 */
@Service
@Transactional
public class SeatingService {

    private static final String PERSON = "person:";
    private static final String CONCURRENT = "error.concurrent";

    private final SeatingPlanRepository plans;
    private final SeatingSeatRepository seats;
    private final SeatAssignmentRepository assignments;
    private final SeatingAttendeeRepository attendees;
    private final DelegateService delegates;
    private final StageOrderService stage;
    private final EntityManager em;
    private final SeatingAssigner assigner = new SeatingAssigner();

    public SeatingService(SeatingPlanRepository plans, SeatingSeatRepository seats,
            SeatAssignmentRepository assignments, SeatingAttendeeRepository attendees, DelegateService delegates,
            StageOrderService stage, EntityManager em) {
        this.plans = plans;
        this.seats = seats;
        this.assignments = assignments;
        this.attendees = attendees;
        this.delegates = delegates;
        this.stage = stage;
        this.em = em;
    }

    // --- the hall plan ----------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Optional<SeatingPlan> plan(Conference conference) {
        Optional<SeatingPlan> plan = plans.findByConference(conference);
        plan.ifPresent(p -> p.getSections().size());
        return plan;
    }

    /**
     * What a new plan (built or from a template) would replace: the current plan's name, its seat
     * count and how many people sit in it; empty when the conference has no plan yet.
     */
    @Transactional(readOnly = true)
    public Optional<PlanReplacement> replacement(Conference conference) {
        return plans.findByConference(conference).map(plan -> {
            List<SeatAssignment> seated = assignments.findByPlan(plan);
            return new PlanReplacement(plan.getName(), (int) seats.countByPlan(plan), seated.size(),
                    (int) seated.stream().filter(SeatAssignment::isPinned).count());
        });
    }

    /**
     * Builds the conference's plan, replacing the one it had (with its seating). Every seat starts
     * general. {@code seen} is the plan the page showed (or none): a plan built or changed by
     * someone else since is never replaced.
     */
    public SeatingPlan createPlan(Conference conference, PlanSnapshot seen, HallSetup setup) {
        String name = VietText.cleanToNull(setup.name());
        if (name == null) {
            throw new UserMessageException("seating.error.planName");
        }
        if (name.length() > SeatingPlan.NAME_MAX) {
            throw new UserMessageException("seating.error.planNameTooLong", SeatingPlan.NAME_MAX, name.length());
        }
        Optional<SeatingPlan> existing = plans.findByConference(conference);
        if (existing.isPresent()) {
            delete(checked(existing.get().getId(), seen, false));
        } else if (seen.planId() != null) {
            throw new UserMessageException(CONCURRENT);
        }
        SeatingPlan plan = SeatingPlan.forConference(conference, setup.name());
        return build(plan, setup);
    }

    /** Keeps a copy of the plan's hall, zones and blocked seats (not who sits where) for reuse. */
    public SeatingPlan saveAsTemplate(SeatingPlan plan, String name) {
        String cleaned = VietText.cleanToNull(name);
        if (cleaned == null) {
            throw new UserMessageException("seating.error.templateName");
        }
        if (cleaned.length() > SeatingPlan.NAME_MAX) {
            throw new UserMessageException("seating.error.templateNameTooLong", SeatingPlan.NAME_MAX, cleaned.length());
        }
        SeatingPlan source = plans.findById(plan.getId()).orElseThrow(() -> new UserMessageException("error.gone"));
        SeatingPlan template = build(SeatingPlan.template(cleaned), setupOf(source, cleaned));
        copyZones(source, template);
        return template;
    }

    @Transactional(readOnly = true)
    public List<SeatingPlan> templates() {
        return plans.findByTemplateTrueOrderByName();
    }

    /** Replaces the conference's plan by a copy of the template's hall, zones and blocked seats. */
    public SeatingPlan applyTemplate(Conference conference, PlanSnapshot seen, SeatingPlan template) {
        SeatingPlan source = plans.findById(template.getId()).orElseThrow(() -> new UserMessageException("error.gone"));
        SeatingPlan plan = createPlan(conference, seen, setupOf(source, source.getName()));
        copyZones(source, plan);
        return plan;
    }

    /** Changes the setting of which side of the most senior delegate the second one sits. */
    public void setDelegateStartSide(SeatingMap seen, Side side) {
        checked(seen).setDelegateStartSide(side);
    }

    /**
     * The plan, locked for this change, when it is still as the page read it; its version then
     * moves on with the change, so every other page holding the old version is refused.
     */
    private SeatingPlan checked(SeatingMap seen) {
        return checked(seen.plan().getId(), seen.snapshot(), true);
    }

    private SeatingPlan checked(long planId, PlanSnapshot seen, boolean bump) {
        SeatingPlan plan = em.find(SeatingPlan.class, planId);
        if (plan == null || seen.planId() == null || !seen.planId().equals(planId)
                || plan.getVersion() != seen.version()) {
            throw new UserMessageException(CONCURRENT);
        }
        // compare-and-increment in the database (a change in between fails as a stale edit), and
        // the row stays locked until this change commits
        em.lock(plan, bump ? LockModeType.PESSIMISTIC_FORCE_INCREMENT : LockModeType.PESSIMISTIC_WRITE);
        return plan;
    }

    /** The seat's occupant now must be the one the page showed (same assignment, same version), or none as shown. */
    private Optional<SeatAssignment> occupantAsSeen(SeatingMap seen, SeatingSeat seat) {
        Optional<SeatAssignment> now = assignments.findBySeat(seat);
        Optional<SeatAssignment> shown = seen.occupant(seat);
        boolean same = now.isEmpty() ? shown.isEmpty()
                : shown.isPresent() && shown.get().getId().equals(now.get().getId())
                        && shown.get().getVersion() == now.get().getVersion();
        if (!same) {
            throw new UserMessageException(CONCURRENT);
        }
        return now;
    }

    private SeatingPlan build(SeatingPlan plan, HallSetup setup) {
        plan.setSections(setup.sections());
        plan.setNumbering(setup.numbering());
        plan.setStageSteps(setup.steps());
        plan.setSideAisles(setup.sideAisles());
        plan.setDelegateStartSide(setup.delegateStartSide());
        SeatingPlan saved = plans.save(plan);
        HallLayout layout = saved.layout();
        seats.saveAll(layout.seats().stream().map(k -> new SeatingSeat(saved, layout, k)).toList());
        return saved;
    }

    private static HallSetup setupOf(SeatingPlan plan, String name) {
        return new HallSetup(name, plan.getSections().stream().map(SeatingSection::toHallSection).toList(),
                plan.getNumbering(), plan.getStageSteps(), plan.isSideAisles(), plan.getDelegateStartSide());
    }

    private void copyZones(SeatingPlan from, SeatingPlan to) {
        Map<SeatKey, SeatingSeat> target = seats.findByPlan(to).stream()
                .collect(Collectors.toMap(SeatingSeat::key, Function.identity()));
        for (SeatingSeat seat : seats.findByPlan(from)) {
            SeatingSeat copy = target.get(seat.key());
            copy.setZone(seat.getZone());
            copy.setBlocked(seat.isBlocked());
        }
    }

    private void delete(SeatingPlan plan) {
        assignments.deleteByPlan(plan);
        seats.deleteByPlan(plan);
        plans.delete(plan);
        plans.flush();
    }

    // --- zones and blocked seats ------------------------------------------------------------

    /** Paints every seat in the rectangle spanned by two seats (rows between, columns between) with a zone. */
    public int paintZone(SeatingMap seen, SeatingSeat corner, SeatingSeat otherCorner, Zone zone) {
        checked(seen);
        List<SeatingSeat> range = range(corner, otherCorner);
        range.forEach(s -> s.setZone(zone));
        return range.size();
    }

    /** Blocks or frees the seats of a rectangle; an occupied seat cannot be blocked. */
    public int setBlocked(SeatingMap seen, SeatingSeat corner, SeatingSeat otherCorner, boolean blocked) {
        checked(seen);
        List<SeatingSeat> range = range(corner, otherCorner);
        if (blocked) {
            Set<Long> taken = assignments.findByPlan(range.get(0).getPlan()).stream()
                    .map(a -> a.getSeat().getId()).collect(Collectors.toSet());
            range.stream().filter(s -> taken.contains(s.getId())).findFirst().ifPresent(s -> {
                throw new UserMessageException("seating.error.blockOccupied", s.label());
            });
        }
        range.forEach(s -> s.setBlocked(blocked));
        return range.size();
    }

    private List<SeatingSeat> range(SeatingSeat corner, SeatingSeat otherCorner) {
        SeatingSeat a = seats.findById(corner.getId()).orElseThrow(() -> new UserMessageException("error.gone"));
        SeatingSeat b = seats.findById(otherCorner.getId()).orElseThrow(() -> new UserMessageException("error.gone"));
        SeatingPlan plan = a.getPlan();
        HallLayout layout = plan.layout();
        int rowFrom = Math.min(a.key().row(), b.key().row());
        int rowTo = Math.max(a.key().row(), b.key().row());
        double xFrom = Math.min(layout.x(a.key()), layout.x(b.key()));
        double xTo = Math.max(layout.x(a.key()), layout.x(b.key()));
        return seats.findByPlan(plan).stream().filter(s -> s.key().row() >= rowFrom && s.key().row() <= rowTo
                && layout.x(s.key()) >= xFrom && layout.x(s.key()) <= xTo).toList();
    }

    // --- who sits where ---------------------------------------------------------------------

    /** The plan with its seats and occupants and the stage-order check; empty without a plan. */
    @Transactional(readOnly = true)
    public Optional<SeatingMap> map(Conference conference) {
        return plans.findByConference(conference).map(plan -> {
            // the seats first: the assignments then find theirs already read
            List<SeatingSeat> planSeats = seats.findByPlan(plan);
            List<SeatAssignment> all = assignments.findOccupants(plan);
            Map<Long, SeatAssignment> bySeat = all.stream()
                    .collect(Collectors.toMap(a -> a.getSeat().getId(), Function.identity()));
            return new SeatingMap(plan, plan.layout(), planSeats, bySeat, check(conference, all));
        });
    }

    /** Seats awardees whose award moved in the stage order, and awardees without a seat. */
    @Transactional(readOnly = true)
    public StageOrderCheck.Report stageOrder(Conference conference) {
        return check(conference, assignments.findOccupants(requirePlan(conference)));
    }

    private StageOrderCheck.Report check(Conference conference, List<SeatAssignment> all) {
        Map<Long, StageOrderCheck.StagePlace> current = new HashMap<>();
        for (AwardStagePlace place : stage.places(conference)) {
            current.put(place.awardId(), new StageOrderCheck.StagePlace(place.batch(), place.entry(),
                    awardeeKey(place.personId(), place.awardId())));
        }
        List<StageOrderCheck.Seated> seated = all.stream().filter(a -> a.getKind() == Occupant.Kind.AWARDEE)
                .map(a -> new StageOrderCheck.Seated(a.getSeat().getId(), a.getAward().getId(),
                        a.getBatchNo() == null ? 0 : a.getBatchNo(), a.getEntryNo() == null ? 0 : a.getEntryNo(),
                        a.isPinned()))
                .toList();
        Set<String> keys = all.stream().map(SeatAssignment::occupantKey).collect(Collectors.toSet());
        return StageOrderCheck.check(seated, current, keys);
    }

    /**
     * Runs the automatic assignment: pinned seats stay, every other seat is assigned afresh by
     * the rules of {@link SeatingAssigner}. Returns the number of people seated.
     */
    public int autoAssign(Conference conference) {
        SeatingPlan plan = requirePlan(conference);
        em.lock(plan, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        List<SeatingSeat> planSeats = seats.findByPlan(plan);
        Map<SeatKey, SeatingSeat> byKey = new LinkedHashMap<>();
        Map<SeatKey, HallSeat> hallSeats = new HashMap<>();
        for (SeatingSeat seat : planSeats) {
            byKey.put(seat.key(), seat);
            hallSeats.put(seat.key(), seat.toHallSeat());
        }
        List<List<Occupant>> awardees = awardees(conference);
        Map<Long, Occupant> stagePlaceNow = new HashMap<>();
        awardees.forEach(batch -> batch.forEach(o -> stagePlaceNow.putIfAbsent(o.refId(), o)));
        Map<SeatKey, Occupant> pinned = new HashMap<>();
        Map<Long, SeatAssignment> unpinnedBySeatId = new HashMap<>();
        for (SeatAssignment a : assignments.findByPlan(plan)) {
            if (!a.isPinned()) {
                unpinnedBySeatId.put(a.getSeat().getId(), a);
            } else {
                // a pinned awardee keeps the seat but goes up with their batch and place of now
                Occupant now = a.getKind() == Occupant.Kind.AWARDEE ? stagePlaceNow.get(a.getAward().getId()) : null;
                if (now != null) {
                    a.setStagePlace(now.batch(), now.entry());
                }
                pinned.put(a.getSeat().key(), a.toOccupant());
            }
        }
        SeatingRequest request = new SeatingRequest(plan.layout(), hallSeats, delegateOccupants(conference),
                awardees, generalOccupants(conference), pinned, plan.getDelegateStartSide());
        Map<SeatKey, Occupant> result = assigner.assign(request);

        // A seat whose occupant stays the same keeps its row: a re-run after a small change writes
        // only what moved (stale rows go first, so the unique seat and person never clash).
        List<SeatAssignment> created = new ArrayList<>();
        for (Map.Entry<SeatKey, Occupant> e : result.entrySet()) {
            if (!pinned.containsKey(e.getKey())) {
                SeatingSeat seat = byKey.get(e.getKey());
                SeatAssignment kept = unpinnedBySeatId.get(seat.getId());
                if (kept != null && kept.toOccupant().equals(e.getValue())) {
                    unpinnedBySeatId.remove(seat.getId());
                } else {
                    created.add(toAssignment(plan, seat, e.getValue()));
                }
            }
        }
        assignments.deleteAll(unpinnedBySeatId.values());
        assignments.flush();
        assignments.saveAll(created);
        return result.size();
    }

    /** Everyone who should have a seat and has none yet: delegates, awardees in stage order, attendees. */
    @Transactional(readOnly = true)
    public List<Occupant> unseated(Conference conference) {
        Set<String> seated = plans.findByConference(conference)
                .map(p -> assignments.findByPlan(p).stream().map(SeatAssignment::occupantKey)
                        .collect(Collectors.toSet()))
                .orElseGet(HashSet::new);
        List<Occupant> all = new ArrayList<>(delegateOccupants(conference));
        awardees(conference).forEach(all::addAll);
        all.addAll(generalOccupants(conference));
        List<Occupant> result = new ArrayList<>();
        for (Occupant o : all) {
            if (seated.add(o.key())) {
                result.add(o);
            }
        }
        return result;
    }

    /** Seats someone by hand; the seat is pinned so that re-running keeps it. */
    public void assign(SeatingMap seen, SeatingSeat seat, Occupant occupant) {
        checked(seen);
        SeatingSeat target = seats.findById(seat.getId()).orElseThrow(() -> new UserMessageException("error.gone"));
        if (target.isBlocked()) {
            throw new UserMessageException("seating.error.blocked", target.label());
        }
        if (occupantAsSeen(seen, target).isPresent()) {
            throw new UserMessageException("seating.error.seatTaken", target.label());
        }
        SeatingPlan plan = target.getPlan();
        assignments.findByPlan(plan).stream().filter(a -> a.occupantKey().equals(occupant.key())).findFirst()
                .ifPresent(a -> {
                    throw new UserMessageException("seating.error.alreadySeated", occupant.name(), a.getSeat().label());
                });
        SeatAssignment assignment = toAssignment(plan, target, occupant);
        assignment.setPinned(true);
        assignments.save(assignment);
    }

    /**
     * Moves the occupant of {@code from} to {@code to}; when {@code to} is taken the two swap.
     * Both end up pinned.
     */
    public void move(SeatingMap seen, SeatingSeat from, SeatingSeat to) {
        checked(seen);
        SeatingSeat source = seats.findById(from.getId()).orElseThrow(() -> new UserMessageException("error.gone"));
        SeatingSeat target = seats.findById(to.getId()).orElseThrow(() -> new UserMessageException("error.gone"));
        if (source.equals(target)) {
            return;
        }
        if (target.isBlocked()) {
            throw new UserMessageException("seating.error.blocked", target.label());
        }
        SeatAssignment moving = occupantAsSeen(seen, source)
                .orElseThrow(() -> new UserMessageException("seating.error.seatEmpty", source.label()));
        Optional<SeatAssignment> other = occupantAsSeen(seen, target);
        SeatAssignment moved = moving.copyTo(target);
        moved.setPinned(true);
        Optional<SeatAssignment> swapped = other.map(o -> o.copyTo(source));
        swapped.ifPresent(s -> s.setPinned(true));
        assignments.delete(moving);
        other.ifPresent(assignments::delete);
        assignments.flush();
        assignments.save(moved);
        swapped.ifPresent(assignments::save);
    }

    /** Frees a seat; refused when its occupant is no longer the one the page showed. */
    public void unassign(SeatingMap seen, SeatingSeat seat) {
        checked(seen);
        SeatingSeat target = seats.findById(seat.getId()).orElseThrow(() -> new UserMessageException("error.gone"));
        occupantAsSeen(seen, target).ifPresent(assignments::delete);
    }

    public void setPinned(SeatingMap seen, SeatingSeat seat, boolean pinned) {
        checked(seen);
        SeatingSeat target = seats.findById(seat.getId()).orElseThrow(() -> new UserMessageException("error.gone"));
        occupantAsSeen(seen, target)
                .orElseThrow(() -> new UserMessageException("seating.error.seatEmpty", target.label()))
                .setPinned(pinned);
    }

    // --- building occupants -----------------------------------------------------------------

    private SeatingPlan requirePlan(Conference conference) {
        return plans.findByConference(conference).orElseThrow(() -> new UserMessageException("seating.error.noPlan"));
    }

    private List<Occupant> delegateOccupants(Conference conference) {
        // the front row follows the order the MC introduces them in (the conference's protocol setting)
        return delegates.introductionOrder(conference).stream().map(SeatingService::occupant).toList();
    }

    static Occupant occupant(Delegate d) {
        String key = d.getPerson() != null ? PERSON + d.getPerson().getId() : "delegate:" + d.getId();
        return Occupant.delegate(key, d.getId(), d.getFullName());
    }

    /**
     * The awardees in stage order (the stage order's read model): batch by batch, each in entry
     * order; a collective's seat is its representative's.
     */
    private List<List<Occupant>> awardees(Conference conference) {
        List<List<Occupant>> result = new ArrayList<>();
        for (StageBatch batch : stage.plan(conference).batches()) {
            List<Occupant> people = new ArrayList<>();
            for (StageEntry entry : batch.entries()) {
                people.add(Occupant.awardee(awardeeKey(entry.personId(), entry.awardId()), entry.awardId(),
                        entry.seatName(), batch.number(), entry.position()));
            }
            result.add(people);
        }
        return result;
    }

    /** An awardee's identity for the seating: the person who goes on stage, else the award. */
    private static String awardeeKey(Long personId, long awardId) {
        return personId != null ? PERSON + personId : "award:" + awardId;
    }

    private List<Occupant> generalOccupants(Conference conference) {
        return attendees.findByConferenceOrderByPosition(conference).stream()
                .map(a -> Occupant.general(a.getPerson() != null ? PERSON + a.getPerson().getId() : "attendee:" + a.getId(),
                        a.getId(), a.getName()))
                .toList();
    }

    private SeatAssignment toAssignment(SeatingPlan plan, SeatingSeat seat, Occupant occupant) {
        SeatAssignment a = new SeatAssignment(plan, seat, occupant.kind(), occupant.name());
        if (occupant.key().startsWith(PERSON)) {
            a.setPerson(em.getReference(Person.class, Long.parseLong(occupant.key().substring(PERSON.length()))));
        }
        switch (occupant.kind()) {
            case DELEGATE -> a.setDelegate(em.getReference(Delegate.class, occupant.refId()));
            case AWARDEE -> {
                a.setAward(em.getReference(Award.class, occupant.refId()));
                a.setStagePlace(occupant.batch(), occupant.entry());
            }
            case GENERAL -> a.setAttendee(em.getReference(SeatingAttendee.class, occupant.refId()));
        }
        return a;
    }
}
