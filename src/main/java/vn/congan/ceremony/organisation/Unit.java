package vn.congan.ceremony.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.congan.ceremony.common.jpa.PooledIdEntity;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.common.jpa.ShownLive;

/** A unit of the department, in the department's official order. */
@Entity
@ShownLive
@Table(name = "unit")
public class Unit extends PooledIdEntity {

    @Column(nullable = false)
    private String name;

    @Column(name = "short_code")
    private String shortCode;

    @Column(name = "official_order", nullable = false)
    private int officialOrder;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    protected Unit() {
    }

    public Unit(String name, String shortCode, int officialOrder) {
        setName(name);
        setShortCode(shortCode);
        this.officialOrder = officialOrder;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = VietText.clean(name);
    }

    public String getShortCode() {
        return shortCode;
    }

    public void setShortCode(String shortCode) {
        this.shortCode = VietText.cleanToNull(shortCode);
    }

    public int getOfficialOrder() {
        return officialOrder;
    }

    public void setOfficialOrder(int officialOrder) {
        this.officialOrder = officialOrder;
    }

    public Unit getParent() {
        return parent;
    }

    public void setParent(Unit parent) {
        this.parent = parent;
    }

    @Override
    public String toString() {
        return name;
    }
}
