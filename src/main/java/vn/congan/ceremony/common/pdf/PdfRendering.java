package vn.congan.ceremony.common.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

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
        write(out, pageSize, marginLeft, marginRight, marginTop, marginBottom, title, body);
        return out.toByteArray();
    }

    /** As {@link #render}, streaming into {@code out} (large print jobs need not sit in memory twice). */
    public static void write(OutputStream out, Rectangle pageSize, float marginLeft, float marginRight,
            float marginTop, float marginBottom, String title, Body body) {
        Document document = new Document(pageSize, marginLeft, marginRight, marginTop, marginBottom);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.addViewerPreference(PdfName.PRINTSCALING, PdfName.NONE);
            writer.setPageEvent(new IssuingBodyRule());
            document.addTitle(title);
            document.addCreator("Cổng thông tin hội nghị tổng kết");
            document.open();
            body.write(document, writer);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot render PDF: " + title, e);
        } catch (RuntimeException e) {
            closeAfterFailure(document, e);
            throw e;
        }
    }

    /** A renderer refused midway: close quietly, so that its reason is not masked by "no pages". */
    private static void closeAfterFailure(Document document, RuntimeException cause) {
        if (document.isOpen()) {
            try {
                document.close();
            } catch (RuntimeException closing) {
                cause.addSuppressed(closing);
            }
        }
    }

    /** Millimetres to PDF points (1/72 inch). */
    public static float mm(double millimetres) {
        return (float) (millimetres * 72.0 / 25.4);
    }
}
