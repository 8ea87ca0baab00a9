package vn.congan.ceremony.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.ceremony.ui.SummaryView;
import vn.congan.ceremony.conference.ui.AgendaView;
import vn.congan.ceremony.print.ui.CertificatePrintView;
import vn.congan.ceremony.print.ui.PrinterProfilesView;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.seating.ui.SeatingPrintView;
import vn.congan.ceremony.stage.ui.McScriptView;
import vn.congan.ceremony.testsupport.AbstractViewTest;

/** A "Tải ..." link saves a file and opens no tab; a "Xem trước ..." link opens a tab. */
class DownloadLinksTest extends AbstractViewTest {

    @Test
    void everyDownloadLinkSavesAFileAndEveryPreviewOpensATab() {
        List<Class<? extends Component>> pages = List.of(AgendaView.class, McScriptView.class, SeatingPrintView.class,
                SummaryView.class, PrinterProfilesView.class, CertificatePrintView.class);
        int downloads = 0;
        int previews = 0;
        for (Class<? extends Component> page : pages) {
            openAs(page, "organizer", Role.ORGANIZER, Role.PRINT, Role.MC);
            for (Anchor anchor : _find(Anchor.class)) {
                String text = anchor.getText();
                if (text.startsWith("Tải")) {
                    downloads++;
                    assertThat(anchor.getElement().hasAttribute("download")).as(page.getSimpleName() + ": " + text)
                            .isTrue();
                    assertThat(anchor.getTarget()).as(text).isEmpty();
                } else if (text.startsWith("Xem trước")) {
                    previews++;
                    assertThat(anchor.getTarget()).as(text).hasValue("_blank");
                    assertThat(anchor.getElement().hasAttribute("download")).as(text).isFalse();
                }
            }
        }
        assertThat(downloads).isGreaterThanOrEqualTo(7);
        assertThat(previews).isGreaterThanOrEqualTo(1);
    }
}
