package vn.congan.ceremony.print.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.testsupport.PdfDrawing;
import vn.congan.ceremony.testsupport.PdfDrawing.TextLine;

/** The calibration page read back: where each mark is drawn, what its label says, where the rulers are. */
class CalibrationPageTest {

    private static final double MM = 72 / 25.4;
    private static final Pattern LABEL = Pattern.compile("\\((\\d+(?:,\\d)?) ; (\\d+(?:,\\d)?)\\) mm");

    @Test
    void eachLabelNamesTheNominalPositionOfTheMarkBesideItAndTheMarkCarriesTheOffset() {
        byte[] pdf = CalibrationPage.render("HP LaserJet phòng 201", 297, 210, new PrinterOffset(2, 3, 0, 0, false));
        List<TextLine> lines = PdfDrawing.lines(pdf);
        List<Point2D> circles = circles(pdf, 1);
        assertThat(circles).hasSize(5);

        List<String> labels = lines.stream().map(TextLine::text).filter(t -> LABEL.matcher(t).matches()).toList();
        assertThat(labels).containsExactly("(30 ; 40) mm", "(267 ; 40) mm", "(148,5 ; 105) mm", "(30 ; 180) mm",
                "(267 ; 180) mm");
        for (TextLine label : lines.stream().filter(l -> LABEL.matcher(l.text()).matches()).toList()) {
            Matcher m = LABEL.matcher(label.text());
            assertThat(m.matches()).isTrue();
            double x = Double.parseDouble(m.group(1).replace(',', '.'));
            double y = Double.parseDouble(m.group(2).replace(',', '.'));
            // the circle drawn at the nominal position moved by the offset (2 mm right, 3 mm down)
            Point2D centre = circles.stream().filter(c -> Math.abs(c.getX() - (x + 2)) < 0.05
                    && Math.abs(c.getY() - (y + 3)) < 0.05).findFirst()
                    .orElseThrow(() -> new AssertionError("no mark at " + label.text() + " + offset in " + circles));
            // and the label right beside that mark: above its circle, its near end within 6 mm of the centre
            double near = Math.min(Math.abs(label.left() / MM - centre.getX()),
                    Math.abs(label.right() / MM - centre.getX()));
            double labelY = (210 * MM - label.baseline()) / MM;
            assertThat(near).isBetween(3.0, 6.0);
            assertThat(label.left()).isGreaterThan(10 * MM);
            assertThat(label.right()).isLessThan((297 - 10) * MM);
            assertThat(centre.getY() - labelY).isBetween(3.0, 6.0);
        }
        assertThat(PdfLines.text(pdf)).contains("TRANG HIỆU CHỈNH MÁY IN: HP LaserJet phòng 201",
                "X = +2,0 mm, Y = +3,0 mm");
    }

    @Test
    void theRulersMeasureFromTheSheetEdgeWhateverTheOffset() {
        byte[] none = CalibrationPage.render("P", 297, 210, PrinterOffset.NONE);
        byte[] shifted = CalibrationPage.render("P", 297, 210, new PrinterOffset(4, -3, 0, 0, false));

        List<TextLine> unshifted = rulerNumbers(none);
        assertThat(rulerNumbers(shifted)).hasSizeGreaterThan(40).allSatisfy(n -> assertThat(unshifted)
                .anySatisfy(u -> {
                    assertThat(u.text()).isEqualTo(n.text());
                    assertThat(u.left()).isCloseTo(n.left(), within(0.01));
                    assertThat(u.baseline()).isCloseTo(n.baseline(), within(0.01));
                }));
        // the top ruler's "100" is centred on the tick 100 mm from the left edge, offset or not
        TextLine hundred = rulerNumbers(shifted).stream().filter(l -> l.text().equals("100")).findFirst().orElseThrow();
        assertThat(hundred.centre() / MM).isCloseTo(100, within(0.1));
        // its 10 mm ticks are where a ruler laid on the edge has them
        List<Double> ticks = verticalStrokes(shifted, 1).stream().map(x -> x / MM)
                .filter(x -> Math.abs(x - Math.rint(x / 10) * 10) < 0.01).map(x -> Math.rint(x * 100) / 100).distinct()
                .toList();
        assertThat(ticks).contains(10.0, 20.0, 100.0, 290.0);
    }

    @Test
    void noRulerNumberSitsInsideACrosshairCircle() {
        for (PrinterOffset offset : List.of(PrinterOffset.NONE, new PrinterOffset(2, 3, 0, 0, false),
                new PrinterOffset(-12, -20, 0, 0, false), new PrinterOffset(-25, 8, 0, 0, false))) {
            byte[] pdf = CalibrationPage.render("P", 297, 210, offset);
            List<Point2D> circles = circles(pdf, 1);
            for (TextLine number : rulerNumbers(pdf)) {
                double left = number.left() / MM;
                double right = number.right() / MM;
                double bottom = (210 * MM - number.baseline()) / MM;
                double top = bottom - 2.2;
                for (Point2D c : circles) {
                    double nearestX = Math.max(left, Math.min(c.getX(), right));
                    double nearestY = Math.max(top, Math.min(c.getY(), bottom));
                    assertThat(Math.hypot(nearestX - c.getX(), nearestY - c.getY()))
                            .as("ruler number %s against the circle at %s with offset %s", number.text(), c, offset)
                            .isGreaterThan(CalibrationPage.CIRCLE_MM);
                }
            }
        }
    }

    @Test
    void a3UsesA3SizedTextAndItsOwnCentre() throws IOException {
        byte[] a4 = CalibrationPage.render("Canon", 297, 210, PrinterOffset.NONE);
        byte[] a3 = CalibrationPage.render("Canon", 420, 297, PrinterOffset.NONE);

        Path dir = Files.createDirectories(Path.of("target",
                "certificate-samples"));
        Files.write(dir.resolve("calibration-a4.pdf"),
                CalibrationPage.render("Canon", 297, 210, new PrinterOffset(1.5, -2, 0, 0, false)));
        Files.write(dir.resolve("calibration-a3.pdf"), a3);
        TextLine titleA4 = line(a4, "TRANG HIỆU CHỈNH MÁY IN: Canon");
        TextLine titleA3 = line(a3, "TRANG HIỆU CHỈNH MÁY IN: Canon");
        assertThat(titleA3.width() / titleA4.width()).isCloseTo(Math.sqrt(2), within(0.02));
        TextLine labelA4 = line(a4, "(148,5 ; 105) mm");
        TextLine labelA3 = line(a3, "(210 ; 148,5) mm");
        assertThat(labelA3.width() / labelA4.width()).isGreaterThan(1.3);
        assertThat(circles(a3, 1)).anySatisfy(c -> {
            assertThat(c.getX()).isCloseTo(210, within(0.05));
            assertThat(c.getY()).isCloseTo(148.5, within(0.05));
        });
    }

    @Test
    void thePageWorksThroughAnExampleOfTheArithmetic() {
        String text = PdfLines.text(CalibrationPage.render("P", 297, 210, PrinterOffset.NONE));
        assertThat(text).contains("đo được 31,5 mm ở nơi chuẩn là 30 mm → độ lệch −1,5 mm",
                "Độ lệch mới = độ lệch đang dùng + (vị trí chuẩn − vị trí đo được)");
    }

    @Test
    void aDuplexProfileGetsABackPageWithTheBackOffset() {
        byte[] pdf = CalibrationPage.render("Duplex", 297, 210, new PrinterOffset(0, 0, 1, -1.5, true));
        assertThat(PdfLines.pages(pdf)).isEqualTo(2);
        assertThat(PdfLines.text(pdf)).contains("(MẶT SAU)", "X = +1,0 mm, Y = −1,5 mm");
        assertThat(circles(pdf, 2)).anySatisfy(c -> {
            assertThat(c.getX()).isCloseTo(31, within(0.05));
            assertThat(c.getY()).isCloseTo(38.5, within(0.05));
        });
    }

    private static TextLine line(byte[] pdf, String text) {
        return PdfDrawing.lines(pdf).stream().filter(l -> l.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + text));
    }

    private static List<TextLine> rulerNumbers(byte[] pdf) {
        return PdfDrawing.lines(pdf).stream().filter(l -> l.text().matches("\\d+")).toList();
    }

    /** Centres of the circles of a page, in mm from the top-left corner. */
    static List<Point2D> circles(byte[] pdf, int page) {
        return collect(pdf, page).circles;
    }

    /** x of the vertical strokes of a page, in points. */
    static List<Double> verticalStrokes(byte[] pdf, int page) {
        return collect(pdf, page).verticals;
    }

    private static Collector collect(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage p = document.getPage(page - 1);
            Collector collector = new Collector(p);
            collector.processPage(p);
            return collector;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Collector extends PDFGraphicsStreamEngine {
        private final double height;
        final List<Point2D> circles = new ArrayList<>();
        final List<Double> verticals = new ArrayList<>();
        private final List<Point2D> points = new ArrayList<>();
        private boolean curved;

        Collector(PDPage page) {
            super(page);
            height = page.getMediaBox().getHeight();
        }

        @Override
        public void moveTo(float x, float y) {
            points.add(new Point2D.Float(x, y));
        }

        @Override
        public void lineTo(float x, float y) {
            points.add(new Point2D.Float(x, y));
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            curved = true;
            points.add(new Point2D.Float(x3, y3));
        }

        @Override
        public void strokePath() {
            if (curved) {
                double minX = points.stream().mapToDouble(Point2D::getX).min().orElse(0);
                double maxX = points.stream().mapToDouble(Point2D::getX).max().orElse(0);
                double minY = points.stream().mapToDouble(Point2D::getY).min().orElse(0);
                double maxY = points.stream().mapToDouble(Point2D::getY).max().orElse(0);
                circles.add(new Point2D.Double((minX + maxX) / 2 / MM, (height - (minY + maxY) / 2) / MM));
            } else if (points.size() == 2 && Math.abs(points.get(0).getX() - points.get(1).getX()) < 0.01) {
                verticals.add(points.get(0).getX());
            }
            endPath();
        }

        @Override
        public void endPath() {
            points.clear();
            curved = false;
        }

        @Override
        public void fillPath(int windingRule) {
            endPath();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public Point2D getCurrentPoint() {
            return points.isEmpty() ? new Point2D.Float() : points.get(points.size() - 1);
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }

        @Override
        public void closePath() {
        }
    }
}
