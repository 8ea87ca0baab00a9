package vn.congan.ceremony.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalTime;
import vn.congan.ceremony.common.jpa.AbstractEntity;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.common.jpa.ShownLive;

/** One item of the timed programme; start times are computed, not stored (except fixed ones). */
@Entity
@ShownLive
@Table(name = "agenda_item")
public class AgendaItem extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false)
    private AgendaItemType type;

    @Column(nullable = false)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responsible_delegate_id")
    private Delegate responsibleDelegate;

    @Column(name = "responsible_text")
    private String responsibleText;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "fixed_start")
    private LocalTime fixedStart;

    @Column(name = "mc_notes")
    private String mcNotes;

    protected AgendaItem() {
    }

    public AgendaItem(Conference conference, int position, AgendaItemType type, String title, int durationMinutes) {
        this.conference = conference;
        this.position = position;
        this.type = type;
        setTitle(title);
        setDurationMinutes(durationMinutes);
    }

    public Conference getConference() {
        return conference;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public AgendaItemType getType() {
        return type;
    }

    public void setType(AgendaItemType type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = VietText.clean(title);
    }

    public Delegate getResponsibleDelegate() {
        return responsibleDelegate;
    }

    public void setResponsibleDelegate(Delegate responsibleDelegate) {
        this.responsibleDelegate = responsibleDelegate;
    }

    public String getResponsibleText() {
        return responsibleText;
    }

    public void setResponsibleText(String responsibleText) {
        this.responsibleText = VietText.cleanToNull(responsibleText);
    }

    /** Who is responsible, as printed: the delegate's rank and name, else the free text. */
    public String responsibleLabel() {
        if (responsibleDelegate != null) {
            return responsibleDelegate.getRankAndName();
        }
        return responsibleText == null ? "" : responsibleText;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(int durationMinutes) {
        if (durationMinutes < 0) {
            throw new IllegalArgumentException("duration must not be negative");
        }
        this.durationMinutes = durationMinutes;
    }

    public LocalTime getFixedStart() {
        return fixedStart;
    }

    public void setFixedStart(LocalTime fixedStart) {
        this.fixedStart = fixedStart;
    }

    public String getMcNotes() {
        return mcNotes;
    }

    /** Notes typed in a text area keep their line breaks; hidden characters go, as everywhere. */
    public void setMcNotes(String mcNotes) {
        this.mcNotes = VietText.cleanMultiline(mcNotes);
    }

    @Override
    public String toString() {
        return title;
    }
}
