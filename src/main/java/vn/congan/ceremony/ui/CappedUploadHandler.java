package vn.congan.ceremony.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one uploaded file into memory, at most {@code maxBytes} of it, whatever the request's
 * content type (multipart or the raw body of an XHR): the bytes are counted as they are received
 * and reading stops at the first byte past the cap, so an oversized upload never fills the heap.
 * A file within the cap goes to {@code onFile} in the UI's session; a larger one gets the
 * "file larger than N MB" message there, and the request is answered 413.
 */
final class CappedUploadHandler implements UploadHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CappedUploadHandler.class);

    /** Set while the request of this thread was refused, for {@link #responseHandled}. */
    private static final ThreadLocal<Boolean> refused = new ThreadLocal<>();
    private final long maxBytes;
    private final BiConsumer<String, byte[]> onFile;

    CappedUploadHandler(long maxBytes, BiConsumer<String, byte[]> onFile) {
        this.maxBytes = maxBytes;
        this.onFile = onFile;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String fileName = event.getFileName();
        byte[] content = event.getFileSize() > maxBytes ? null : readAtMost(event.getInputStream(), maxBytes);
        if (content == null) {
            LOG.warn("Upload of {} refused: larger than {} bytes", fileName, maxBytes);
            ui.access(() -> UiErrors.error(ui.getTranslation("spreadsheet.error.tooLarge", maxBytes / (1024 * 1024))));
            refused.set(Boolean.TRUE);
            return;
        }
        ui.access(() -> onFile.accept(fileName, content));
    }

    /** A refused upload is answered 413, so the browser's upload shows it failed. */
    @Override
    public void responseHandled(boolean success, VaadinResponse response) {
        boolean tooLarge = Boolean.TRUE.equals(refused.get());
        refused.remove();
        if (tooLarge) {
            response.setStatus(413);
        } else {
            UploadHandler.super.responseHandled(success, response);
        }
    }

    /** Multipart requests: the same cap, enforced by the parser while it reads. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    /** The whole stream if it holds at most {@code max} bytes; null, having read {@code max + 1}, if more. */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, max + 1 - total))) > 0) {
                total += n;
                if (total > max) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}
