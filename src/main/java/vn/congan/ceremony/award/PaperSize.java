package vn.congan.ceremony.award;

/** Standard sheet sizes in millimetres (portrait width x height). */
public enum PaperSize {
    A4(210, 297),
    A3(297, 420);

    private final double widthMm;
    private final double heightMm;

    PaperSize(double widthMm, double heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public double widthMm() {
        return widthMm;
    }

    public double heightMm() {
        return heightMm;
    }
}
