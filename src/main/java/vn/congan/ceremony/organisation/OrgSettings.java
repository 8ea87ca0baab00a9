package vn.congan.ceremony.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.congan.ceremony.common.jpa.AbstractEntity;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.common.jpa.ShownLive;

/** The department's own names, printed on every document; one row. */
@Entity
@ShownLive
@Table(name = "org_settings")
public class OrgSettings extends AbstractEntity {

    @Column(name = "parent_body", nullable = false)
    private String parentBody;

    @Column(name = "department_name", nullable = false)
    private String departmentName;

    @Column(name = "place_name", nullable = false)
    private String placeName;

    protected OrgSettings() {
    }

    public OrgSettings(String parentBody, String departmentName, String placeName) {
        setParentBody(parentBody);
        setDepartmentName(departmentName);
        setPlaceName(placeName);
    }

    /** "Bộ Công an". */
    public String getParentBody() {
        return parentBody;
    }

    public void setParentBody(String parentBody) {
        this.parentBody = VietText.clean(parentBody);
    }

    /** "Công an tỉnh ...". */
    public String getDepartmentName() {
        return departmentName;
    }

    public void setDepartmentName(String departmentName) {
        this.departmentName = VietText.clean(departmentName);
    }

    /** The place written in date lines. */
    public String getPlaceName() {
        return placeName;
    }

    public void setPlaceName(String placeName) {
        this.placeName = VietText.clean(placeName);
    }
}
