package vn.congan.ceremony.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal's two kinds of file link, so that a label keeps its promise. A "Tải ..." link
 * saves a file with a name that says what it is (decision number, batch, date) and never opens
 * a tab; a "Xem trước ..." link opens the PDF in a new tab. One refusal policy for both: when
 * the document cannot be made, the reason reaches the page as every other refusal does
 * ({@link UiErrors}) and the browser gets HTTP 409 instead of a broken file.
 */
public final class Downloads {

    private static final Logger LOG = LoggerFactory.getLogger(Downloads.class);

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

    /** Opens the response once the content has passed its checks: its name and type are set, no byte is sent yet. */
    @FunctionalInterface
    public interface FileOpener {
        OutputStream open(String fileName, String contentType) throws IOException;
    }

    /** A document written straight into the response: checks first, then {@code open}, then the bytes. */
    @FunctionalInterface
    public interface StreamedContent {
        void write(FileOpener open) throws IOException;
    }

    /**
     * A large file (a whole ceremony's certificates) written into the response as it is made,
     * never held whole in memory, with no Content-Length (chunked). Before {@code open} a
     * refusal is handled as in {@link #handler}: the reason on the page and HTTP 409, nothing
     * sent. After it the response is committed: a failure is logged, the page says the file is
     * incomplete, and the exception goes on to the servlet container, which then aborts the
     * connection instead of ending the chunked body, so the browser reports the download as
     * failed. Even if the last bytes reached the disk, a cut PDF has no cross-reference table
     * and trailer, and a cut ZIP no central directory: neither opens as a complete file.
     * {@code done} runs on success, for the page to refresh (the print log).
     */
    public static DownloadHandler streamed(StreamedContent content, Consumer<UI> done) {
        return event -> {
            String[] opened = {null};
            try {
                content.write((fileName, contentType) -> {
                    if (fileName != null) {
                        event.setFileName(fileName);
                    }
                    event.setContentType(contentType);
                    opened[0] = fileName == null ? "(inline)" : fileName;
                    return event.getOutputStream();
                });
            } catch (RuntimeException | IOException e) {
                if (opened[0] == null && e instanceof RuntimeException refused) {
                    refuse(event.getUI(), refused);
                    event.getResponse().setStatus(409);
                    return;
                }
                LOG.error("Download {} failed after its first byte; the file sent is incomplete",
                        opened[0], e);
                UI ui = event.getUI();
                if (ui != null) {
                    ui.access(() -> UiErrors.error(ui.getTranslation("download.interrupted")));
                }
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
            if (done != null && event.getUI() != null) {
                UI ui = event.getUI();
                ui.access(() -> done.accept(ui));
            }
        };
    }

    /** Shows why a download was refused on the page that asked for it. */
    public static void refuse(UI ui, RuntimeException e) {
        if (ui != null) {
            ui.access(() -> UiErrors.show(ui, e));
        }
    }
}
