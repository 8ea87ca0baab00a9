package vn.congan.ceremony.stage;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.common.text.VietnameseCollation;
import vn.congan.ceremony.conference.AgendaItem;
import vn.congan.ceremony.conference.AgendaItemType;
import vn.congan.ceremony.conference.AgendaService;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.Delegate;
import vn.congan.ceremony.conference.DelegateIntroduction;
import vn.congan.ceremony.conference.DelegateService;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.PositionSeniority;
import vn.congan.ceremony.organisation.Rank;
import vn.congan.ceremony.organisation.Unit;

/**
 * The stage order's one read model: {@link #plan} gives the batches of a conference in
 * ceremony order with everything the editor, the MC script, certificates, seating and the live
 * ceremony show, read in a few fetch queries. The other parts of the feature: generation by
 * the rules ({@link StageOrderGenerator}), edits by hand ({@link StageOrderEdits}) and the
 * settings ({@link StageSettingsService}).
 */
@Service
public class StageOrderService {

    /** The longest "thừa ủy quyền" wording and free-text representative: both columns are VARCHAR(300). */
    public static final int MAX_TEXT_LENGTH = 300;

    private final PresentationBatchRepository batches;
    private final StageSettingsRepository settings;
    private final DelegateService delegates;
    /** Lazily: the agenda asks the stage order for the award items' durations. */
    private final ObjectProvider<AgendaService> agenda;
    private final EntityManager em;
    private final ObjectProvider<StageEditGuard> guard;

    public StageOrderService(PresentationBatchRepository batches, StageSettingsRepository settings,
            DelegateService delegates, ObjectProvider<AgendaService> agenda, EntityManager em,
            ObjectProvider<StageEditGuard> guard) {
        this.batches = batches;
        this.settings = settings;
        this.delegates = delegates;
        this.agenda = agenda;
        this.em = em;
        this.guard = guard;
    }

    /** The batches of {@code conference} with everything the views show. */
    @Transactional(readOnly = true)
    public StagePlan plan(Conference conference) {
        Conference managed = managed(conference);
        StageSettings s = settingsOf(managed);
        List<PresentationBatch> list = batches.findWithDetails(managed);
        Map<Long, List<StageEntry>> entries = new HashMap<>();
        for (PresentationBatchRepository.EntryRow e : batches.findEntryRows(managed)) {
            entries.computeIfAbsent(e.batchId(), id -> new ArrayList<>()).add(toEntry(e));
        }
        List<StageBatch> result = new ArrayList<>(list.size());
        for (PresentationBatch b : list) {
            Delegate p = b.getPresenter();
            result.add(new StageBatch(b.getId(), b.getVersion(), b.getPosition(), b.getForm().getId(),
                    b.getForm().getName(), p == null ? null : p.getId(), p == null ? null : p.getRankAndName(),
                    p == null ? null : DelegateIntroduction.addressWithTitle(p), b.getOnAuthorityOf(), b.isLocked(),
                    b.isManuallyEdited(), b.getAgendaItem() == null ? null : b.getAgendaItem().getId(),
                    entries.getOrDefault(b.getId(), List.of())));
        }
        int total = (int) batches.countAwards(managed);
        int batched = result.stream().mapToInt(StageBatch::size).sum();
        return new StagePlan(managed.getId(), s.isNew() ? -1 : s.getVersion(), s.getStageCapacity(),
                s.getSecondsPerBatch(), s.getSecondsPerRecipient(), result, total - batched,
                timeChecks(managed, s, result));
    }

    /**
     * Where each award of the batches stands (batch number, place in the batch, who goes on stage),
     * in ceremony order: the part of {@link #plan} that seating checks its seats against, read
     * without the labels, people and units.
     */
    @Transactional(readOnly = true)
    public List<AwardStagePlace> places(Conference conference) {
        return batches.findPlaces(managed(conference));
    }

    /** The batches with recipients, in ceremony order, without their entries: what a choice of batches lists. */
    @Transactional(readOnly = true)
    public List<BatchSummary> batchSummaries(Conference conference) {
        return batches.findSummaries(managed(conference));
    }

    /** One batch as {@link #plan} shows it (its recipients in stage order); empty once it was removed. */
    @Transactional(readOnly = true)
    public Optional<StageBatch> batch(long batchId) {
        return batches.findById(batchId).flatMap(b -> plan(b.getConference()).batches().stream()
                .filter(s -> s.id() == batchId).findFirst());
    }

    /** The delegates of the conference, most senior first, to choose a presenter from. */
    @Transactional(readOnly = true)
    public List<Delegate> presenters(Conference conference) {
        return delegates.delegates(managed(conference));
    }

    /** The people of a unit and its sub-units, by rank, to choose a collective's representative from. */
    @Transactional(readOnly = true)
    public List<Person> peopleOfUnit(long unitId) {
        Unit unit = em.find(Unit.class, unitId);
        if (unit == null) {
            throw new UserMessageException("error.gone");
        }
        List<Person> list = new ArrayList<>(batches.findPeopleOfUnit(unit));
        list.sort(Comparator.comparing(Person::getRank).thenComparingInt(p -> PositionSeniority.of(p.getPosition()))
                .thenComparing(Person::getName, PersonName.ALPHABETICAL));
        return list;
    }

    /** How many batches not locked were edited by hand: regenerating would discard those edits. */
    @Transactional(readOnly = true)
    public int manualChangesToDiscard(Conference conference) {
        return (int) batches.findByConference(managed(conference)).stream()
                .filter(b -> !b.isLocked() && b.isManuallyEdited()).count();
    }

    /** The estimated minutes of an award-presentation item holding batches; empty otherwise. */
    @Transactional(readOnly = true)
    public OptionalInt estimatedMinutes(AgendaItem item) {
        if (item.getType() != AgendaItemType.AWARD_PRESENTATION || item.getId() == null) {
            return OptionalInt.empty();
        }
        int count = (int) batches.countByAgendaItem(item);
        if (count == 0) {
            return OptionalInt.empty();
        }
        StageSettings s = settingsOf(item.getConference());
        int seconds = s.estimateSeconds(count, (int) batches.countEntriesByAgendaItem(item));
        return OptionalInt.of((seconds + 59) / 60);
    }

    // ---------------------------------------------------------------- for the rest of the feature

    StageSettings settingsOf(Conference conference) {
        return settings.findByConference(conference).orElseGet(() -> new StageSettings(conference));
    }

    /** The stored settings' version; -1 while none are stored (the defaults apply). */
    long settingsVersion(Conference conference) {
        return settings.findByConference(conference).map(StageSettings::getVersion).orElse(-1L);
    }

    Conference managed(Conference conference) {
        Conference managed = em.find(Conference.class, conference.getId());
        if (managed == null) {
            throw new UserMessageException("error.gone");
        }
        return managed;
    }

    /** The conference's award-presentation items in agenda order. */
    List<AgendaItem> awardPresentationItems(Conference conference) {
        return agenda.getObject().items(conference).stream()
                .filter(i -> i.getType() == AgendaItemType.AWARD_PRESENTATION).toList();
    }

    /** The batches the running ceremony has reached (called, on stage, handed over): read once per edit. */
    Set<Long> reached(Conference conference) {
        return guard.getIfAvailable(() -> StageEditGuard.NONE).batchesReached(conference);
    }

    private List<StagePlan.TimeCheck> timeChecks(Conference conference, StageSettings s, List<StageBatch> list) {
        List<StagePlan.TimeCheck> checks = new ArrayList<>();
        for (AgendaItem item : awardPresentationItems(conference)) {
            List<StageBatch> held = list.stream().filter(b -> Objects.equals(b.agendaItemId(), item.getId())).toList();
            int recipients = held.stream().mapToInt(StageBatch::size).sum();
            checks.add(new StagePlan.TimeCheck(item.getId(), item.getTitle(), item.getDurationMinutes(), held.size(),
                    recipients, s.estimateSeconds(held.size(), recipients)));
        }
        return checks;
    }

    private static StageEntry toEntry(PresentationBatchRepository.EntryRow e) {
        if (e.unitId() != null) {
            Long rep = e.representativeId();
            String representative = rep != null ? Rank.withName(e.representativeRank(), e.representativeName())
                    : e.representativeText();
            return new StageEntry(e.entryId(), e.entryVersion(), e.awardId(), e.awardVersion(), e.position(), true,
                    e.unitName(), e.unitName(), null, e.unitId(), rep, e.representativeText(), representative, rep,
                    rep == null ? null : e.representativeName(), VietnameseCollation.sortKey(e.unitName()));
        }
        return new StageEntry(e.entryId(), e.entryVersion(), e.awardId(), e.awardVersion(), e.position(), false,
                Rank.withName(e.personRank(), e.personName()), e.personUnitName(), e.personPosition(),
                e.personUnitId(), null, null, null, e.personId(), e.personName(), e.personSortKey());
    }
}
