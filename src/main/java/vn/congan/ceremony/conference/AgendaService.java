package vn.congan.ceremony.conference;

import vn.congan.ceremony.common.jpa.StaleCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.jpa.StaleCheck;

/**
 * The timed agenda of a conference: items in order, their computed times and warnings,
 * editing with optimistic locking, reordering by index (drag and drop, up/down buttons).
 */
@Service
public class AgendaService {

    private final ConferenceRepository conferences;
    private final AgendaItemRepository items;
    private final DelegateRepository delegates;
    private final PlanningReferences references;
    private final List<AgendaDurationEstimator> estimators;

    public AgendaService(ConferenceRepository conferences, AgendaItemRepository items, DelegateRepository delegates,
            PlanningReferences references, List<AgendaDurationEstimator> estimators) {
        this.conferences = conferences;
        this.items = items;
        this.delegates = delegates;
        this.references = references;
        this.estimators = List.copyOf(estimators);
    }

    /** The agenda of {@code conference} with start times from its start, durations and fixed times. */
    @Transactional(readOnly = true)
    public AgendaPlan plan(Conference conference) {
        Conference fresh = conferences.findWithDetails(conference.getId())
                .orElseThrow(() -> new UserMessageException("error.gone"));
        List<AgendaItem> list = items.findByConference(fresh);
        List<Integer> minutes = list.stream().map(this::estimatedMinutes).toList();
        List<AgendaSchedule.Timing> timings = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            timings.add(new AgendaSchedule.Timing(minutes.get(i), list.get(i).getFixedStart()));
        }
        AgendaSchedule schedule = AgendaSchedule.compute(fresh.getStartTime(), fresh.getPlannedEndTime(), timings);
        List<ScheduledItem> rows = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            rows.add(new ScheduledItem(list.get(i), schedule.slot(i), minutes.get(i), schedule.warningsFor(i)));
        }
        return new AgendaPlan(fresh, List.copyOf(rows), schedule);
    }

    /** The agenda items of {@code conference} in order, without times (for the stage order's time check). */
    @Transactional(readOnly = true)
    public List<AgendaItem> items(Conference conference) {
        return items.findByConference(conference);
    }

    /** A new, unsaved item for the add form; {@link #save(AgendaItem)} stores it at the end. */
    public AgendaItem draft(Conference conference) {
        return new AgendaItem(conference, 0, AgendaItemType.REPORT, "", 10);
    }

    /** Stores a new item at the end, or the edited fields of an existing one unless it is stale. */
    @Transactional
    public AgendaItem save(AgendaItem edited) {
        validate(edited);
        AgendaItem target;
        if (edited.isNew()) {
            Conference conference = conferences.findById(edited.getConference().getId())
                    .orElseThrow(() -> new UserMessageException("error.gone"));
            target = new AgendaItem(conference, (int) items.countByConference(conference) + 1, edited.getType(),
                    edited.getTitle(), edited.getDurationMinutes());
        } else {
            target = items.findById(edited.getId()).orElseThrow(() -> new UserMessageException("error.gone"));
            StaleCheck.requireSameVersion(target, edited);
            target.setType(edited.getType());
            target.setTitle(edited.getTitle());
            target.setDurationMinutes(edited.getDurationMinutes());
        }
        target.setResponsibleDelegate(edited.getResponsibleDelegate() == null ? null
                : delegates.findById(edited.getResponsibleDelegate().getId())
                        .orElseThrow(() -> new UserMessageException("error.gone")));
        target.setResponsibleText(edited.getResponsibleText());
        target.setFixedStart(edited.getFixedStart());
        target.setMcNotes(edited.getMcNotes());
        return items.saveAndFlush(target);
    }

    /** Removes an item unless it is stale or a presentation batch belongs to it; closes the gap. */
    @Transactional
    public void remove(AgendaItem edited) {
        AgendaItem item = items.findById(edited.getId()).orElseThrow(() -> new UserMessageException("error.gone"));
        StaleCheck.requireSameVersion(item, edited);
        long batches = references.usesOf(item);
        if (batches > 0) {
            throw new UserMessageException("error.inUse", item.getTitle(), batches);
        }
        Conference conference = item.getConference();
        items.delete(item);
        items.flush();
        renumber(items.findByConference(conference));
    }

    /** Moves the item at index {@code from} to index {@code to} and renumbers the agenda. */
    @Transactional
    public void move(Conference conference, int from, int to) {
        Conference managed = conferences.findById(conference.getId())
                .orElseThrow(() -> new UserMessageException("error.gone"));
        List<AgendaItem> list = items.findByConference(managed);
        if (from < 0 || from >= list.size() || to < 0 || to >= list.size()) {
            throw new UserMessageException("error.concurrent");
        }
        renumber(Reordering.move(list, from, to));
    }

    /** Moves {@code edited} to index {@code to}, refusing when the user's copy is stale. */
    @Transactional
    public void moveTo(AgendaItem edited, int to) {
        AgendaItem item = items.findById(edited.getId()).orElseThrow(() -> new UserMessageException("error.gone"));
        StaleCheck.requireSameVersion(item, edited);
        List<AgendaItem> list = items.findByConference(item.getConference());
        if (to < 0 || to >= list.size()) {
            throw new UserMessageException("error.concurrent");
        }
        renumber(Reordering.move(list, list.indexOf(item), to));
    }

    /** One place up; the first item stays first. */
    @Transactional
    public void moveUp(AgendaItem edited) {
        step(edited, -1);
    }

    /** One place down; the last item stays last. */
    @Transactional
    public void moveDown(AgendaItem edited) {
        step(edited, 1);
    }

    /** Fills an empty agenda with the typical programme; an agenda with items is left alone. */
    @Transactional
    public int addTypicalProgramme(Conference conference) {
        Conference managed = conferences.findById(conference.getId())
                .orElseThrow(() -> new UserMessageException("error.gone"));
        if (items.countByConference(managed) > 0) {
            throw new UserMessageException("agenda.error.notEmpty");
        }
        int position = 1;
        for (TypicalProgramme.Item t : TypicalProgramme.items()) {
            AgendaItem item = new AgendaItem(managed, position++, t.type(), t.title(), t.durationMinutes());
            item.setResponsibleText(t.responsible());
            item.setFixedStart(t.fixedStart());
            items.save(item);
        }
        return TypicalProgramme.items().size();
    }

    private void step(AgendaItem edited, int delta) {
        AgendaItem item = items.findById(edited.getId()).orElseThrow(() -> new UserMessageException("error.gone"));
        StaleCheck.requireSameVersion(item, edited);
        List<AgendaItem> list = items.findByConference(item.getConference());
        int from = list.indexOf(item);
        int to = Math.max(0, Math.min(list.size() - 1, from + delta));
        if (from != to) {
            renumber(Reordering.move(list, from, to));
        }
    }

    private int estimatedMinutes(AgendaItem item) {
        for (AgendaDurationEstimator estimator : estimators) {
            OptionalInt minutes = estimator.estimatedMinutes(item);
            if (minutes.isPresent()) {
                return Math.max(0, minutes.getAsInt());
            }
        }
        return item.getDurationMinutes();
    }

    private static void validate(AgendaItem item) {
        if (item.getTitle() == null || item.getTitle().isEmpty()) {
            throw new UserMessageException("agenda.error.title");
        }
        if (item.getType() == null) {
            throw new UserMessageException("agenda.error.type");
        }
    }

    private static void renumber(List<AgendaItem> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getPosition() != i + 1) {
                ordered.get(i).setPosition(i + 1);
            }
        }
    }
}
