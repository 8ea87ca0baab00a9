package vn.congan.ceremony.common.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds paragraphs to a document so that a heading never ends a page: a paragraph added with
 * {@code keepWithNext} waits for the next one, and when the waiting headings and the first lines
 * of what follows them (up to {@link #LINES_KEPT}) do not fit in what is left of the page, they
 * start the next page together. OpenPDF's own {@code setKeepTogether} keeps one paragraph's lines
 * together, not a paragraph with the next.
 */
public final class KeepWithNext {

    /** How many lines of the paragraph after a heading must come with it. */
    static final int LINES_KEPT = 2;

    private final Document document;
    private final PdfWriter writer;
    private final List<Paragraph> waiting = new ArrayList<>();

    public KeepWithNext(Document document, PdfWriter writer) {
        this.document = document;
        this.writer = writer;
    }

    /** Adds {@code paragraph}; with {@code keepWithNext} it goes on the page the next paragraph starts on. */
    public void add(Paragraph paragraph, boolean keepWithNext) {
        waiting.add(paragraph);
        if (keepWithNext) {
            return;
        }
        if (waiting.size() > 1) {
            float width = document.right() - document.left();
            float needed = 0;
            for (Paragraph heading : waiting.subList(0, waiting.size() - 1)) {
                needed += height(heading, width, Integer.MAX_VALUE);
            }
            needed += height(paragraph, width, LINES_KEPT);
            float room = writer.getVerticalPosition(true) - document.bottom();
            boolean pageEmpty = room >= document.top() - document.bottom() - 1;
            if (needed > room && !pageEmpty) {
                document.newPage();
            }
        }
        flush();
    }

    /** Adds what still waits (a heading at the very end). */
    public void flush() {
        for (Paragraph p : waiting) {
            document.add(p);
        }
        waiting.clear();
    }

    /** The height {@code p} takes in a column of {@code width}, its spacing before included, at most {@code lines} lines. */
    static float height(Paragraph p, float width, int lines) {
        float top = 1_000_000;
        ColumnText column = new ColumnText(null);
        column.setSimpleColumn(0, 0, width, top);
        column.addElement(p);
        column.go(true);
        float whole = top - column.getYLine() + p.getSpacingBefore();
        float lineHeight = p.getTotalLeading() > 0 ? p.getTotalLeading() : p.getFont().getCalculatedLeading(1.5f);
        return lines == Integer.MAX_VALUE ? whole : Math.min(whole, p.getSpacingBefore() + lines * lineHeight);
    }
}
