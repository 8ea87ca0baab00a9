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
import vn.congan.ceremony.award.AwardForm;
import vn.congan.ceremony.common.jpa.AbstractEntity;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.conference.AgendaItem;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.Delegate;
import vn.congan.ceremony.common.jpa.ShownLive;

/**
 * A presentation batch (đợt trao thưởng): recipients called on stage together and handed
 * their awards by one presenter. A batch never mixes award forms.
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
}
