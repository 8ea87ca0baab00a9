package vn.congan.ceremony.print;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.congan.ceremony.common.jpa.AbstractEntity;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.print.certificate.PrinterOffset;

/** A named printer with its measured offsets, chosen when printing onto pre-printed blanks. */
@Entity
@Table(name = "printer_profile")
public class PrinterProfile extends AbstractEntity {

    @Column(nullable = false)
    private String name;

    @Column(name = "front_x_mm", nullable = false)
    private double frontX;

    @Column(name = "front_y_mm", nullable = false)
    private double frontY;

    @Column(name = "back_x_mm", nullable = false)
    private double backX;

    @Column(name = "back_y_mm", nullable = false)
    private double backY;

    @Column(nullable = false)
    private boolean duplex;

    private String note;

    protected PrinterProfile() {
    }

    public PrinterProfile(String name) {
        setName(name);
    }

    public PrinterOffset offset() {
        return new PrinterOffset(frontX, frontY, backX, backY, duplex);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = VietText.clean(name);
    }

    public double getFrontX() {
        return frontX;
    }

    public void setFrontX(double frontX) {
        this.frontX = frontX;
    }

    public double getFrontY() {
        return frontY;
    }

    public void setFrontY(double frontY) {
        this.frontY = frontY;
    }

    public double getBackX() {
        return backX;
    }

    public void setBackX(double backX) {
        this.backX = backX;
    }

    public double getBackY() {
        return backY;
    }

    public void setBackY(double backY) {
        this.backY = backY;
    }

    public boolean isDuplex() {
        return duplex;
    }

    public void setDuplex(boolean duplex) {
        this.duplex = duplex;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = VietText.cleanToNull(note);
    }

    @Override
    public String toString() {
        return name;
    }
}
