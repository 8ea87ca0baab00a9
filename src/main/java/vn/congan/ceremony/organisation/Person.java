package vn.congan.ceremony.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.congan.ceremony.common.jpa.PooledIdEntity;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.common.text.VietnameseCollation;
import vn.congan.ceremony.common.jpa.ShownLive;

/** A person: officer, staff member or guest, with the name kept split and NFC. */
@Entity
@ShownLive
@Table(name = "person")
public class Person extends PooledIdEntity {

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(name = "middle_name", nullable = false)
    private String middleName;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    /** Folded full name (no case, no diacritics) for search and matching. */
    @Column(name = "search_key", nullable = false)
    private String searchKey;

    /** Vietnamese collation key of given, family and middle name, for lists sorted in the database. */
    @Column(name = "sort_key", nullable = false, length = VietnameseCollation.MAX_KEY_LENGTH)
    private String sortKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "person_rank", nullable = false)
    private Rank rank = Rank.NONE;

    private String position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    protected Person() {
    }

    public Person(String fullName, Rank rank, String position, Unit unit) {
        setName(PersonName.parse(fullName));
        setRank(rank);
        setPosition(position);
        this.unit = unit;
    }

    public PersonName getName() {
        return new PersonName(familyName, middleName, givenName);
    }

    public void setName(PersonName name) {
        this.familyName = name.family();
        this.middleName = name.middle();
        this.givenName = name.given();
        this.fullName = name.full();
        this.searchKey = VietText.fold(fullName);
        this.sortKey = VietnameseCollation.sortKey(name);
    }

    public String getFullName() {
        return fullName;
    }

    public String getSearchKey() {
        return searchKey;
    }

    public String getSortKey() {
        return sortKey;
    }

    public Rank getRank() {
        return rank;
    }

    public void setRank(Rank rank) {
        this.rank = rank == null ? Rank.NONE : rank;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = VietText.cleanToNull(position);
    }

    public Unit getUnit() {
        return unit;
    }

    public void setUnit(Unit unit) {
        this.unit = unit;
    }

    /** "Thượng úy Nguyễn Văn An". */
    public String getRankAndName() {
        return Rank.withName(rank, fullName);
    }

    @Override
    public String toString() {
        return getRankAndName();
    }
}
