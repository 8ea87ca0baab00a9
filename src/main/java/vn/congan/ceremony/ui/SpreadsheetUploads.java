package vn.congan.ceremony.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.function.BiConsumer;
import vn.congan.ceremony.common.spreadsheet.SpreadsheetReader;

/**
 * The one way the portal takes an office's list (.xlsx, .xls, .csv): one file at a time, at most
 * {@link SpreadsheetReader#MAX_BYTES}, Vietnamese captions, a refusal said in the user's language.
 * The cap holds on the server too: the file is counted while it is received and refused at the
 * first byte past it, whatever the request looks like (see {@link CappedUploadHandler}).
 */
public final class SpreadsheetUploads {

    private SpreadsheetUploads() {
    }

    /** Configures {@code upload} to hand each received file (name, bytes) to {@code onFile}. */
    public static void configure(Upload upload, BiConsumer<String, byte[]> onFile) {
        upload.setMaxFiles(1);
        upload.setMaxFileSize(SpreadsheetReader.MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", ".xls", ".csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel",
                "text/csv");
        upload.setUploadHandler(new CappedUploadHandler(SpreadsheetReader.MAX_BYTES, onFile));
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("award.import.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("award.import.upload.drop"))));
        upload.addFileRejectedListener(e -> UiErrors.error(upload.getTranslation("spreadsheet.error.rejected",
                SpreadsheetReader.MAX_BYTES / (1024 * 1024))));
    }
}
