package vn.congan.ceremony.conference;

import vn.congan.ceremony.common.jpa.StaleCheck;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.common.Translatable;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.jpa.StaleCheck;
import vn.congan.ceremony.organisation.OrganisationService;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.PersonOrder;
import vn.congan.ceremony.organisation.Unit;

/**
 * The conferences; one is current and the dashboard and ceremony views follow it. A new
 * conference starts from the typical programme. Saves refuse a stale copy.
 */
@Service
public class ConferenceService {

    private final ConferenceRepository conferences;
    private final MovementRepository movements;
    private final OrganisationService organisation;
    private final AgendaItemRepository agendaItems;
    private final DelegateRepository delegates;
    private final AgendaService agenda;
    private final PlanningReferences references;

    public ConferenceService(ConferenceRepository conferences, MovementRepository movements,
            OrganisationService organisation, AgendaItemRepository agendaItems, DelegateRepository delegates,
            AgendaService agenda, PlanningReferences references) {
        this.conferences = conferences;
        this.movements = movements;
        this.organisation = organisation;
        this.agendaItems = agendaItems;
        this.delegates = delegates;
        this.agenda = agenda;
        this.references = references;
    }

    /** The current conference with its movement, chair and organiser unit loaded. */
    @Transactional(readOnly = true)
    public Optional<Conference> current() {
        return conferences.findFirstByCurrentTrue().flatMap(c -> conferences.findWithDetails(c.getId()));
    }

    /** Every conference, the latest first. */
    @Transactional(readOnly = true)
    public List<Conference> findAll() {
        return conferences.findAllByOrderByDateDesc();
    }

    /** One conference with its details loaded, as stored now. */
    @Transactional(readOnly = true)
    public Optional<Conference> load(Long id) {
        return conferences.findWithDetails(id);
    }

    @Transactional(readOnly = true)
    public List<Movement> movements() {
        return movements.findAll();
    }

    @Transactional(readOnly = true)
    public List<Unit> units() {
        return organisation.units();
    }

    /** People whose folded name contains the folded query, for the chair and delegate pickers. */
    @Transactional(readOnly = true)
    public List<Person> findPeople(String query, int offset, int limit) {
        int size = Math.max(1, limit);
        return organisation.findPeople(query, PersonOrder.NAME, false, offset / size, size);
    }

    @Transactional(readOnly = true)
    public int countPeople(String query) {
        return (int) organisation.countPeople(query);
    }

    @Transactional(readOnly = true)
    public boolean hasConferences() {
        return conferences.count() > 0;
    }

    @Transactional
    public Movement addMovement(Movement movement) {
        return movements.save(movement);
    }

    /**
     * Adds a conference as given (current or not), without the typical programme: the caller
     * adds its own agenda (the demo data does, through its contributor).
     */
    @Transactional
    public Conference add(Conference conference) {
        validate(conference);
        return conferences.save(conference);
    }

    /** Creates a conference with the typical programme as its agenda; the first one becomes current. */
    @Transactional
    public Conference create(String title, LocalDate date, LocalTime start) {
        Conference conference = new Conference(title, date, start);
        validate(conference);
        conference.setCurrent(conferences.count() == 0);
        conference = conferences.saveAndFlush(conference);
        agenda.addTypicalProgramme(conference);
        return conference;
    }

    /** Saves the details of {@code edited}; refuses when someone saved the conference meanwhile. */
    @Transactional
    public Conference save(Conference edited) {
        validate(edited);
        Conference current = conferences.findById(edited.getId())
                .orElseThrow(() -> new UserMessageException("error.gone"));
        StaleCheck.requireSameVersion(current, edited);
        current.setTitle(edited.getTitle());
        current.setDate(edited.getDate());
        current.setStartTime(edited.getStartTime());
        current.setPlannedEndTime(edited.getPlannedEndTime());
        current.setVenue(edited.getVenue());
        current.setLocalGovernmentFirst(edited.isLocalGovernmentFirst());
        current.setMovement(edited.getMovement() == null ? null : movements.getReferenceById(edited.getMovement().getId()));
        current.setChair(edited.getChair() == null ? null : organisation.person(edited.getChair().getId()));
        current.setOrganiserUnit(edited.getOrganiserUnit() == null ? null
                : organisation.unit(edited.getOrganiserUnit().getId()));
        return conferences.saveAndFlush(current);
    }

    /** Marks {@code conference} current and every other one not. */
    @Transactional
    public void makeCurrent(Conference conference) {
        conferences.findAll().forEach(c -> {
            boolean current = c.getId().equals(conference.getId());
            if (c.isCurrent() != current) {
                c.setCurrent(current);
            }
        });
    }

    /**
     * What goes with the conference when it is deleted (its own agenda and delegates, its stage
     * settings and MC script edits), for the organizer's confirmation: "12 mục chương trình, 9 đại biểu".
     */
    @Transactional(readOnly = true)
    public List<Translatable> partsDeletedWith(Conference conference) {
        return List.of(new Translatable("conference.parts.agenda", agendaItems.countByConference(conference)),
                new Translatable("conference.parts.delegates", delegates.countByConference(conference)));
    }

    /**
     * Deletes a conference that is not the current one, with its own agenda and delegates; refused,
     * naming what refers to it, while decisions, batches, seating, prints or a ceremony run exist.
     */
    @Transactional
    public void delete(Conference edited) {
        Conference current = conferences.findById(edited.getId())
                .orElseThrow(() -> new UserMessageException("error.gone"));
        StaleCheck.requireSameVersion(current, edited);
        if (current.isCurrent()) {
            throw new UserMessageException("conference.error.deleteCurrent");
        }
        List<Translatable> uses = references.usesOf(current);
        if (!uses.isEmpty()) {
            throw new UserMessageException("conference.error.inUse", current.getTitle(), uses);
        }
        agendaItems.deleteByConference(current);
        agendaItems.flush();
        delegates.deleteByConference(current);
        delegates.flush();
        conferences.delete(current);
    }

    private static void validate(Conference conference) {
        if (conference.getTitle() == null || conference.getTitle().isEmpty()) {
            throw new UserMessageException("conference.error.title");
        }
        if (conference.getDate() == null || conference.getStartTime() == null) {
            throw new UserMessageException("conference.error.when");
        }
        if (conference.getPlannedEndTime() != null && !conference.getPlannedEndTime().isAfter(conference.getStartTime())) {
            throw new UserMessageException("conference.error.plannedEnd");
        }
    }
}
