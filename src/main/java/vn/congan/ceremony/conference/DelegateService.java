package vn.congan.ceremony.conference;

import vn.congan.ceremony.common.jpa.StaleCheck;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.jpa.StaleCheck;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.organisation.OrganisationService;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.Rank;

/**
 * The delegates of a conference in the precedence order the organizer sets (1 = most
 * senior), and the MC's introduction text built from it.
 */
@Service
public class DelegateService {

    private final ConferenceRepository conferences;
    private final DelegateRepository delegates;
    private final OrganisationService organisation;
    private final PlanningReferences references;

    public DelegateService(ConferenceRepository conferences, DelegateRepository delegates, OrganisationService organisation,
            PlanningReferences references) {
        this.conferences = conferences;
        this.delegates = delegates;
        this.organisation = organisation;
        this.references = references;
    }

    /** The delegates, most senior first, with their people loaded. */
    @Transactional(readOnly = true)
    public List<Delegate> delegates(Conference conference) {
        return delegates.findByConference(conference);
    }

    /** The MC's introduction of the delegates, in protocol order ({@link DelegateProtocol}). */
    @Transactional(readOnly = true)
    public String introduction(Conference conference) {
        return DelegateIntroduction.text(introductionOrder(conference));
    }

    /**
     * The delegates as the MC introduces them and the front row seats them: the organizer's
     * precedence with the provincial government's guests before or after the Director, as the
     * conference sets it.
     */
    @Transactional(readOnly = true)
    public List<Delegate> introductionOrder(Conference conference) {
        Conference managed = managed(conference);
        return DelegateProtocol.order(delegates.findByConference(managed), managed);
    }

    /** Adds a person of the department at the end; a person is a delegate once per conference. */
    @Transactional
    public Delegate addPerson(Conference conference, Person person, String titleLine) {
        if (person == null) {
            throw new UserMessageException("delegate.error.who");
        }
        Conference managed = managed(conference);
        Person managedPerson = organisation.person(person.getId());
        if (delegates.existsByConferenceAndPerson(managed, managedPerson)) {
            throw new UserMessageException("delegate.error.duplicate", managedPerson.getRankAndName());
        }
        return delegates.saveAndFlush(Delegate.ofPerson(managed, managedPerson, titleLine, nextPrecedence(managed)));
    }

    /** Adds an outside guest at the end. */
    @Transactional
    public Delegate addGuest(Conference conference, String name, Rank rank, String titleLine, String organisation) {
        if (VietText.cleanToNull(name) == null) {
            throw new UserMessageException("delegate.error.who");
        }
        Conference managed = managed(conference);
        return delegates.saveAndFlush(Delegate.guest(managed, name, rank, titleLine, organisation,
                nextPrecedence(managed)));
    }

    /** Saves the title line, organisation and, for a guest, name and rank; refuses a stale copy. */
    @Transactional
    public Delegate update(Delegate edited) {
        Delegate current = delegates.findById(edited.getId()).orElseThrow(() -> new UserMessageException("error.gone"));
        StaleCheck.requireSameVersion(current, edited);
        if (current.getPerson() == null) {
            if (VietText.cleanToNull(edited.getGuestName()) == null) {
                throw new UserMessageException("delegate.error.who");
            }
            current.setGuestName(edited.getGuestName());
            current.setGuestRank(edited.getGuestRank());
        }
        current.setTitleLine(edited.getTitleLine());
        current.setOrganisation(edited.getOrganisation());
        return delegates.saveAndFlush(current);
    }

    /** Removes a delegate no agenda item or presentation batch names; closes the gap in the order. */
    @Transactional
    public void remove(Delegate edited) {
        Delegate current = delegates.findById(edited.getId()).orElseThrow(() -> new UserMessageException("error.gone"));
        StaleCheck.requireSameVersion(current, edited);
        long uses = references.usesOf(current);
        if (uses > 0) {
            throw new UserMessageException("error.inUse", current.getRankAndName(), uses);
        }
        Conference conference = current.getConference();
        delegates.delete(current);
        delegates.flush();
        renumber(delegates.findByConference(conference));
    }

    /** Moves the delegate at index {@code from} to index {@code to} and renumbers the precedence. */
    @Transactional
    public void move(Conference conference, int from, int to) {
        List<Delegate> list = delegates.findByConference(managed(conference));
        if (from < 0 || from >= list.size() || to < 0 || to >= list.size()) {
            throw new UserMessageException("error.concurrent");
        }
        renumber(Reordering.move(list, from, to));
    }

    /** Moves {@code edited} to index {@code to} (a drop), refusing when the user's copy is stale. */
    @Transactional
    public void moveTo(Delegate edited, int to) {
        Delegate current = delegates.findById(edited.getId()).orElseThrow(() -> new UserMessageException("error.gone"));
        StaleCheck.requireSameVersion(current, edited);
        List<Delegate> list = delegates.findByConference(current.getConference());
        if (to < 0 || to >= list.size()) {
            throw new UserMessageException("error.concurrent");
        }
        renumber(Reordering.move(list, list.indexOf(current), to));
    }

    @Transactional
    public void moveUp(Delegate edited) {
        step(edited, -1);
    }

    @Transactional
    public void moveDown(Delegate edited) {
        step(edited, 1);
    }

    private void step(Delegate edited, int delta) {
        Delegate current = delegates.findById(edited.getId()).orElseThrow(() -> new UserMessageException("error.gone"));
        StaleCheck.requireSameVersion(current, edited);
        List<Delegate> list = delegates.findByConference(current.getConference());
        int from = list.indexOf(current);
        int to = Math.max(0, Math.min(list.size() - 1, from + delta));
        if (from != to) {
            renumber(Reordering.move(list, from, to));
        }
    }

    private Conference managed(Conference conference) {
        return conferences.findById(conference.getId()).orElseThrow(() -> new UserMessageException("error.gone"));
    }

    private int nextPrecedence(Conference conference) {
        return delegates.findByConference(conference).stream().mapToInt(Delegate::getPrecedence).max().orElse(0) + 1;
    }

    private static void renumber(List<Delegate> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getPrecedence() != i + 1) {
                ordered.get(i).setPrecedence(i + 1);
            }
        }
    }
}
