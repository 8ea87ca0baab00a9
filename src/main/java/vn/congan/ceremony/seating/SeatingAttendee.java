package vn.congan.ceremony.seating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.congan.ceremony.common.jpa.AbstractEntity;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.organisation.Person;

/** Someone on the optional list of other attendees, seated in the general zone. */
@Entity
@Table(name = "seating_attendee")
public class SeatingAttendee extends AbstractEntity {

    /** The longest texts the columns take. */
    public static final int MAX_NAME = 200;
    public static final int MAX_ORGANISATION = 300;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String name;

    /** Title and agency, one line ("Phóng viên, Báo Bình An"); optional. */
    @Column(length = MAX_ORGANISATION)
    private String organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    protected SeatingAttendee() {
    }

    public SeatingAttendee(Conference conference, int position, String name, Person person) {
        this(conference, position, name, null, person);
    }

    public SeatingAttendee(Conference conference, int position, String name, String organisation, Person person) {
        this.conference = conference;
        this.position = position;
        this.name = VietText.clean(name);
        this.organisation = VietText.cleanToNull(organisation);
        this.person = person;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public Person getPerson() {
        return person;
    }
}
