package vn.congan.ceremony.stage;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.award.AwardForm;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.jpa.VersionedEntity;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.conference.AgendaItem;
import vn.congan.ceremony.conference.AgendaItemRepository;
import vn.congan.ceremony.conference.AgendaItemType;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceRepository;
import vn.congan.ceremony.conference.Delegate;
import vn.congan.ceremony.conference.DelegateIntroduction;
import vn.congan.ceremony.conference.DelegateRepository;
import vn.congan.ceremony.conference.Reordering;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.PersonRepository;
import vn.congan.ceremony.organisation.Rank;
import vn.congan.ceremony.organisation.Unit;
import vn.congan.ceremony.stage.DefaultPresenters.Candidate;
import vn.congan.ceremony.stage.DefaultPresenters.Choice;
import vn.congan.ceremony.stage.DefaultPresenters.FormBatches;
import vn.congan.ceremony.stage.StageOrderPlanner.LockedBatch;
import vn.congan.ceremony.stage.StageOrderPlanner.PlannedBatch;

/**
 * The stage order of a conference: generating its batches from the award decisions by the
 * default rules, and every edit by hand (move, reorder, split, merge, lock, presenter,
 * representative). Each edit names the version of what the user saw and is refused with
 * {@code error.concurrent} when someone else changed it meanwhile; an edit of a batch's
 * recipients raises the batch's version, so a stale view cannot overwrite it.
 */
@Service
public class StageOrderService {

    /** The longest "thừa ủy quyền" wording and free-text representative: both columns are VARCHAR(300). */
    public static final int MAX_TEXT_LENGTH = 300;

    private final ConferenceRepository conferences;
    private final PresentationBatchRepository batches;
    private final StageSettingsRepository settings;
    private final DelegateRepository delegates;
    private final AgendaItemRepository agendaItems;
    private final PersonRepository people;
    private final EntityManager em;
    private final org.springframework.beans.factory.ObjectProvider<StageEditGuard> guard;
    private final org.springframework.context.ApplicationEventPublisher events;

    public StageOrderService(ConferenceRepository conferences, PresentationBatchRepository batches,
            StageSettingsRepository settings, DelegateRepository delegates, AgendaItemRepository agendaItems,
            PersonRepository people, EntityManager em,
            org.springframework.beans.factory.ObjectProvider<StageEditGuard> guard,
            org.springframework.context.ApplicationEventPublisher events) {
        this.guard = guard;
        this.events = events;
        this.conferences = conferences;
        this.batches = batches;
        this.settings = settings;
        this.delegates = delegates;
        this.agendaItems = agendaItems;
        this.people = people;
        this.em = em;
    }

    // ---------------------------------------------------------------- reading

    /** The batches of {@code conference} with everything the views show. */
    @Transactional(readOnly = true)
    public StagePlan plan(Conference conference) {
        Conference managed = managed(conference);
        StageSettings s = settingsOf(managed);
        List<PresentationBatch> list = batches.findWithDetails(managed);
        Map<Long, List<StageEntry>> entries = new HashMap<>();
        for (BatchEntry e : batches.findEntries(managed)) {
            entries.computeIfAbsent(e.getBatch().getId(), id -> new ArrayList<>()).add(toEntry(e));
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
        return new StagePlan(managed.getId(), settingsVersion(managed), s.getStageCapacity(), s.getSecondsPerBatch(),
                s.getSecondsPerRecipient(), result, total - batched, timeChecks(managed, s, result));
    }

    /** The delegates of the conference, most senior first, to choose a presenter from. */
    @Transactional(readOnly = true)
    public List<Delegate> presenters(Conference conference) {
        return delegates.findByConference(managed(conference));
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
                .thenComparing(Person::getName, vn.congan.ceremony.common.text.PersonName.ALPHABETICAL));
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
    public java.util.OptionalInt estimatedMinutes(AgendaItem item) {
        if (item.getType() != AgendaItemType.AWARD_PRESENTATION || item.getId() == null) {
            return java.util.OptionalInt.empty();
        }
        int count = (int) batches.countByAgendaItem(item);
        if (count == 0) {
            return java.util.OptionalInt.empty();
        }
        StageSettings s = settingsOf(item.getConference());
        int seconds = s.estimateSeconds(count, (int) batches.countEntriesByAgendaItem(item));
        return java.util.OptionalInt.of((seconds + 59) / 60);
    }

    // ---------------------------------------------------------------- settings

    /**
     * Saves the stage settings; a capacity below 1 or negative seconds are refused, and so is
     * a page that read the settings at another version ({@link StagePlan#settingsVersion()}).
     */
    @Transactional
    public void saveSettings(Conference conference, long settingsVersion, int capacity, int secondsPerBatch,
            int secondsPerRecipient) {
        events.publishEvent(StageOrderChanged.INSTANCE); // delivered only if this edit commits
        if (capacity < 1 || capacity > 100) {
            throw new UserMessageException("stage.error.capacity");
        }
        if (secondsPerBatch < 0 || secondsPerRecipient < 0) {
            throw new UserMessageException("stage.error.seconds");
        }
        Conference managed = managed(conference);
        if (settingsVersion(managed) != settingsVersion) {
            throw new UserMessageException("error.concurrent");
        }
        StageSettings s = settings.findByConference(managed).orElseGet(() -> new StageSettings(managed));
        s.setStageCapacity(capacity);
        s.setSecondsPerBatch(secondsPerBatch);
        s.setSecondsPerRecipient(secondsPerRecipient);
        settings.saveAndFlush(s);
    }

    // ---------------------------------------------------------------- generation

    /**
     * Replaces every batch that is not locked by the default order and batches of the
     * recipients not in a locked batch, with the default presenters. Locked batches stay
     * as they are. The views ask first when {@link #manualChangesToDiscard} is not zero.
     * {@code seenVersion} is the {@link StagePlan#version()} the page read: when anyone changed
     * a batch or the settings since, nothing is discarded and the call is refused as concurrent.
     * Returns the number of batches.
     */
    @Transactional
    public int regenerate(Conference conference, String seenVersion) {
        events.publishEvent(StageOrderChanged.INSTANCE); // delivered only if this edit commits
        Conference managed = managed(conference);
        StageSettings s = settingsOf(managed);
        List<PresentationBatch> existing = batches.findByConference(managed);
        // every batch's entries in one query, not one per batch below
        em.createQuery("select distinct b from PresentationBatch b left join fetch b.entries "
                + "where b.conference = :c", PresentationBatch.class).setParameter("c", managed).getResultList();
        String current = StagePlan.version(settingsVersion(managed),
                existing.stream().map(b -> new long[] {b.getId(), b.getVersion()}).toList());
        if (!current.equals(seenVersion)) {
            throw new UserMessageException("error.concurrent");
        }
        if (!reached(managed).isEmpty()) {
            throw new UserMessageException("stage.error.ceremonyRunningRegenerate");
        }
        List<LockedBatch> locked = new ArrayList<>();
        List<PresentationBatch> reusable = new ArrayList<>();
        for (PresentationBatch b : existing) {
            if (b.isLocked()) {
                locked.add(new LockedBatch(b.getId(), b.getPosition(), b.getForm().getId(),
                        b.getEntries().stream().map(e -> e.getAward().getId()).toList()));
            } else {
                reusable.add(b);
            }
        }

        List<Award> awards = batches.findAwards(managed);
        Map<Long, Award> awardById = new HashMap<>();
        Map<Long, AwardForm> formById = new HashMap<>();
        Map<Long, String> authorityByForm = new HashMap<>();
        List<Recipient> recipients = new ArrayList<>(awards.size());
        for (Award a : awards) {
            awardById.put(a.getId(), a);
            AwardForm form = a.getDecision().getForm();
            formById.put(form.getId(), form);
            if (a.getDecision().getOnAuthorityOf() != null) {
                authorityByForm.putIfAbsent(form.getId(), a.getDecision().getOnAuthorityOf());
            }
            recipients.add(recipientOf(a));
        }
        List<PlannedBatch> plan = StageOrderPlanner.plan(recipients, s.getStageCapacity(), locked);
        // A reused batch that already holds exactly its planned recipients keeps its entries; the
        // others are emptied first (an award is in one entry at most), then filled below. So a
        // regeneration that changes little writes little.
        List<PlannedBatch> unlocked = plan.stream().filter(p -> !p.locked()).toList();
        for (int i = 0; i < reusable.size(); i++) {
            PresentationBatch b = reusable.get(i);
            if (i >= unlocked.size() || !holds(b, unlocked.get(i).awardIds())) {
                b.getEntries().clear();
            }
        }
        em.flush();

        Map<Long, PresentationBatch> lockedById = new HashMap<>();
        existing.stream().filter(PresentationBatch::isLocked).forEach(b -> lockedById.put(b.getId(), b));
        Map<Long, List<Choice>> choices = defaultPresenters(managed, plan, authorityByForm);
        Map<Long, AgendaItem> itemByForm = agendaItemsByForm(managed, plan);
        Map<Long, Integer> turnByForm = new HashMap<>();
        int position = 1;
        int reused = 0;
        for (PlannedBatch planned : plan) {
            if (planned.locked()) {
                lockedById.get(planned.lockedBatchId()).setPosition(position++);
                continue;
            }
            PresentationBatch batch = reused < reusable.size() ? reusable.get(reused++)
                    : new PresentationBatch(managed, position, formById.get(planned.formId()));
            batch.setPosition(position++);
            batch.setForm(formById.get(planned.formId()));
            Choice choice = choices.get(planned.formId()).get(turnByForm.merge(planned.formId(), 1, Integer::sum) - 1);
            batch.setPresenter(choice.delegateId() == null ? null : em.find(Delegate.class, choice.delegateId()));
            batch.setOnAuthorityOf(choice.onAuthorityOf());
            batch.setAgendaItem(itemByForm.get(planned.formId()));
            batch.setManuallyEdited(false);
            if (batch.getEntries().isEmpty()) {
                int entry = 1;
                for (Long awardId : planned.awardIds()) {
                    batch.getEntries().add(new BatchEntry(batch, awardById.get(awardId), entry++));
                }
            }
            if (batch.isNew()) {
                batches.save(batch);
            }
        }
        for (int i = reused; i < reusable.size(); i++) {
            batches.delete(reusable.get(i));
        }
        batches.flush();
        return plan.size();
    }

    /** True when the batch's entries are these awards, in this order, numbered from 1. */
    private static boolean holds(PresentationBatch batch, List<Long> awardIds) {
        List<BatchEntry> entries = batch.getEntries();
        if (entries.size() != awardIds.size()) {
            return false;
        }
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).getAward().getId().equals(awardIds.get(i)) || entries.get(i).getPosition() != i + 1) {
                return false;
            }
        }
        return true;
    }

    private Map<Long, List<Choice>> defaultPresenters(Conference conference, List<PlannedBatch> plan,
            Map<Long, String> authorityByForm) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        plan.stream().filter(p -> !p.locked()).forEach(p -> counts.merge(p.formId(), 1, Integer::sum));
        List<FormBatches> forms = counts.entrySet().stream()
                .map(e -> new FormBatches(e.getKey(), authorityByForm.get(e.getKey()), e.getValue())).toList();
        Person chair = conference.getChair();
        List<Candidate> candidates = delegates.findByConference(conference).stream()
                .map(d -> new Candidate(d.getId(), d.getPrecedence(), d.getPerson() != null,
                        chair != null && d.getPerson() != null && d.getPerson().getId().equals(chair.getId())))
                .toList();
        List<List<Choice>> chosen = DefaultPresenters.choose(forms, candidates);
        Map<Long, List<Choice>> result = new HashMap<>();
        for (int i = 0; i < forms.size(); i++) {
            result.put(forms.get(i).formId(), chosen.get(i));
        }
        return result;
    }

    /** The k-th form (by precedence) goes to the k-th award-presentation item, the rest to the last. */
    private Map<Long, AgendaItem> agendaItemsByForm(Conference conference, List<PlannedBatch> plan) {
        List<AgendaItem> items = agendaItems.findByConference(conference).stream()
                .filter(i -> i.getType() == AgendaItemType.AWARD_PRESENTATION).toList();
        Map<Long, AgendaItem> result = new HashMap<>();
        if (items.isEmpty()) {
            return result;
        }
        for (PlannedBatch p : plan) {
            if (!p.locked() && !result.containsKey(p.formId())) {
                result.put(p.formId(), items.get(Math.min(result.size(), items.size() - 1)));
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- editing by hand

    /**
     * Moves a recipient to {@code targetPosition} (1-based, clamped) of the target batch,
     * which may be its own: what drag and drop and the move buttons call. Refused across
     * award forms, into or out of a locked batch, and into a full batch; a batch left empty
     * is removed.
     */
    @Transactional
    public void move(long entryId, long entryVersion, long targetBatchId, long targetBatchVersion,
            int targetPosition) {
        events.publishEvent(StageOrderChanged.INSTANCE); // delivered only if this edit commits
        BatchEntry entry = batches.findEntry(entryId).orElseThrow(() -> new UserMessageException("error.concurrent"));
        requireVersion(entry, entryVersion);
        PresentationBatch source = entry.getBatch();
        PresentationBatch target = batch(targetBatchId, targetBatchVersion);
        requireUnlocked(source);
        requireUnlocked(target);
        requireNotReached(source);
        requireNotReached(target);
        if (!source.getForm().getId().equals(target.getForm().getId())) {
            throw new UserMessageException("stage.error.mixedForms");
        }
        if (source == target) {
            List<BatchEntry> list = source.getEntries();
            int from = list.indexOf(entry);
            int to = clamp(targetPosition - 1, 0, list.size() - 1);
            if (from != to) {
                List<BatchEntry> reordered = Reordering.move(list, from, to);
                list.clear();
                list.addAll(reordered);
                renumberEntries(source);
                edited(source);
            }
            return;
        }
        int capacity = settingsOf(source.getConference()).getStageCapacity();
        if (target.getEntries().size() >= capacity) {
            throw new UserMessageException("stage.error.full", target.getPosition(), capacity);
        }
        Award award = entry.getAward();
        source.getEntries().remove(entry);
        em.flush();
        int index = clamp(targetPosition - 1, 0, target.getEntries().size());
        target.getEntries().add(index, new BatchEntry(target, award, index + 1));
        renumberEntries(target);
        renumberEntries(source);
        edited(target);
        if (source.getEntries().isEmpty()) {
            removeBatch(source);
        } else {
            edited(source);
        }
    }

    /** Moves a recipient one place up or down within its batch, or across to the neighbouring batch. */
    @Transactional
    public void step(long entryId, long entryVersion, long batchVersion, int delta) {
        events.publishEvent(StageOrderChanged.INSTANCE); // delivered only if this edit commits
        BatchEntry entry = batches.findEntry(entryId).orElseThrow(() -> new UserMessageException("error.concurrent"));
        requireVersion(entry.getBatch(), batchVersion);
        move(entryId, entryVersion, entry.getBatch().getId(), batchVersion, entry.getPosition() + delta);
    }

    /**
     * Moves a recipient to the end of the previous batch ({@code direction} -1) or the start
     * of the next one (+1), refusing when there is none.
     */
    @Transactional
    public void moveToNeighbour(long entryId, long entryVersion, int direction) {
        events.publishEvent(StageOrderChanged.INSTANCE); // delivered only if this edit commits
        BatchEntry entry = batches.findEntry(entryId).orElseThrow(() -> new UserMessageException("error.concurrent"));
        requireVersion(entry, entryVersion);
        List<PresentationBatch> list = batches.findByConference(entry.getBatch().getConference());
        int index = list.indexOf(entry.getBatch()) + Integer.signum(direction);
        if (index < 0 || index >= list.size()) {
            throw new UserMessageException("stage.error.noNeighbour");
        }
        PresentationBatch target = list.get(index);
        move(entryId, entryVersion, target.getId(), target.getVersion(),
                direction < 0 ? target.getEntries().size() + 1 : 1);
    }

    /**
     * Puts a batch at {@code toIndex} (0-based) of the ceremony: what the batch buttons and
     * dragging a batch call. A locked batch keeps its place, so moving one is refused, and so
     * is a move that would shift a locked batch between the old and the new place.
     */
    @Transactional
    public void moveBatch(long batchId, long version, int toIndex) {
        events.publishEvent(StageOrderChanged.INSTANCE); // delivered only if this edit commits
        PresentationBatch batch = batch(batchId, version);
        requireUnlocked(batch);
        List<PresentationBatch> list = batches.findByConference(batch.getConference());
        int to = clamp(toIndex, 0, list.size() - 1);
        int from = list.indexOf(batch);
        if (from == to) {
            return;
        }
        for (int i = Math.min(from, to); i <= Math.max(from, to); i++) {
            PresentationBatch passed = list.get(i);
            if (passed != batch && passed.isLocked()) {
                throw new UserMessageException("stage.error.lockedInTheWay", batch.getPosition(),
                        passed.getPosition());
            }
        }
        Set<Long> reached = reached(batch.getConference());
        for (int i = Math.min(from, to); i <= Math.max(from, to); i++) {
            if (reached.contains(list.get(i).getId())) {
                throw new UserMessageException("stage.error.ceremonyRunning", list.get(i).getPosition());
            }
        }
        renumberBatches(Reordering.move(list, from, to));
        batch.setManuallyEdited(true);
    }

    /**
     * Splits a batch before its recipient at {@code atPosition} (1-based, from 2 to its size):
     * those from there on form a new batch right after it, with the same presenter.
     */
    @Transactional
    public void split(long batchId, long version, int atPosition) {
        events.publishEvent(StageOrderChanged.INSTANCE); // delivered only if this edit commits
        PresentationBatch batch = batch(batchId, version);
        requireUnlocked(batch);
        requireNotReached(batch);
        List<BatchEntry> entries = batch.getEntries();
        if (atPosition < 2 || atPosition > entries.size()) {
            throw new UserMessageException("stage.error.split");
        }
        List<Award> moving = new ArrayList<>();
        while (entries.size() >= atPosition) {
            moving.add(entries.remove(atPosition - 1).getAward());
        }
        em.flush();
        List<PresentationBatch> list = new ArrayList<>(batches.findByConference(batch.getConference()));
        PresentationBatch created = new PresentationBatch(batch.getConference(), 0, batch.getForm());
        created.setPresenter(batch.getPresenter());
        created.setOnAuthorityOf(batch.getOnAuthorityOf());
        created.setAgendaItem(batch.getAgendaItem());
        created.setManuallyEdited(true);
        int position = 1;
        for (Award award : moving) {
            created.getEntries().add(new BatchEntry(created, award, position++));
        }
        batches.save(created);
        list.add(list.indexOf(batch) + 1, created);
        renumberBatches(list);
        edited(batch);
    }

    /** Adds the next batch's recipients to the end of this one and removes the next batch. */
    @Transactional
    public void mergeWithNext(long batchId, long version, long nextVersion) {
        events.publishEvent(StageOrderChanged.INSTANCE); // delivered only if this edit commits
        PresentationBatch batch = batch(batchId, version);
        List<PresentationBatch> list = batches.findByConference(batch.getConference());
        int index = list.indexOf(batch);
        if (index + 1 >= list.size()) {
            throw new UserMessageException("stage.error.noNeighbour");
        }
        PresentationBatch next = list.get(index + 1);
        requireVersion(next, nextVersion);
        requireUnlocked(batch);
        requireUnlocked(next);
        requireNotReached(batch);
        requireNotReached(next);
        if (!batch.getForm().getId().equals(next.getForm().getId())) {
            throw new UserMessageException("stage.error.mixedForms");
        }
        int capacity = settingsOf(batch.getConference()).getStageCapacity();
        if (batch.getEntries().size() + next.getEntries().size() > capacity) {
            throw new UserMessageException("stage.error.full", batch.getPosition(), capacity);
        }
        List<Award> moving = next.getEntries().stream().map(BatchEntry::getAward).toList();
        next.getEntries().clear();
        em.flush();
        for (Award award : moving) {
            batch.getEntries().add(new BatchEntry(batch, award, batch.getEntries().size() + 1));
        }
        edited(batch);
        removeBatch(next);
    }

    /** Locks or unlocks a batch; a locked batch survives regeneration and refuses edits. */
    @Transactional
    public void setLocked(long batchId, long version, boolean locked) {
        events.publishEvent(StageOrderChanged.INSTANCE); // delivered only if this edit commits
        batch(batchId, version).setLocked(locked);
    }

    /**
     * Sets who hands over a batch ({@code null}: nobody chosen yet) and the authority the
     * presenter acts on ("Bộ trưởng Bộ Công an" for "thừa ủy quyền"; blank for none).
     */
    @Transactional
    public void setPresenter(long batchId, long version, Long delegateId, String onAuthorityOf) {
        events.publishEvent(StageOrderChanged.INSTANCE); // delivered only if this edit commits
        PresentationBatch batch = batch(batchId, version);
        requireUnlocked(batch);
        requireFits(onAuthorityOf, "stage.error.authorityTooLong");
        Delegate presenter = null;
        if (delegateId != null) {
            presenter = delegates.findById(delegateId).orElseThrow(() -> new UserMessageException("error.gone"));
            if (!presenter.getConference().getId().equals(batch.getConference().getId())) {
                throw new UserMessageException("error.gone");
            }
        }
        batch.setPresenter(presenter);
        batch.setOnAuthorityOf(onAuthorityOf);
        batch.setManuallyEdited(true);
    }

    /**
     * Names who goes on stage for a collective: a person, or (when {@code personId} is null)
     * free text, or nobody when both are empty. Refused for an individual's award.
     */
    @Transactional
    public void setRepresentative(long awardId, long awardVersion, Long personId, String text) {
        events.publishEvent(StageOrderChanged.INSTANCE); // delivered only if this edit commits
        Award award = em.find(Award.class, awardId);
        if (award == null) {
            throw new UserMessageException("error.gone");
        }
        requireVersion(award, awardVersion);
        if (!award.isCollective()) {
            throw new UserMessageException("stage.error.notCollective");
        }
        if (personId == null) {
            requireFits(text, "stage.error.representativeTooLong");
        }
        award.setRepresentative(personId == null ? null
                : people.findById(personId).orElseThrow(() -> new UserMessageException("error.gone")));
        award.setRepresentativeText(personId == null ? text : null);
    }

    // ---------------------------------------------------------------- helpers

    StageSettings settingsOf(Conference conference) {
        return settings.findByConference(conference).orElseGet(() -> new StageSettings(conference));
    }

    /** The stored settings' version; -1 while none are stored (the defaults apply). */
    private long settingsVersion(Conference conference) {
        return settings.findByConference(conference).map(StageSettings::getVersion).orElse(-1L);
    }

    /** Refuses a text longer than its column, as it will be stored (cleaned). */
    private static void requireFits(String text, String messageKey) {
        String cleaned = VietText.cleanToNull(text);
        if (cleaned != null && cleaned.length() > MAX_TEXT_LENGTH) {
            throw new UserMessageException(messageKey, MAX_TEXT_LENGTH);
        }
    }

    private List<StagePlan.TimeCheck> timeChecks(Conference conference, StageSettings s, List<StageBatch> list) {
        List<StagePlan.TimeCheck> checks = new ArrayList<>();
        for (AgendaItem item : agendaItems.findByConference(conference)) {
            if (item.getType() != AgendaItemType.AWARD_PRESENTATION) {
                continue;
            }
            List<StageBatch> held = list.stream().filter(b -> Objects.equals(b.agendaItemId(), item.getId())).toList();
            int recipients = held.stream().mapToInt(StageBatch::size).sum();
            checks.add(new StagePlan.TimeCheck(item.getId(), item.getTitle(), item.getDurationMinutes(), held.size(),
                    recipients, s.estimateSeconds(held.size(), recipients)));
        }
        return checks;
    }

    static Recipient recipientOf(Award a) {
        return Recipient.of(a);
    }

    private static StageEntry toEntry(BatchEntry e) {
        Award a = e.getAward();
        if (a.isCollective()) {
            Person rep = a.getRepresentative();
            String representative = rep != null ? Rank.withName(rep.getRank(), rep.getFullName())
                    : a.getRepresentativeText();
            return new StageEntry(e.getId(), e.getVersion(), a.getId(), a.getVersion(), e.getPosition(), true,
                    a.getUnit().getName(), a.getUnit().getName(), null, a.getUnit().getId(),
                    rep == null ? null : rep.getId(), a.getRepresentativeText(), representative);
        }
        Person p = a.getPerson();
        return new StageEntry(e.getId(), e.getVersion(), a.getId(), a.getVersion(), e.getPosition(), false,
                p.getRankAndName(), p.getUnit() == null ? null : p.getUnit().getName(), p.getPosition(),
                p.getUnit() == null ? null : p.getUnit().getId(), null, null, null);
    }

    private Conference managed(Conference conference) {
        return conferences.findById(conference.getId()).orElseThrow(() -> new UserMessageException("error.gone"));
    }

    private PresentationBatch batch(long id, long version) {
        PresentationBatch batch = batches.findById(id).orElseThrow(() -> new UserMessageException("error.concurrent"));
        requireVersion(batch, version);
        return batch;
    }

    private static void requireVersion(VersionedEntity entity, long version) {
        if (entity.getVersion() != version) {
            throw new UserMessageException("error.concurrent");
        }
    }

    /** The batches the running ceremony has reached (called, on stage, handed over). */
    private Set<Long> reached(Conference conference) {
        return guard.getIfAvailable(() -> StageEditGuard.NONE).batchesReached(conference);
    }

    /** While the ceremony runs, a batch it has reached keeps its recipients and place. */
    private void requireNotReached(PresentationBatch batch) {
        if (reached(batch.getConference()).contains(batch.getId())) {
            throw new UserMessageException("stage.error.ceremonyRunning", batch.getPosition());
        }
    }

    private static void requireUnlocked(PresentationBatch batch) {
        if (batch.isLocked()) {
            throw new UserMessageException("stage.error.locked", batch.getPosition());
        }
    }

    /** Marks a batch edited by hand and raises its version even when only its entries changed. */
    private void edited(PresentationBatch batch) {
        batch.setManuallyEdited(true);
        em.lock(batch, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private void removeBatch(PresentationBatch batch) {
        List<PresentationBatch> list = new ArrayList<>(batches.findByConference(batch.getConference()));
        list.remove(batch);
        batches.delete(batch);
        renumberBatches(list);
    }

    private static void renumberEntries(PresentationBatch batch) {
        List<BatchEntry> list = batch.getEntries();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).getPosition() != i + 1) {
                list.get(i).setPosition(i + 1);
            }
        }
    }

    private static void renumberBatches(List<PresentationBatch> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getPosition() != i + 1) {
                ordered.get(i).setPosition(i + 1);
            }
        }
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
