package vn.congan.ceremony.print;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.congan.ceremony.print.certificate.Alignment;
import vn.congan.ceremony.print.certificate.FieldBox;
import vn.congan.ceremony.print.certificate.FieldKey;
import vn.congan.ceremony.print.certificate.InvalidFieldBoxException;
import vn.congan.ceremony.common.pdf.PdfFonts.Face;

/** One field box of a stored template, editable in the template editor; disabled fields do not print. */
@Embeddable
public class TemplateField {

    @Enumerated(EnumType.STRING)
    @Column(name = "field_key", nullable = false)
    private FieldKey key;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "x_mm", nullable = false)
    private double x;

    @Column(name = "y_mm", nullable = false)
    private double y;

    @Column(name = "width_mm", nullable = false)
    private double width;

    @Column(name = "height_mm", nullable = false)
    private double height;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Face face;

    @Column(name = "font_size", nullable = false)
    private double size;

    @Column(name = "min_font_size", nullable = false)
    private double minSize;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Alignment alignment;

    @Column(nullable = false)
    private String colour;

    @Column(nullable = false)
    private boolean underline;

    @Column(nullable = false)
    private String pattern;

    protected TemplateField() {
    }

    public static TemplateField of(FieldBox box, boolean enabled) {
        TemplateField field = new TemplateField();
        field.key = box.key();
        field.enabled = enabled;
        field.x = box.x();
        field.y = box.y();
        field.width = box.width();
        field.height = box.height();
        field.face = box.face();
        field.size = box.size();
        field.minSize = box.minSize();
        field.alignment = box.alignment();
        field.colour = box.colour();
        field.underline = box.underline();
        field.pattern = box.pattern();
        return field;
    }

    void scale(double factor, double dx, double dy) {
        x = round(x * factor + dx);
        y = round(y * factor + dy);
        width = Math.max(0.1, round(width * factor));
        height = Math.max(0.1, round(height * factor));
        size = FieldBox.clampSize(halfPoint(size * factor), FieldBox.MAX_SIZE);
        minSize = FieldBox.clampSize(halfPoint(minSize * factor), size);
    }

    private static double halfPoint(double size) {
        return Math.round(size * 2) / 2.0;
    }

    private static double round(double mm) {
        return Math.round(mm * 10) / 10.0;
    }

    /** The box the renderer draws; throws {@link InvalidFieldBoxException} on values it cannot draw. */
    public FieldBox toBox() {
        return new FieldBox(key, x, y, width, height, face, (float) size, (float) minSize, alignment, colour,
                underline, pattern);
    }

    public FieldKey getKey() {
        return key;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public double getX() {
        return x;
    }

    public void setX(double x) {
        this.x = x;
    }

    public double getY() {
        return y;
    }

    public void setY(double y) {
        this.y = y;
    }

    public double getWidth() {
        return width;
    }

    public void setWidth(double width) {
        this.width = width;
    }

    public double getHeight() {
        return height;
    }

    public void setHeight(double height) {
        this.height = height;
    }

    public Face getFace() {
        return face;
    }

    public void setFace(Face face) {
        this.face = face;
    }

    public double getSize() {
        return size;
    }

    public void setSize(double size) {
        this.size = size;
    }

    public double getMinSize() {
        return minSize;
    }

    public void setMinSize(double minSize) {
        this.minSize = minSize;
    }

    public Alignment getAlignment() {
        return alignment;
    }

    public void setAlignment(Alignment alignment) {
        this.alignment = alignment;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour == null ? "#000000" : colour.strip();
    }

    public boolean isUnderline() {
        return underline;
    }

    public void setUnderline(boolean underline) {
        this.underline = underline;
    }

    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }
}
