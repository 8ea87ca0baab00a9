package vn.congan.ceremony.organisation;

import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.common.text.VietText;

/** Units in the department's official order, and the people of the portal. */
@Service
public class OrganisationService {

    private static final int ORDER_STEP = 10;

    private final UnitRepository units;
    private final PersonRepository people;

    public OrganisationService(UnitRepository units, PersonRepository people) {
        this.units = units;
        this.people = people;
    }

    @Transactional(readOnly = true)
    public List<Unit> units() {
        return units.findAllByOrderByOfficialOrderAscNameAsc();
    }

    /** Adds a unit at the end of the official order, or renames one; names are unique ignoring case and marks. */
    @Transactional
    public Unit saveUnit(Long id, String name, String shortCode) {
        String cleaned = VietText.cleanToNull(name);
        if (cleaned == null) {
            throw new UserMessageException("organisation.error.unitName");
        }
        boolean taken = units.findAll().stream().anyMatch(u -> !u.getId().equals(id)
                && VietText.fold(u.getName()).equals(VietText.fold(cleaned)));
        if (taken) {
            throw new UserMessageException("organisation.error.unitExists", cleaned);
        }
        Unit unit = id == null ? new Unit(cleaned, shortCode, units.maxOfficialOrder() + ORDER_STEP)
                : units.findById(id).orElseThrow(() -> new UserMessageException("error.gone"));
        unit.setName(cleaned);
        unit.setShortCode(shortCode);
        return units.saveAndFlush(unit);
    }

    /** Moves a unit one place up (-1) or down (+1) in the official order; the ends stay put. */
    @Transactional
    public void moveUnit(Long id, int direction) {
        List<Unit> ordered = units.findAllByOrderByOfficialOrderAscNameAsc();
        int index = indexOf(ordered, id);
        int other = index + Integer.signum(direction);
        if (other < 0 || other >= ordered.size() || direction == 0) {
            return;
        }
        Unit a = ordered.get(index);
        Unit b = ordered.get(other);
        if (a.getOfficialOrder() == b.getOfficialOrder()) {
            for (int i = 0; i < ordered.size(); i++) {
                ordered.get(i).setOfficialOrder((i + 1) * ORDER_STEP);
            }
        }
        int swap = a.getOfficialOrder();
        a.setOfficialOrder(b.getOfficialOrder());
        b.setOfficialOrder(swap);
    }

    /** Removes a unit nobody refers to; otherwise says where it is still used. */
    @Transactional
    public void removeUnit(Long id) {
        Unit unit = units.findById(id).orElseThrow(() -> new UserMessageException("error.gone"));
        long uses = people.countByUnit(unit) + units.countByParent(unit) + units.countConferencesOrganisedBy(id)
                + units.countAwardsOf(id);
        if (uses > 0) {
            throw new UserMessageException("error.inUse", unit.getName(), uses);
        }
        try {
            units.delete(unit);
            units.flush();
        } catch (DataIntegrityViolationException e) {
            throw new UserMessageException("error.inUse", unit.getName(), 1);
        }
    }

    /** People whose folded name contains the folded query ("hung" finds "Hùng"), in alphabetical order. */
    @Transactional(readOnly = true)
    public List<Person> findPeople(String query, Pageable page) {
        return findPeople(query, PersonOrder.NAME, false, page.getPageNumber(), page.getPageSize());
    }

    /** One page of the people whose folded name contains the folded query, in the given order. */
    @Transactional(readOnly = true)
    public List<Person> findPeople(String query, PersonOrder order, boolean descending, int page, int pageSize) {
        return people.findWithUnitBySearchKeyLike(pattern(query),
                PageRequest.of(page, pageSize, order.toSort(descending)));
    }

    @Transactional(readOnly = true)
    public long countPeople(String query) {
        return people.countBySearchKeyLike(pattern(query));
    }

    /** Creates or updates a person from the split name; the given name is required. */
    @Transactional
    public Person savePerson(Long id, long version, PersonName name, Rank rank, String position, Long unitId) {
        if (name.isEmpty()) {
            throw new UserMessageException("organisation.error.personName");
        }
        Unit unit = unitId == null ? null : units.findById(unitId).orElseThrow(() -> new UserMessageException("error.gone"));
        Person person;
        if (id == null) {
            person = new Person(name.full(), rank, position, unit);
        } else {
            person = people.findById(id).orElseThrow(() -> new UserMessageException("error.gone"));
            if (person.getVersion() != version) {
                throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Person.class, id);
            }
            person.setRank(rank);
            person.setPosition(position);
            person.setUnit(unit);
        }
        person.setName(name);
        return people.saveAndFlush(person);
    }

    private static String pattern(String query) {
        String folded = VietText.fold(query).replace("%", "").replace("_", "");
        return "%" + folded + "%";
    }

    private static int indexOf(List<Unit> ordered, Long id) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getId().equals(id)) {
                return i;
            }
        }
        throw new UserMessageException("error.gone");
    }
}
