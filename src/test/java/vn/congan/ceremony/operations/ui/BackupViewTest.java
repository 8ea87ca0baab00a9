package vn.congan.ceremony.operations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.testsupport.AbstractViewTest;

class BackupViewTest extends AbstractViewTest {

    @Test
    void theAdminFindsTheBackupPageInTheMenuAndItsDownloadLink() {
        openAs(BackupView.class, "admin", Role.ADMIN, Role.ORGANIZER);
        assertThat(_find(SideNavItem.class)).extracting(item -> item.getElement().getTextRecursively()).contains("Sao lưu dữ liệu");
        assertThat(_get(Paragraph.class, spec -> spec.withId("backup-text")).getText())
                .startsWith("Tải về bản sao lưu toàn bộ cơ sở dữ liệu: quyết định, người được khen");
        Anchor download = _get(Anchor.class, spec -> spec.withId("backup-download"));
        assertThat(download.getText()).isEqualTo("Tải bản sao lưu (.zip)");
        assertThat(download.getHref()).isNotBlank();
        assertThat(download.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void anOrganizerCannotOpenTheBackupPage() {
        login("organizer", Role.ORGANIZER);
        UI.getCurrent().navigate(BackupView.class);
        _assertNone(BackupView.class);
        assertThat(_find(SideNavItem.class)).extracting(item -> item.getElement().getTextRecursively()).doesNotContain("Sao lưu dữ liệu");
        assertThat(_get(Paragraph.class, spec -> spec.withId("page-not-found-text")).getText())
                .startsWith("Trang /backup không tồn tại, hoặc tài khoản của bạn không có quyền mở trang này.");
    }
}
