package vn.congan.ceremony.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.jpa.StaleCheck;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.common.text.VietText;

/** Units in the department's official order, and the people of the portal. */
@Service
public class OrganisationService {

    /** The official-order places between units a list import adds at the end. */
    static final int NEW_UNIT_STEP = 10;
    private static final int IN_CHUNK = 500;

    private final UnitRepository units;
    private final PersonRepository people;
    private final OrgSettingsRepository settings;

    public OrganisationService(UnitRepository units, PersonRepository people, OrgSettingsRepository settings) {
        this.settings = settings;
        this.units = units;
        this.people = people;
    }

    /** Every unit in the official order, each followed by its sub-units. */
    @Transactional(readOnly = true)
    public List<Unit> units() {
        return UnitOrder.tree(units.findAllWithParent());
    }

    /**
     * New top-level units, in the given order, after every unit the department has (leaving
     * {@value #NEW_UNIT_STEP} official-order places between them for units added later by hand);
     * saved in one batch, as a list import creates them.
     */
    @Transactional
    public List<Unit> addUnitsAtEnd(List<String> names) {
        int order = units.maxOfficialOrder();
        List<Unit> added = new ArrayList<>(names.size());
        for (String name : names) {
            order += NEW_UNIT_STEP;
            added.add(new Unit(name, null, order));
        }
        return units.saveAll(added);
    }

    /** Adds a unit at the end of the official order, or renames one; names are unique ignoring case and marks. */
    @Transactional
    public Unit saveUnit(Long id, String name, String shortCode) {
        Unit existing = id == null ? null : units.findById(id).orElseThrow(() -> new UserMessageException("error.gone"));
        return saveUnit(id, name, shortCode, existing == null || existing.getParent() == null ? null
                : existing.getParent().getId());
    }

    /**
     * Adds or changes a unit; a unit with a parent stands last under it in the official order
     * (and moves there when its parent changes). Names are unique ignoring case and marks.
     */
    @Transactional
    public Unit saveUnit(Long id, String name, String shortCode, Long parentId) {
        String cleaned = VietText.cleanToNull(name);
        if (cleaned == null) {
            throw new UserMessageException("organisation.error.unitName");
        }
        List<Unit> all = units.findAllByOrderByOfficialOrderAscNameAsc();
        boolean taken = all.stream().anyMatch(u -> !u.getId().equals(id)
                && VietText.fold(u.getName()).equals(VietText.fold(cleaned)));
        if (taken) {
            throw new UserMessageException("organisation.error.unitExists", cleaned);
        }
        Unit unit = id == null ? new Unit(cleaned, shortCode, 0)
                : all.stream().filter(u -> u.getId().equals(id)).findFirst()
                        .orElseThrow(() -> new UserMessageException("error.gone"));
        Unit parent = parentId == null ? null : all.stream().filter(u -> u.getId().equals(parentId)).findFirst()
                .orElseThrow(() -> new UserMessageException("error.gone"));
        if (parent != null && (parent.equals(unit) || UnitOrder.isUnder(parent, unit))) {
            throw new UserMessageException("organisation.error.unitParentCycle", cleaned, parent.getName());
        }
        boolean placed = id == null || !Objects.equals(unit.getParent(), parent);
        unit.setName(cleaned);
        unit.setShortCode(shortCode);
        unit.setParent(parent);
        if (placed) {
            List<Unit> others = new ArrayList<>(all);
            if (id == null) {
                others.add(unit);
            }
            UnitOrder.insert(others, unit);
        }
        return units.saveAndFlush(unit);
    }

    /**
     * The sub-unit a list names with its parent ("Đội X, Phòng Y"): the one the portal has under
     * that name, or a new one, last under its parent.
     */
    @Transactional
    public Unit subUnit(SubUnitReference reference) {
        String folded = VietText.fold(reference.name());
        List<Unit> all = units.findAllByOrderByOfficialOrderAscNameAsc();
        return all.stream().filter(u -> VietText.fold(u.getName()).equals(folded)).findFirst().orElseGet(() -> {
            Unit unit = new Unit(reference.name(), null, 0);
            unit.setParent(reference.parent());
            List<Unit> others = new ArrayList<>(all);
            others.add(unit);
            UnitOrder.insert(others, unit);
            return units.save(unit);
        });
    }

    /**
     * Moves a unit one place up (-1) or down (+1) among the units of its level, with its
     * sub-units; the ends stay put.
     */
    @Transactional
    public void moveUnit(Long id, int direction) {
        List<Unit> all = units.findAllByOrderByOfficialOrderAscNameAsc();
        Unit unit = all.get(indexOf(all, id));
        UnitOrder.move(all, unit, direction);
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

    /** The department's settings (name, parent body, place of the date line), once set. */
    @Transactional(readOnly = true)
    public Optional<OrgSettings> settings() {
        return settings.findFirstByOrderByIdAsc();
    }

    /** Sets the department's settings (first start). */
    @Transactional
    public OrgSettings saveSettings(OrgSettings department) {
        return settings.save(department);
    }

    /**
     * Saves new units as given, official order included, in one batch (the demo's department):
     * a parent comes before its sub-units in {@code newUnits}.
     */
    @Transactional
    public List<Unit> addUnits(List<Unit> newUnits) {
        return units.saveAll(newUnits);
    }

    /** One unit, or a Vietnamese refusal when it was removed meanwhile. */
    @Transactional(readOnly = true)
    public Unit unit(Long id) {
        return units.findById(id).orElseThrow(() -> new UserMessageException("error.gone"));
    }

    /** One person, or a Vietnamese refusal when they were removed meanwhile. */
    @Transactional(readOnly = true)
    public Person person(Long id) {
        return people.findById(id).orElseThrow(() -> new UserMessageException("error.gone"));
    }

    /** The first person whose full name is {@code fullName} (letter case and accents as written or not). */
    @Transactional(readOnly = true)
    public Optional<Person> personNamed(String fullName) {
        return people.findBySearchKey(VietText.fold(fullName)).stream().findFirst();
    }

    /**
     * Everyone whose folded full name ({@link VietText#fold}) is one of {@code searchKeys}, with
     * their units: a few queries of {@value #IN_CHUNK} names each, however long the list.
     */
    @Transactional(readOnly = true)
    public List<Person> peopleWithSearchKeys(List<String> searchKeys) {
        List<Person> found = new ArrayList<>();
        for (int i = 0; i < searchKeys.size(); i += IN_CHUNK) {
            found.addAll(people.findWithUnitBySearchKeyIn(searchKeys.subList(i, Math.min(searchKeys.size(), i + IN_CHUNK))));
        }
        return found;
    }

    /** Saves new people in one batch (a list import's, the demo's). */
    @Transactional
    public List<Person> addPeople(List<Person> newPeople) {
        return people.saveAll(newPeople);
    }

    /** Everyone with a position, with their unit: who may hold a role named in words ("Chánh Văn phòng"). */
    @Transactional(readOnly = true)
    public List<Person> peopleWithPosition() {
        return people.findWithUnitHavingPosition();
    }

    /**
     * Who holds which role named in words among everyone with a position: read as plain columns
     * (rank, name, position, unit), not as people, since the department has thousands of them.
     */
    @Transactional(readOnly = true)
    public RoleHolders.Index<PositionHolder> roleHolders() {
        return new RoleHolders.Index<>(people.findPositionHolders(), PositionHolder::position,
                PositionHolder::unitName);
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
            StaleCheck.requireVersion(person, version);
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
