package vn.congan.ceremony.print;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.congan.ceremony.common.jpa.AbstractEntity;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.print.certificate.PrinterOffset;

/**
 * A named printer with its measured offsets, chosen when printing onto pre-printed blanks. Each
 * paper size has its own (the A3 tray and the A4 tray feed with different errors): the A4 offsets
 * serve A4 and any smaller sheet, the A3 offsets any larger one.
 */
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

    @Column(name = "a3_front_x_mm", nullable = false)
    private double a3FrontX;

    @Column(name = "a3_front_y_mm", nullable = false)
    private double a3FrontY;

    @Column(name = "a3_back_x_mm", nullable = false)
    private double a3BackX;

    @Column(name = "a3_back_y_mm", nullable = false)
    private double a3BackY;

    @Column(nullable = false)
    private boolean duplex;

    private String note;

    protected PrinterProfile() {
    }

    public PrinterProfile(String name) {
        setName(name);
    }

    /** The offsets for the A4 tray. */
    public PrinterOffset offset() {
        return new PrinterOffset(frontX, frontY, backX, backY, duplex);
    }

    /** The offsets for the A3 tray. */
    public PrinterOffset a3Offset() {
        return new PrinterOffset(a3FrontX, a3FrontY, a3BackX, a3BackY, duplex);
    }

    /** The offsets of the tray a sheet of this size comes from: A3's when it is larger than A4, else A4's. */
    public PrinterOffset offsetFor(double widthMm, double heightMm) {
        return isA3Tray(widthMm, heightMm) ? a3Offset() : offset();
    }

    /** A sheet larger than A4 (297 x 210 mm, either way round) comes from the A3 tray. */
    public static boolean isA3Tray(double widthMm, double heightMm) {
        return Math.max(widthMm, heightMm) > 298 || Math.min(widthMm, heightMm) > 211;
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

    public double getA3FrontX() {
        return a3FrontX;
    }

    public void setA3FrontX(double a3FrontX) {
        this.a3FrontX = a3FrontX;
    }

    public double getA3FrontY() {
        return a3FrontY;
    }

    public void setA3FrontY(double a3FrontY) {
        this.a3FrontY = a3FrontY;
    }

    public double getA3BackX() {
        return a3BackX;
    }

    public void setA3BackX(double a3BackX) {
        this.a3BackX = a3BackX;
    }

    public double getA3BackY() {
        return a3BackY;
    }

    public void setA3BackY(double a3BackY) {
        this.a3BackY = a3BackY;
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
