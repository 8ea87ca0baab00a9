package vn.congan.ceremony.print.certificate;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The text lines of a PDF page with the position of their first glyph, in mm from the top-left corner. */
public final class PdfLines {

    public record Line(int page, String text, double xMm, double yMm) {
    }

    private PdfLines() {
    }

    public static List<Line> of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Line> lines = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    TextPosition first = positions.get(0);
                    lines.add(new Line(getCurrentPageNo(), text, first.getXDirAdj() * 25.4 / 72,
                            first.getYDirAdj() * 25.4 / 72));
                }
            };
            stripper.setSortByPosition(false);
            stripper.writeText(document, new StringWriter());
            return lines;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
