package vn.congan.ceremony.operations.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import vn.congan.ceremony.operations.BackupService;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.ui.MainLayout;

/**
 * The admin's backup page: on the embedded database, one link downloads the whole database as a
 * zipped SQL script; on MariaDB it says that mariadb-dump does it (docs/operations.md).
 */
@Route(value = "backup", layout = MainLayout.class)
@Menu(title = "nav.backup", order = 95, icon = "vaadin:database")
@RolesAllowed(Role.Names.ADMIN)
public class BackupView extends VerticalLayout implements HasDynamicTitle {

    public BackupView(BackupService backup) {
        addClassName("backup-view");
        add(new H2(getTranslation("backup.title")));
        if (backup.backsUpItself()) {
            Paragraph text = new Paragraph(getTranslation("backup.h2.text"));
            text.setId("backup-text");
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> response(backup)),
                    getTranslation("backup.download"));
            download.setId("backup-download");
            download.getElement().setAttribute("download", true);
            download.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
            download.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "8px");
            add(text, download, new Paragraph(getTranslation("backup.h2.restore")));
        } else {
            Paragraph text = new Paragraph(getTranslation("backup.mariadb.text"));
            text.setId("backup-text");
            add(text);
        }
    }

    private static DownloadResponse response(BackupService backup) {
        Path file = backup.writeBackup();
        try {
            long size = Files.size(file); // before opening: on Linux DELETE_ON_CLOSE unlinks the file at once
            return new DownloadResponse(Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE),
                    backup.fileName(), "application/zip", size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.backup") + " | " + getTranslation("app.title");
    }
}
