package vn.congan.ceremony.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.function.Supplier;

/**
 * The portal's two kinds of file link, so that a label keeps its promise. A "Tải ..." link
 * saves a file with a name that says what it is (decision number, batch, date) and never opens
 * a tab; a "Xem trước ..." link opens the PDF in a new tab. One refusal policy for both: when
 * the document cannot be made, the reason reaches the page as every other refusal does
 * ({@link UiErrors}) and the browser gets HTTP 409 instead of a broken file.
 */
public final class Downloads {

    public static final String PDF = "application/pdf";
    /** Several files of one job (a print job on more than one paper stock). */
    public static final String ZIP = "application/zip";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    /** A "Tải ..." link: the browser saves {@code fileName} (asked when clicked), no tab. */
    public static Anchor file(String id, String label, Supplier<String> fileName, String contentType,
            Supplier<byte[]> content) {
        Anchor anchor = new Anchor(handler(fileName, contentType, content), AttachmentType.DOWNLOAD, label);
        anchor.setId(id);
        anchor.addClassName("portal-download");
        return anchor;
    }

    /** A "Xem trước ..." link: the PDF opens in a new tab. */
    public static Anchor preview(String id, String label, Supplier<byte[]> pdf) {
        Anchor anchor = new Anchor(handler(null, PDF, pdf), AttachmentType.INLINE, label);
        anchor.setId(id);
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.addClassName("portal-preview");
        return anchor;
    }

    /**
     * Renders on request; {@code fileName} null serves the file inline (a preview), otherwise as
     * an attachment of that name.
     */
    public static DownloadHandler handler(Supplier<String> fileName, String contentType, Supplier<byte[]> content) {
        return event -> {
            byte[] bytes;
            try {
                bytes = content.get();
            } catch (RuntimeException e) {
                refuse(event.getUI(), e);
                event.getResponse().setStatus(409);
                return;
            }
            if (fileName != null) {
                event.setFileName(fileName.get());
            }
            event.setContentType(contentType);
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }

    /** Shows why a download was refused on the page that asked for it. */
    public static void refuse(UI ui, RuntimeException e) {
        if (ui != null) {
            ui.access(() -> UiErrors.show(ui, e));
        }
    }
}
