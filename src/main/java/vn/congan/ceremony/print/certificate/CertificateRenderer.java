package vn.congan.ceremony.print.certificate;

import vn.congan.ceremony.common.pdf.FittedText;
import static vn.congan.ceremony.common.pdf.PdfRendering.mm;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.congan.ceremony.print.certificate.CertificateSheet.Certificate;
import vn.congan.ceremony.print.certificate.CertificateSheet.Separator;
import vn.congan.ceremony.common.pdf.PdfFonts;
import vn.congan.ceremony.common.pdf.PdfFonts.Face;
import vn.congan.ceremony.common.pdf.PdfRendering;

/**
 * Draws certificates: the one renderer behind printing and the preview. Each field is placed in
 * its box, in millimetres from the sheet's top-left corner, shifted by the printer's offset; the
 * frame (full mode only) is drawn once per paper size and reused. {@link #check} lists the
 * sheets whose text does not fit before anything is printed; a missing glyph refuses the job.
 */
public final class CertificateRenderer {

    private CertificateRenderer() {
    }

    /** What was printed: page count and the sheets that overflow. */
    public record Report(int pages, List<FitWarning> warnings) {
    }

    /**
     * Fitted fields already laid out in this job: most fields (national name, authority,
     * achievement, signer) are the same on every sheet of a decision. A print job passes one to
     * its check and then to its rendering, so that each text is fitted once.
     */
    public static final class FitCache {
        private record Key(FieldBox box, String text) {
        }

        private final Map<Key, FittedText> fitted = new HashMap<>();

        FittedText fit(FieldBox box, String text, Certificate certificate) {
            Key key = new Key(box, text);
            FittedText known = fitted.get(key);
            if (known != null) {
                return known;
            }
            String missing = PdfFonts.missingGlyphs(box.face(), text);
            if (!missing.isEmpty()) {
                throw new MissingGlyphException(certificate.label(), box.key(), missing);
            }
            if (fitted.size() > 20_000) {
                fitted.clear();
            }
            FittedText result = box.fit(text);
            fitted.put(key, result);
            return result;
        }
    }

    /** Lays out every sheet without drawing; throws {@link MissingGlyphException} on a missing glyph. */
    public static List<FitWarning> check(List<CertificateSheet> sheets) {
        return check(sheets, new FitCache());
    }

    /** As {@link #check(List)}, keeping the fitted texts in {@code cache} for the rendering that follows. */
    public static List<FitWarning> check(List<CertificateSheet> sheets, FitCache cache) {
        List<FitWarning> warnings = new ArrayList<>();
        int page = 0;
        for (CertificateSheet sheet : sheets) {
            page++;
            if (sheet instanceof Certificate certificate) {
                layout(certificate, page, warnings, cache);
            } else if (sheet instanceof Separator separator) {
                for (String line : separator.lines()) {
                    String missing = PdfFonts.missingGlyphs(Face.SERIF_BOLD, line);
                    if (!missing.isEmpty()) {
                        throw new MissingGlyphException(line, missing);
                    }
                }
            }
        }
        return warnings;
    }

    /**
     * Refuses the job, as {@link #check} does, when a font lacks a letter of any sheet, without
     * fitting anything: what a download must know before its first byte. Each distinct text is
     * looked at once.
     */
    public static void requirePrintable(List<CertificateSheet> sheets) {
        Set<String> seen = new HashSet<>();
        for (CertificateSheet sheet : sheets) {
            if (sheet instanceof Certificate certificate) {
                for (FieldBox box : certificate.layout().fields()) {
                    String text = box.text(certificate.data());
                    if (!text.isEmpty() && seen.add(box.face().ordinal() + "|" + text)) {
                        String missing = PdfFonts.missingGlyphs(box.face(), text);
                        if (!missing.isEmpty()) {
                            throw new MissingGlyphException(certificate.label(), box.key(), missing);
                        }
                    }
                }
            } else if (sheet instanceof Separator separator) {
                for (String line : separator.lines()) {
                    String missing = PdfFonts.missingGlyphs(Face.SERIF_BOLD, line);
                    if (!missing.isEmpty()) {
                        throw new MissingGlyphException(line, missing);
                    }
                }
            }
        }
    }

    /** One certificate's fields, laid out; overflowing ones are added to {@code warnings}. */
    public static List<PlacedField> layout(Certificate certificate, int page, List<FitWarning> warnings) {
        return layout(certificate, page, warnings, new FitCache());
    }

    private static List<PlacedField> layout(Certificate certificate, int page, List<FitWarning> warnings,
            FitCache cache) {
        List<PlacedField> placed = new ArrayList<>();
        for (FieldBox box : certificate.layout().fields()) {
            String text = box.text(certificate.data());
            if (text.isEmpty()) {
                continue;
            }
            FittedText fitted = cache.fit(box, text, certificate);
            if (!fitted.fits()) {
                warnings.add(new FitWarning(page, certificate.label(), box.key(), text));
            }
            placed.add(new PlacedField(box, text, fitted));
        }
        return placed;
    }

    public static byte[] render(List<CertificateSheet> sheets, PrinterOffset offset, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(sheets, offset, title, out);
        return out.toByteArray();
    }

    /** Streams the sheets as one PDF into {@code out}, one page per sheet. */
    public static Report render(List<CertificateSheet> sheets, PrinterOffset offset, String title, OutputStream out) {
        return render(sheets, offset, title, out, new FitCache());
    }

    /**
     * Streams the sheets as one PDF into {@code out}, one page per sheet: each page's content is
     * written out as soon as the next page begins (nothing but the cross-reference entries stays
     * in memory), the frame of each paper size is drawn once as a template, and the four fonts
     * are shared by every page and subset once, at the end. {@code cache} holds the texts the
     * check already fitted.
     */
    public static Report render(List<CertificateSheet> sheets, PrinterOffset offset, String title, OutputStream out,
            FitCache cache) {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("Nothing to print");
        }
        List<FitWarning> warnings = new ArrayList<>();
        PdfRendering.write(out, pageSize(sheets.get(0)), 0, 0, 0, 0, title, (document, writer) -> {
            PdfContentByte cb = writer.getDirectContent();
            Map<String, PdfTemplate> frames = new HashMap<>();
            int page = 0;
            for (CertificateSheet sheet : sheets) {
                page++;
                if (page > 1) {
                    document.setPageSize(pageSize(sheet));
                    document.newPage();
                }
                float dx = mm(offset.x(page));
                float dy = -mm(offset.y(page));
                if (sheet instanceof Certificate certificate) {
                    drawCertificate(cb, certificate, page, dx, dy, frames, warnings, cache);
                } else if (sheet instanceof Separator separator) {
                    drawSeparator(cb, separator, dx, dy);
                }
            }
        });
        return new Report(sheets.size(), warnings);
    }

    private static Rectangle pageSize(CertificateSheet sheet) {
        return new Rectangle(mm(sheet.widthMm()), mm(sheet.heightMm()));
    }

    private static void drawCertificate(PdfContentByte cb, Certificate certificate, int page, float dx, float dy,
            Map<String, PdfTemplate> frames, List<FitWarning> warnings, FitCache cache) {
        CertificateLayout layout = certificate.layout();
        List<PlacedField> fields = layout(certificate, page, warnings, cache);
        if (layout.mode() == CertificateMode.FULL) {
            PdfTemplate frame = frames.computeIfAbsent(layout.widthMm() + "x" + layout.heightMm(),
                    k -> CertificateFrame.draw(cb, layout.widthMm(), layout.heightMm()));
            cb.addTemplate(frame, dx, dy);
        }
        float pageHeight = mm(layout.heightMm());
        for (PlacedField field : fields) {
            drawField(cb, field, pageHeight, dx, dy);
        }
    }

    /** The lines centred vertically in the box, each aligned horizontally as the box says. */
    static void drawField(PdfContentByte cb, PlacedField field, float pageHeight, float dx, float dy) {
        FieldBox box = field.box();
        FittedText fitted = field.fitted();
        BaseFont font = PdfFonts.base(box.face());
        float size = fitted.size();
        float left = mm(box.x()) + dx;
        float width = mm(box.width());
        float boxTop = pageHeight - mm(box.y()) + dy;
        float blockHeight = fitted.lines().size() * fitted.leading();
        float blockTop = boxTop - (mm(box.height()) - blockHeight) / 2;
        float ascent = font.getFontDescriptor(BaseFont.ASCENT, size);
        float descent = font.getFontDescriptor(BaseFont.DESCENT, size);
        float inLine = (fitted.leading() - (ascent - descent)) / 2 + ascent;
        Color colour = box.awtColour();
        cb.setColorFill(colour);
        cb.setColorStroke(colour);
        for (int i = 0; i < fitted.lines().size(); i++) {
            String line = fitted.lines().get(i);
            float lineWidth = fitted.widths().get(i);
            float x = switch (box.alignment()) {
                case LEFT -> left;
                case CENTER -> left + (width - lineWidth) / 2;
                case RIGHT -> left + width - lineWidth;
            };
            float baseline = blockTop - i * fitted.leading() - inLine;
            cb.beginText();
            cb.setFontAndSize(font, size);
            cb.setTextMatrix(x, baseline);
            cb.showText(line);
            cb.endText();
            if (box.underline()) {
                cb.setLineWidth(Math.max(0.5f, size * 0.055f));
                cb.moveTo(x, baseline - size * 0.16f);
                cb.lineTo(x + lineWidth, baseline - size * 0.16f);
                cb.stroke();
            }
        }
    }

    private static void drawSeparator(PdfContentByte cb, Separator separator, float dx, float dy) {
        float w = mm(separator.widthMm());
        float h = mm(separator.heightMm());
        cb.setColorStroke(Color.DARK_GRAY);
        cb.setLineWidth(2f);
        cb.setLineDash(12f, 8f, 0f);
        cb.rectangle(mm(15) + dx, mm(15) + dy, w - mm(30), h - mm(30));
        cb.stroke();
        cb.setLineDash(0f);
        float lineHeight = h / 9;
        float y = h / 2 + lineHeight * (separator.lines().size() - 1) / 2 + dy;
        BaseFont bold = PdfFonts.base(Face.SERIF_BOLD);
        BaseFont regular = PdfFonts.base(Face.SERIF);
        cb.setColorFill(Color.BLACK);
        for (int i = 0; i < separator.lines().size(); i++) {
            String line = separator.lines().get(i);
            BaseFont font = i == 0 ? bold : regular;
            float size = i == 0 ? h / 12 : h / 22;
            while (size > 8 && font.getWidthPoint(line, size) > w - mm(40)) {
                size -= 1;
            }
            cb.beginText();
            cb.setFontAndSize(font, size);
            cb.setTextMatrix((w - font.getWidthPoint(line, size)) / 2 + dx, y - i * lineHeight);
            cb.showText(line);
            cb.endText();
        }
    }
}
