package vn.congan.ceremony.stage;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.jpa.StaleCheck;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.conference.Delegate;
import vn.congan.ceremony.conference.Reordering;
import vn.congan.ceremony.organisation.Person;

/**
 * Every edit of the stage order by hand (move, reorder, split, merge, lock, presenter,
 * representative). Each edit names the version of what the user saw and is refused with
 * {@code error.concurrent} ({@link StaleCheck}) when someone else changed it meanwhile; an edit
 * of a batch's recipients raises the batch's version, so a stale view cannot overwrite it.
 * What happens to the entries is the batch aggregate's ({@link PresentationBatch#reorder},
 * {@link PresentationBatch#insert}, {@link PresentationBatch#cutFrom}, ...); this service checks
 * locks and the running ceremony (read once per edit) and stores the result.
 */
@Service
public class StageOrderEdits {

    private final StageOrderService stage;
    private final PresentationBatchRepository batches;
    private final EntityManager em;
    private final ApplicationEventPublisher events;

    public StageOrderEdits(StageOrderService stage, PresentationBatchRepository batches, EntityManager em,
            ApplicationEventPublisher events) {
        this.stage = stage;
        this.batches = batches;
        this.em = em;
        this.events = events;
    }

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
        BatchEntry entry = entry(entryId, entryVersion);
        PresentationBatch source = entry.getBatch();
        PresentationBatch target = batch(targetBatchId, targetBatchVersion);
        requireUnlocked(source);
        requireUnlocked(target);
        requireNotReached(stage.reached(source.getConference()), source, target);
        if (!source.getForm().getId().equals(target.getForm().getId())) {
            throw new UserMessageException("stage.error.mixedForms");
        }
        if (source == target) {
            if (source.reorder(entry, targetPosition)) {
                edited(source);
            }
            return;
        }
        int capacity = stage.settingsOf(source.getConference()).getStageCapacity();
        target.requireRoomFor(1, capacity);
        Award award = source.remove(entry);
        em.flush(); // the award leaves its batch before it enters the other (unique in batch_entry)
        target.insert(award, targetPosition, capacity);
        edited(target);
        if (source.getEntries().isEmpty()) {
            removeBatch(source);
        } else {
            edited(source);
        }
    }

    /** Moves a recipient one place up or down within its batch. */
    @Transactional
    public void step(long entryId, long entryVersion, long batchVersion, int delta) {
        BatchEntry entry = entry(entryId, entryVersion);
        StaleCheck.requireVersion(entry.getBatch(), batchVersion);
        move(entryId, entryVersion, entry.getBatch().getId(), batchVersion, entry.getPosition() + delta);
    }

    /**
     * Moves a recipient to the end of the previous batch ({@code direction} -1) or the start
     * of the next one (+1), refusing when there is none.
     */
    @Transactional
    public void moveToNeighbour(long entryId, long entryVersion, int direction) {
        BatchEntry entry = entry(entryId, entryVersion);
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
        int to = Math.max(0, Math.min(list.size() - 1, toIndex));
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
        Set<Long> reached = stage.reached(batch.getConference());
        for (int i = Math.min(from, to); i <= Math.max(from, to); i++) {
            requireNotReached(reached, list.get(i));
        }
        PresentationBatch.renumber(Reordering.move(list, from, to));
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
        requireNotReached(stage.reached(batch.getConference()), batch);
        List<Award> moving = batch.cutFrom(atPosition);
        em.flush(); // the awards leave the batch before they enter the new one
        List<PresentationBatch> list = new ArrayList<>(batches.findByConference(batch.getConference()));
        PresentationBatch created = batch.following(moving);
        batches.save(created);
        list.add(list.indexOf(batch) + 1, created);
        PresentationBatch.renumber(list);
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
        StaleCheck.requireVersion(next, nextVersion);
        requireUnlocked(batch);
        requireUnlocked(next);
        requireNotReached(stage.reached(batch.getConference()), batch, next);
        if (!batch.getForm().getId().equals(next.getForm().getId())) {
            throw new UserMessageException("stage.error.mixedForms");
        }
        int capacity = stage.settingsOf(batch.getConference()).getStageCapacity();
        batch.requireRoomFor(next.getEntries().size(), capacity);
        List<Award> moving = next.removeAll();
        em.flush(); // the awards leave the next batch before they enter this one
        batch.append(moving, capacity);
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
            presenter = em.find(Delegate.class, delegateId);
            if (presenter == null || !presenter.getConference().getId().equals(batch.getConference().getId())) {
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
        StaleCheck.requireVersion(award, awardVersion);
        if (!award.isCollective()) {
            throw new UserMessageException("stage.error.notCollective");
        }
        if (personId == null) {
            requireFits(text, "stage.error.representativeTooLong");
        }
        Person person = personId == null ? null : em.find(Person.class, personId);
        if (personId != null && person == null) {
            throw new UserMessageException("error.gone");
        }
        award.setRepresentative(person);
        award.setRepresentativeText(personId == null ? text : null);
    }

    // ---------------------------------------------------------------- helpers

    /** Refuses a text longer than its column, as it will be stored (cleaned). */
    private static void requireFits(String text, String messageKey) {
        String cleaned = VietText.cleanToNull(text);
        if (cleaned != null && cleaned.length() > StageOrderService.MAX_TEXT_LENGTH) {
            throw new UserMessageException(messageKey, StageOrderService.MAX_TEXT_LENGTH);
        }
    }

    private BatchEntry entry(long id, long version) {
        BatchEntry entry = batches.findEntry(id).orElseThrow(() -> new UserMessageException("error.concurrent"));
        StaleCheck.requireVersion(entry, version);
        return entry;
    }

    private PresentationBatch batch(long id, long version) {
        PresentationBatch batch = batches.findById(id).orElseThrow(() -> new UserMessageException("error.concurrent"));
        StaleCheck.requireVersion(batch, version);
        return batch;
    }

    /** While the ceremony runs, a batch it has reached keeps its recipients and place. */
    private static void requireNotReached(Set<Long> reached, PresentationBatch... touched) {
        for (PresentationBatch batch : touched) {
            if (reached.contains(batch.getId())) {
                throw new UserMessageException("stage.error.ceremonyRunning", batch.getPosition());
            }
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
        PresentationBatch.renumber(list);
    }
}
