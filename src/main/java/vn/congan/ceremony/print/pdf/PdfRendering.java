package vn.congan.ceremony.print.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;

/** Builds one PDF in memory; the renderers fill the document and get the bytes back. */
public final class PdfRendering {

    /** What a renderer writes into an open document. */
    @FunctionalInterface
    public interface Body {
        void write(Document document, PdfWriter writer) throws DocumentException;
    }

    private PdfRendering() {
    }

    /** Renders with margins in points; the PDF asks viewers to print at 100 %. */
    public static byte[] render(Rectangle pageSize, float marginLeft, float marginRight, float marginTop,
            float marginBottom, String title, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(pageSize, marginLeft, marginRight, marginTop, marginBottom);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.addViewerPreference(PdfName.PRINTSCALING, PdfName.NONE);
            document.addTitle(title);
            document.addCreator("Cổng thông tin hội nghị tổng kết");
            document.open();
            body.write(document, writer);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render PDF: " + title, e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    /** Millimetres to PDF points (1/72 inch). */
    public static float mm(double millimetres) {
        return (float) (millimetres * 72.0 / 25.4);
    }
}
