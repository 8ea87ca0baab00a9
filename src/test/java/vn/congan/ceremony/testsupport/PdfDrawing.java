package vn.congan.ceremony.testsupport;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a PDF page draws, in the page as displayed (its /Rotate applied), points, y upwards: the
 * text lines with their horizontal extent and baseline, and the straight horizontal strokes
 * (rules, underlines, table borders). Text and strokes share the space, so a rule can be compared
 * with the text above it.
 */
public final class PdfDrawing {

    /**
     * A line of text from its first glyph's left edge to its last glyph's right edge; {@code size}
     * is its smallest font size in points, {@code top} the top of its tallest glyph.
     */
    public record TextLine(int page, String text, double left, double right, double baseline, double size,
            double top) {
        public double width() {
            return right - left;
        }

        public double centre() {
            return (left + right) / 2;
        }
    }

    /** A stroked horizontal segment. */
    public record Segment(double left, double right, double y) {
        public double length() {
            return right - left;
        }

        public double centre() {
            return (left + right) / 2;
        }
    }

    /** A rectangle drawn with the "re" operator (a box, a seat, a frame). */
    public record Box(double left, double bottom, double right, double top) {
        public double width() {
            return right - left;
        }

        public double height() {
            return top - bottom;
        }

        /** Whether the area from (x0, y0) to (x1, y1) lies inside, give or take {@code slack}. */
        public boolean holds(double x0, double y0, double x1, double y1, double slack) {
            return x0 >= left - slack && x1 <= right + slack && y0 >= bottom - slack && y1 <= top + slack;
        }
    }

    private PdfDrawing() {
    }

    /** The rectangles of a 1-based page ("re" operators), stroked, filled or only appended. */
    public static List<Box> rectangles(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Collector collector = new Collector(document.getPage(page - 1));
            collector.processPage(document.getPage(page - 1));
            return collector.boxes;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every glyph of a 1-based page, in content order, as PDFBox places it. */
    public static List<TextPosition> glyphs(PDDocument document, int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return glyphs;
    }

    /** The fonts of every page that are not embedded in the file (a print shop's preflight refuses them). */
    public static List<String> fontsNotEmbedded(byte[] pdf) {
        List<String> missing = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    if (!font.isEmbedded() && !missing.contains(font.getName())) {
                        missing.add(font.getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return missing;
    }

    /** Every text line of the document, page by page in content order. */
    public static List<TextLine> lines(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<TextLine> lines = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    TextPosition first = positions.get(0);
                    TextPosition last = positions.get(positions.size() - 1);
                    Point2D start = display(getCurrentPage(), first.getTextMatrix().getTranslateX(),
                            first.getTextMatrix().getTranslateY());
                    Point2D end = display(getCurrentPage(), last.getTextMatrix().getTranslateX(),
                            last.getTextMatrix().getTranslateY());
                    double size = positions.stream().mapToDouble(TextPosition::getFontSizeInPt).min().orElse(0);
                    double height = positions.stream().mapToDouble(TextPosition::getHeightDir).max().orElse(0);
                    lines.add(new TextLine(getCurrentPageNo(), text, start.getX(), end.getX() + last.getWidthDirAdj(),
                            start.getY(), size, start.getY() + height));
                }
            };
            stripper.setSortByPosition(false);
            stripper.writeText(document, new StringWriter());
            return lines;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The horizontal strokes of a 1-based page. */
    public static List<Segment> horizontalStrokes(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Collector collector = new Collector(document.getPage(page - 1));
            collector.processPage(document.getPage(page - 1));
            return collector.strokes;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A point of the page's user space where the page shows it: /Rotate 90 turns the sheet clockwise. */
    public static Point2D display(PDPage page, double x, double y) {
        double width = page.getMediaBox().getWidth();
        double height = page.getMediaBox().getHeight();
        return switch (page.getRotation() % 360) {
            case 90 -> new Point2D.Double(y, width - x);
            case 180 -> new Point2D.Double(width - x, height - y);
            case 270 -> new Point2D.Double(height - y, x);
            default -> new Point2D.Double(x, y);
        };
    }

    private static final class Collector extends PDFGraphicsStreamEngine {
        private final PDPage page;
        private final List<Segment> strokes = new ArrayList<>();
        private final List<Box> boxes = new ArrayList<>();
        private final List<Point2D[]> path = new ArrayList<>();
        private Point2D current;

        Collector(PDPage page) {
            super(page);
            this.page = page;
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            Point2D to = new Point2D.Float(x, y);
            if (current != null) {
                path.add(new Point2D[] {current, to});
            }
            current = to;
        }

        @Override
        public void strokePath() {
            for (Point2D[] user : path) {
                Point2D a = display(page, user[0].getX(), user[0].getY());
                Point2D b = display(page, user[1].getX(), user[1].getY());
                if (Math.abs(a.getY() - b.getY()) < 0.01 && Math.abs(a.getX() - b.getX()) > 0.01) {
                    strokes.add(new Segment(Math.min(a.getX(), b.getX()), Math.max(a.getX(), b.getX()), a.getY()));
                }
            }
            path.clear();
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void fillPath(int windingRule) {
            path.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            Point2D a = display(page, p0.getX(), p0.getY());
            Point2D c = display(page, p2.getX(), p2.getY());
            boxes.add(new Box(Math.min(a.getX(), c.getX()), Math.min(a.getY(), c.getY()), Math.max(a.getX(), c.getX()),
                    Math.max(a.getY(), c.getY())));
            current = null;
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current == null ? new Point2D.Float() : current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
