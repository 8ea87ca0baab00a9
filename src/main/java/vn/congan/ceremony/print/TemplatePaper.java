package vn.congan.ceremony.print;

/** The sheet a template prints on: a standard size in either orientation, or a custom one in mm. */
public enum TemplatePaper {
    A4(297, 210),
    A3(420, 297),
    CUSTOM(0, 0);

    private final double longMm;
    private final double shortMm;

    TemplatePaper(double longMm, double shortMm) {
        this.longMm = longMm;
        this.shortMm = shortMm;
    }

    public double longMm() {
        return longMm;
    }

    public double shortMm() {
        return shortMm;
    }

    public static TemplatePaper of(vn.congan.ceremony.award.PaperSize size) {
        return size == vn.congan.ceremony.award.PaperSize.A3 ? A3 : A4;
    }
}
