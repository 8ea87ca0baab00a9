package vn.congan.ceremony.stage;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import vn.congan.ceremony.award.Award;
import vn.congan.ceremony.award.AwardForm;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.common.jpa.AbstractEntity;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.conference.AgendaItem;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.Delegate;
import vn.congan.ceremony.common.jpa.ShownLive;

/**
 * A presentation batch (đợt trao thưởng): recipients called on stage together and handed
 * their awards by one presenter. A batch never mixes award forms.
 *
 * <p>The batch is the aggregate of its entries: reordering, taking out, putting in, cutting
 * off (split) and appending (merge) are its methods, and each leaves the entries numbered
 * 1..n. They are plain Java (tested without a database); the service checks versions, locks
 * and the running ceremony, and flushes between taking an award out of one batch and putting
 * it into another (an award is in one batch at most, unique in the database).
 */
@Entity
@ShownLive
@Table(name = "presentation_batch")
public class PresentationBatch extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    /** The agenda's award-presentation item that holds this batch. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem agendaItem;

    /** 1-based order of the batch in the ceremony. */
    @Column(nullable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "award_form_id")
    private AwardForm form;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "presenter_delegate_id")
    private Delegate presenter;

    /** "Bộ trưởng Bộ Công an" when the presenter hands over "thừa ủy quyền". */
    @Column(name = "on_authority_of")
    private String onAuthorityOf;

    /** A locked batch survives regeneration as it is. */
    @Column(nullable = false)
    private boolean locked;

    /** Set by every edit by hand; regeneration asks before discarding such a batch. */
    @Column(name = "manually_edited", nullable = false)
    private boolean manuallyEdited;

    @OneToMany(mappedBy = "batch", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<BatchEntry> entries = new ArrayList<>();

    protected PresentationBatch() {
    }

    public PresentationBatch(Conference conference, int position, AwardForm form) {
        this.conference = conference;
        this.position = position;
        this.form = form;
    }

    public Conference getConference() {
        return conference;
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public void setAgendaItem(AgendaItem agendaItem) {
        this.agendaItem = agendaItem;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public AwardForm getForm() {
        return form;
    }

    public void setForm(AwardForm form) {
        this.form = form;
    }

    public Delegate getPresenter() {
        return presenter;
    }

    public void setPresenter(Delegate presenter) {
        this.presenter = presenter;
    }

    public String getOnAuthorityOf() {
        return onAuthorityOf;
    }

    public void setOnAuthorityOf(String onAuthorityOf) {
        this.onAuthorityOf = VietText.cleanToNull(onAuthorityOf);
    }

    public boolean isLocked() {
        return locked;
    }

    public void setLocked(boolean locked) {
        this.locked = locked;
    }

    public boolean isManuallyEdited() {
        return manuallyEdited;
    }

    public void setManuallyEdited(boolean manuallyEdited) {
        this.manuallyEdited = manuallyEdited;
    }

    public List<BatchEntry> getEntries() {
        return entries;
    }

    /** Moves {@code entry} to the 1-based {@code position} (clamped) of this batch; false when it stays. */
    public boolean reorder(BatchEntry entry, int position) {
        int from = entries.indexOf(entry);
        if (from < 0) {
            throw new IllegalArgumentException("not an entry of this batch");
        }
        int to = Math.max(0, Math.min(entries.size() - 1, position - 1));
        if (from == to) {
            return false;
        }
        entries.add(to, entries.remove(from));
        renumber();
        return true;
    }

    /** Takes {@code entry} out of this batch and returns its award; the rest close up. */
    public Award remove(BatchEntry entry) {
        if (!entries.remove(entry)) {
            throw new IllegalArgumentException("not an entry of this batch");
        }
        renumber();
        return entry.getAward();
    }

    /**
     * Puts {@code award} at the 1-based {@code position} (clamped to 1..size+1); refused with
     * {@code stage.error.full} when the batch already holds {@code capacity} recipients.
     */
    public BatchEntry insert(Award award, int position, int capacity) {
        requireRoomFor(1, capacity);
        int index = Math.max(0, Math.min(entries.size(), position - 1));
        BatchEntry entry = new BatchEntry(this, award, index + 1);
        entries.add(index, entry);
        renumber();
        return entry;
    }

    /**
     * Takes the entries from the 1-based {@code atPosition} on out of this batch (a split:
     * from the second to the last) and returns their awards in order; refused with
     * {@code stage.error.split} otherwise.
     */
    public List<Award> cutFrom(int atPosition) {
        if (atPosition < 2 || atPosition > entries.size()) {
            throw new UserMessageException("stage.error.split");
        }
        List<Award> cut = new ArrayList<>();
        while (entries.size() >= atPosition) {
            cut.add(entries.remove(atPosition - 1).getAward());
        }
        return cut;
    }

    /** A new batch for the awards a split cuts off, with this batch's form, presenter and agenda item. */
    public PresentationBatch following(List<Award> awards) {
        PresentationBatch created = new PresentationBatch(conference, position + 1, form);
        created.presenter = presenter;
        created.onAuthorityOf = onAuthorityOf;
        created.agendaItem = agendaItem;
        created.manuallyEdited = true;
        created.append(awards, Integer.MAX_VALUE);
        return created;
    }

    /** Adds {@code awards} at the end (a merge), refused as a whole when they do not fit the stage. */
    public void append(List<Award> awards, int capacity) {
        requireRoomFor(awards.size(), capacity);
        for (Award award : awards) {
            entries.add(new BatchEntry(this, award, entries.size() + 1));
        }
    }

    /** Takes every entry out (the next batch of a merge) and returns their awards in order. */
    public List<Award> removeAll() {
        List<Award> awards = entries.stream().map(BatchEntry::getAward).toList();
        entries.clear();
        return awards;
    }

    /** Refuses, with {@code stage.error.full}, {@code count} more recipients than the stage holds. */
    public void requireRoomFor(int count, int capacity) {
        if (entries.size() + count > capacity) {
            throw new UserMessageException("stage.error.full", position, capacity);
        }
    }

    /** Numbers the batches 1..n in the given (ceremony) order. */
    public static void renumber(List<PresentationBatch> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getPosition() != i + 1) {
                ordered.get(i).setPosition(i + 1);
            }
        }
    }

    private void renumber() {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).getPosition() != i + 1) {
                entries.get(i).setPosition(i + 1);
            }
        }
    }
}
