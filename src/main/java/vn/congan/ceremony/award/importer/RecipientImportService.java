package vn.congan.ceremony.award.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.award.AwardDecision;
import vn.congan.ceremony.award.AwardDecisionRepository;
import vn.congan.ceremony.award.AwardRepository;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.OrgSettings;
import vn.congan.ceremony.organisation.OrganisationService;
import vn.congan.ceremony.organisation.SubUnitReference;
import vn.congan.ceremony.organisation.Unit;

/**
 * Imports a recipient list into a decision: a preview that matches units by their
 * normalised name and people by full name and unit (by the exact name alone when the row
 * names no unit and only one person has it), and a commit that adds the
 * importable rows in one transaction (all or nothing). Rows already on the decision are
 * skipped, so importing the same file twice adds nothing the second time.
 */
@Service
public class RecipientImportService {

    private final RecipientListParser parser = new RecipientListParser();
    private final AwardDecisionRepository decisions;
    private final AwardRepository awards;
    private final OrganisationService organisation;

    public RecipientImportService(AwardDecisionRepository decisions, AwardRepository awards,
            OrganisationService organisation) {
        this.decisions = decisions;
        this.awards = awards;
        this.organisation = organisation;
    }

    /**
     * Reads the file; writes nothing. The names of the portal's units let the parser tell a unit
     * heading among the individuals and split a combined "Chức vụ, đơn vị" column.
     */
    @Transactional(readOnly = true)
    public ParsedList parse(String fileName, byte[] content) {
        List<String> knownUnits = organisation.units().stream().map(Unit::getName).toList();
        return parser.parse(fileName, content, knownUnits);
    }

    @Transactional(readOnly = true)
    public ImportPreview preview(Long decisionId, ParsedList list) {
        return plan(decision(decisionId), list).preview;
    }

    /** Adds every importable row, creating the new units and people; all of it or nothing. */
    @Transactional
    public ImportResult commit(Long decisionId, ParsedList list) {
        AwardDecision decision = decision(decisionId);
        Plan plan = plan(decision, list);
        Map<String, Unit> created = new LinkedHashMap<>();
        Map<String, String> newUnits = new LinkedHashMap<>();
        List<UnitMatch> newSubUnits = new ArrayList<>();
        for (PreviewRow row : plan.preview.rows()) {
            UnitMatch match = plan.unitFor(row.recipient().unitReference());
            if (row.importable() && row.unit() == MatchStatus.NEW && !created.containsKey(match.key())) {
                created.put(match.key(), null);
                if (match.subUnit() != null) {
                    newSubUnits.add(match);
                } else {
                    newUnits.put(match.key(), match.name());
                }
            }
        }
        // new units go after every unit the department has, in the list's order
        List<Unit> addedUnits = organisation.addUnitsAtEnd(List.copyOf(newUnits.values()));
        int next = 0;
        for (String key : newUnits.keySet()) {
            created.put(key, addedUnits.get(next++));
        }
        // a sub-unit goes last under its parent: the organisation renumbers the official order
        for (UnitMatch match : newSubUnits) {
            created.put(match.key(), organisation.subUnit(match.subUnit()));
        }
        plan.unitsByKey.putAll(created);

        int listOrder = awards.maxListOrder(decision);
        List<Person> newPeople = new ArrayList<>();
        List<Award> added = new ArrayList<>();
        int collectives = 0;
        for (PreviewRow row : plan.preview.rows()) {
            if (!row.importable()) {
                continue;
            }
            ParsedRecipient r = row.recipient();
            Unit unit = r.unitReference() == null ? null : plan.unitsByKey.get(plan.unitFor(r.unitReference()).key());
            Award award;
            if (r.isCollective()) {
                award = Award.collective(decision, ++listOrder, unit);
                collectives++;
            } else {
                Person person = plan.personFor(r);
                if (person == null) {
                    person = new Person(r.name(), r.rank(), r.position(), unit);
                    newPeople.add(person);
                }
                award = Award.individual(decision, ++listOrder, person);
            }
            award.setNote(r.note());
            award.setAchievement(r.achievement());
            added.add(award);
        }
        organisation.addPeople(newPeople);
        awards.saveAll(added);
        return new ImportResult(collectives, added.size() - collectives, created.size(), newPeople.size(),
                (int) plan.preview.skipped());
    }

    private AwardDecision decision(Long decisionId) {
        return decisions.findById(decisionId).orElseThrow(() -> new UserMessageException("error.gone"));
    }

    private Plan plan(AwardDecision decision, ParsedList list) {
        Plan plan = new Plan(organisation.settings().map(OrgSettings::getDepartmentName).orElse(null));
        for (Unit unit : organisation.units()) {
            plan.unitsByKey.putIfAbsent(VietText.fold(unit.getName()), unit);
        }
        List<String> keys = list.rows().stream().filter(r -> !r.isCollective() && r.name() != null)
                .map(r -> VietText.fold(r.name())).distinct().toList();
        for (Person person : organisation.peopleWithSearchKeys(keys)) {
            plan.peopleByKey.putIfAbsent(Plan.personKey(person.getSearchKey(), person.getUnit()), person);
            plan.peopleByKey.putIfAbsent(Plan.personKey(Plan.exact(person.getFullName()), person.getUnit()), person);
            plan.peopleByExactName.computeIfAbsent(Plan.exact(person.getFullName()), k -> new ArrayList<>())
                    .add(person);
        }
        Set<Long> unitsOnDecision = new HashSet<>(awards.unitIdsOn(decision));
        Set<Long> peopleOnDecision = new HashSet<>(awards.personIdsOn(decision));
        Set<Long> matchedPeople = new HashSet<>();

        List<PreviewRow> rows = new ArrayList<>(list.rows().size());
        for (ParsedRecipient r : list.rows()) {
            List<ImportProblem> problems = new ArrayList<>(r.problems());
            UnitMatch match = r.unitReference() == null ? null : plan.unitFor(r.unitReference());
            Unit unit = match == null ? null : match.existing();
            MatchStatus unitStatus = match == null ? MatchStatus.NONE
                    : unit != null ? MatchStatus.EXISTING : MatchStatus.NEW;
            MatchStatus personStatus = MatchStatus.NONE;
            if (r.isCollective()) {
                if (unit != null && unitsOnDecision.contains(unit.getId())) {
                    problems.add(ImportProblem.ALREADY_ON_DECISION);
                }
            } else if (r.name() != null && plan.isAmbiguous(r)) {
                // several people have this name and the row names no unit: the organizer must say which
                problems.add(ImportProblem.AMBIGUOUS_PERSON);
            } else if (r.name() != null) {
                Person person = plan.personFor(r);
                personStatus = person != null ? MatchStatus.EXISTING : MatchStatus.NEW;
                if (person != null && peopleOnDecision.contains(person.getId())) {
                    problems.add(ImportProblem.ALREADY_ON_DECISION);
                } else if (person != null && problems.isEmpty() && !matchedPeople.add(person.getId())) {
                    // "Hà" and "Hạ" fold alike: two rows must not both become the same existing person
                    problems.add(ImportProblem.DUPLICATE_IN_FILE);
                }
            }
            rows.add(new PreviewRow(r, unitStatus, personStatus, problems, match == null ? null : match.name(),
                    match == null || match.subUnit() == null ? null : match.subUnit().parent().getName()));
        }
        plan.preview = new ImportPreview(list, rows);
        return plan;
    }

    /** What a row's unit reference resolves to; {@code existing} null means the commit creates it. */
    private record UnitMatch(String key, String name, Unit existing, SubUnitReference subUnit) {
    }

    /** The matching state shared by preview and commit. */
    private static final class Plan {
        final Map<String, Unit> unitsByKey = new HashMap<>();
        final Map<String, Person> peopleByKey = new HashMap<>();
        final Map<String, List<Person>> peopleByExactName = new HashMap<>();
        /** The department, folded: a list issued above it names units "Phòng X, Công an tỉnh Y". */
        private final String department;
        ImportPreview preview;

        Plan(String department) {
            this.department = VietText.fold(department);
        }

        /** "Phòng Cảnh sát hình sự, Công an tỉnh Bình An" is the department's "Phòng Cảnh sát hình sự". */
        String withoutDepartment(String reference) {
            String cleaned = VietText.clean(reference);
            int comma = cleaned == null ? -1 : cleaned.lastIndexOf(',');
            if (comma > 0 && !department.isEmpty() && VietText.fold(cleaned.substring(comma + 1)).equals(department)) {
                return cleaned.substring(0, comma).strip();
            }
            return reference;
        }

        /**
         * The unit a row names: one the portal has (by name, ignoring case and marks, or as a
         * sub-unit named with its parent), else one to create: a sub-unit under its known parent
         * when the row says "Đội X, Phòng Y", "Đội X - Phòng Y" or "Đội X thuộc Phòng Y", a new
         * unit of its own otherwise.
         */
        UnitMatch unitFor(String named) {
            String reference = withoutDepartment(named);
            String folded = VietText.fold(reference);
            Unit unit = unitsByKey.get(folded);
            if (unit != null) {
                return new UnitMatch(folded, unit.getName(), unit, null);
            }
            Optional<SubUnitReference> sub = SubUnitReference.parse(reference,
                    text -> Optional.ofNullable(unitsByKey.get(VietText.fold(text))).filter(u -> u.getId() != null));
            if (sub.isPresent()) {
                String key = VietText.fold(sub.get().name());
                Unit existing = unitsByKey.get(key);
                if (existing != null) {
                    unitsByKey.put(folded, existing);
                    return new UnitMatch(key, existing.getName(), existing, null);
                }
                return new UnitMatch(key, sub.get().name(), null, sub.get());
            }
            return new UnitMatch(folded, VietText.clean(reference), null, null);
        }

        static String personKey(String searchKey, Unit unit) {
            return searchKey + "|" + (unit == null ? "" : unit.getId());
        }

        /**
         * The existing person a row names. With a unit: the same unit and the same name, exact first,
         * then folded. Without one (no unit column, or a blank cell): the one person of that exact name
         * (case, NFC/NFD and spacing aside, "Hà" is not "Hạ"), whatever the unit; none when several
         * have it (see {@link #isAmbiguous}).
         */
        Person personFor(ParsedRecipient r) {
            if (r.unitName() == null) {
                List<Person> namesakes = peopleByExactName.getOrDefault(exact(r.name()), List.of());
                return namesakes.size() == 1 ? namesakes.get(0) : null;
            }
            Unit unit = unitsByKey.get(unitFor(r.unitName()).key());
            if (unit == null || unit.getId() == null) {
                return null;
            }
            Person exact = peopleByKey.get(personKey(exact(r.name()), unit));
            return exact != null ? exact : peopleByKey.get(personKey(VietText.fold(r.name()), unit));
        }

        /** A row without a unit whose exact name several people have: matching it would be a guess. */
        boolean isAmbiguous(ParsedRecipient r) {
            return !r.isCollective() && r.unitName() == null && r.name() != null
                    && peopleByExactName.getOrDefault(exact(r.name()), List.of()).size() > 1;
        }

        /** "=nguyễn văn hà": the name with its marks, so that "Hà" finds Hà before Hạ. */
        static String exact(String fullName) {
            return "=" + VietText.clean(fullName).toLowerCase(Locale.ROOT);
        }
    }
}
