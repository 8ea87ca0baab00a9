package vn.congan.ceremony.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.congan.ceremony.common.jpa.AbstractEntity;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.Rank;
import vn.congan.ceremony.common.jpa.ShownLive;

/**
 * A delegate (đại biểu) of a conference: a person of the department or an outside guest,
 * with the title line the MC reads and the precedence the organizer sets (1 = most senior).
 */
@Entity
@ShownLive
@Table(name = "delegate")
public class Delegate extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "guest_name")
    private String guestName;

    @Enumerated(EnumType.STRING)
    @Column(name = "guest_rank")
    private Rank guestRank;

    /** "Ủy viên Ban Thường vụ Đảng ủy, Bí thư Đảng ủy, Giám đốc Công an tỉnh". */
    @Column(name = "title_line")
    private String titleLine;

    /** The guest's organisation, when not a unit of the department. */
    private String organisation;

    @Column(nullable = false)
    private int precedence;

    protected Delegate() {
    }

    public static Delegate ofPerson(Conference conference, Person person, String titleLine, int precedence) {
        Delegate d = new Delegate();
        d.conference = conference;
        d.person = person;
        d.setTitleLine(titleLine);
        d.precedence = precedence;
        return d;
    }

    public static Delegate guest(Conference conference, String name, Rank rank, String titleLine,
            String organisation, int precedence) {
        Delegate d = new Delegate();
        d.conference = conference;
        d.setGuestName(name);
        d.setGuestRank(rank);
        d.setTitleLine(titleLine);
        d.setOrganisation(organisation);
        d.precedence = precedence;
        return d;
    }

    public Conference getConference() {
        return conference;
    }

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    public String getGuestName() {
        return guestName;
    }

    public void setGuestName(String guestName) {
        this.guestName = VietText.cleanToNull(guestName);
    }

    public Rank getGuestRank() {
        return guestRank;
    }

    public void setGuestRank(Rank guestRank) {
        this.guestRank = guestRank;
    }

    public String getTitleLine() {
        return titleLine;
    }

    public void setTitleLine(String titleLine) {
        this.titleLine = VietText.cleanToNull(titleLine);
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = VietText.cleanToNull(organisation);
    }

    public int getPrecedence() {
        return precedence;
    }

    public void setPrecedence(int precedence) {
        this.precedence = precedence;
    }

    /** The full name, from the person or the guest entry. */
    public String getFullName() {
        return person != null ? person.getFullName() : guestName;
    }

    public Rank getRank() {
        return person != null ? person.getRank() : (guestRank == null ? Rank.NONE : guestRank);
    }

    /** "Đại tá Nguyễn Thế Hùng". */
    public String getRankAndName() {
        return Rank.withName(getRank(), getFullName());
    }

    @Override
    public String toString() {
        return getRankAndName();
    }
}
