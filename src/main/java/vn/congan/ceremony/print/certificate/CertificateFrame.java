package vn.congan.ceremony.print.certificate;

import static vn.congan.ceremony.common.pdf.PdfRendering.mm;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;

/**
 * The portal's own decorative frame for certificates printed on blank paper: a double red rule,
 * a band of gold lozenges, corner rosettes, a star at the top and quarter arcs inside the corners.
 * Pure geometry, drawn once per paper size as a form XObject and placed on every page.
 */
final class CertificateFrame {

    static final Color RED = new Color(0xB8, 0x14, 0x1B);
    static final Color GOLD = new Color(0xC9, 0x9A, 0x2E);

    private CertificateFrame() {
    }

    /** The frame for a sheet of {@code widthMm} x {@code heightMm}, scaled to its short side. */
    static PdfTemplate draw(PdfContentByte cb, double widthMm, double heightMm) {
        float w = mm(widthMm);
        float h = mm(heightMm);
        PdfTemplate t = cb.createTemplate(w, h);
        double s = Math.min(widthMm, heightMm) / 210.0;
        float outer = mm(7 * s);
        float band = mm(8 * s);
        float inner = outer + band;

        t.setColorStroke(RED);
        t.setLineWidth(mm(0.9 * s));
        rect(t, outer, w, h);
        t.setLineWidth(mm(0.25 * s));
        rect(t, outer + mm(1.6 * s), w, h);
        rect(t, inner, w, h);
        t.setColorStroke(GOLD);
        t.setLineWidth(mm(0.5 * s));
        rect(t, inner + mm(1.2 * s), w, h);

        lozenges(t, outer + mm(1.6 * s), inner, w, h, s);
        for (float[] c : new float[][] {{outer, outer}, {w - outer, outer}, {outer, h - outer}, {w - outer, h - outer}}) {
            float cx = c[0] < w / 2 ? c[0] + band / 2 : c[0] - band / 2;
            float cy = c[1] < h / 2 ? c[1] + band / 2 : c[1] - band / 2;
            rosette(t, cx, cy, band * 0.62f);
        }
        cornerArcs(t, inner + mm(1.2 * s), w, h, mm(16 * s), s);
        star(t, w / 2, h - outer - band / 2, band * 0.75f);
        return t;
    }

    private static void rect(PdfTemplate t, float inset, float w, float h) {
        t.rectangle(inset, inset, w - 2 * inset, h - 2 * inset);
        t.stroke();
    }

    /** Gold lozenges along the band, spaced evenly on each side so the corners stay clear. */
    private static void lozenges(PdfTemplate t, float from, float to, float w, float h, double s) {
        float mid = (from + to) / 2;
        float half = (to - from) * 0.32f;
        float pitch = mm(6 * s);
        t.setColorFill(GOLD);
        float start = to + pitch;
        int across = (int) ((w - 2 * start) / pitch);
        float stepX = (w - 2 * start) / across;
        for (int i = 0; i <= across; i++) {
            float x = start + i * stepX;
            lozenge(t, x, mid, half);
            if (Math.abs(x - w / 2) > pitch * 1.6f) {
                lozenge(t, x, h - mid, half);
            }
        }
        int down = (int) ((h - 2 * start) / pitch);
        float stepY = (h - 2 * start) / down;
        for (int i = 0; i <= down; i++) {
            float y = start + i * stepY;
            lozenge(t, mid, y, half);
            lozenge(t, w - mid, y, half);
        }
        t.fill();
    }

    private static void lozenge(PdfTemplate t, float cx, float cy, float r) {
        t.moveTo(cx, cy + r);
        t.lineTo(cx + r * 0.7f, cy);
        t.lineTo(cx, cy - r);
        t.lineTo(cx - r * 0.7f, cy);
        t.closePath();
    }

    private static void rosette(PdfTemplate t, float cx, float cy, float r) {
        t.setColorFill(RED);
        t.moveTo(cx, cy + r);
        t.lineTo(cx + r, cy);
        t.lineTo(cx, cy - r);
        t.lineTo(cx - r, cy);
        t.closePath();
        t.fill();
        t.setColorFill(GOLD);
        t.circle(cx, cy, r * 0.42f);
        t.fill();
        t.setColorFill(Color.WHITE);
        t.circle(cx, cy, r * 0.16f);
        t.fill();
    }

    /** Two concentric quarter arcs in each inner corner. */
    private static void cornerArcs(PdfTemplate t, float inset, float w, float h, float r, double s) {
        t.setColorStroke(GOLD);
        t.setLineWidth(mm(0.35 * s));
        float[][] corners = {{inset, inset, 0}, {w - inset, inset, 90}, {w - inset, h - inset, 180},
            {inset, h - inset, 270}};
        for (float[] c : corners) {
            for (float radius : new float[] {r, r * 0.72f}) {
                t.arc(c[0] - radius, c[1] - radius, c[0] + radius, c[1] + radius, c[2], 90);
                t.stroke();
            }
        }
    }

    /** A five-pointed gold star on a red disc, on the top band's centre. */
    private static void star(PdfTemplate t, float cx, float cy, float r) {
        t.setColorFill(Color.WHITE);
        t.circle(cx, cy, r * 1.25f);
        t.fill();
        t.setColorFill(RED);
        t.circle(cx, cy, r * 1.05f);
        t.fill();
        t.setColorFill(GOLD);
        float innerR = r * 0.38f;
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 5;
            float radius = i % 2 == 0 ? r * 0.9f : innerR;
            float x = cx + (float) (radius * Math.cos(angle));
            float y = cy + (float) (radius * Math.sin(angle));
            if (i == 0) {
                t.moveTo(x, y);
            } else {
                t.lineTo(x, y);
            }
        }
        t.closePath();
        t.fill();
    }
}
