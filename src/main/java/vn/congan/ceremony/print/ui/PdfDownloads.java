package vn.congan.ceremony.print.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.function.Supplier;
import vn.congan.ceremony.ui.UiErrors;

/** PDF downloads and previews; a refusal reaches the user as a notification, not a broken file. */
final class PdfDownloads {

    private PdfDownloads() {
    }

    /** A handler that renders on request; {@code fileName} null shows the PDF inline (preview). */
    static DownloadHandler pdf(String fileName, Supplier<byte[]> render) {
        return event -> {
            byte[] bytes;
            try {
                bytes = render.get();
            } catch (RuntimeException e) {
                refuse(event.getUI(), e);
                event.getResponse().setStatus(409);
                return;
            }
            if (fileName != null) {
                event.setFileName(fileName);
            }
            event.setContentType("application/pdf");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }

    /** Shows why a download was refused, as every other refusal is shown (see {@link UiErrors}). */
    static void refuse(UI ui, RuntimeException e) {
        if (ui != null) {
            ui.access(() -> UiErrors.show(ui, e));
        }
    }
}
