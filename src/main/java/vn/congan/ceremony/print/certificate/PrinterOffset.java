package vn.congan.ceremony.print.certificate;

/**
 * The correction a printer needs, in millimetres: positive x moves everything right,
 * positive y moves everything down. With {@code duplex}, even pages are back sides and use
 * the back offsets (a duplex unit feeds the back with its own error).
 */
public record PrinterOffset(double frontX, double frontY, double backX, double backY, boolean duplex) {

    public static final PrinterOffset NONE = new PrinterOffset(0, 0, 0, 0, false);

    /** X correction for the 1-based {@code page}. */
    public double x(int page) {
        return isBack(page) ? backX : frontX;
    }

    public double y(int page) {
        return isBack(page) ? backY : frontY;
    }

    public boolean isBack(int page) {
        return duplex && page % 2 == 0;
    }
}
