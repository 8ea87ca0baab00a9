package vn.congan.ceremony.ceremony.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.ceremony.CeremonyCommand;
import vn.congan.ceremony.ceremony.CeremonySummary;
import vn.congan.ceremony.ceremony.LiveCeremony;
import vn.congan.ceremony.ceremony.RecipientStatus;
import vn.congan.ceremony.security.Role;

class SummaryViewTest extends LiveViewTestSupport {

    @Test
    void theOrganizerSeesCountsAbsencesTimelineAndTheNewsDraft() {
        LiveCeremony live = nextFromOtherTablet(8);
        LiveCeremony.LiveRecipient absent = live.currentBatch().recipients().get(0);
        ceremony.execute(new CeremonyCommand.SetStatus(live.version(), "door", absent.awardId(),
                RecipientStatus.ABSENT, null));

        openAs(SummaryView.class, "organizer", Role.ORGANIZER);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("ceremony-summary-note")).getText())
                .isEqualTo("Buổi lễ chưa kết thúc: số liệu dưới đây là tạm thời.");
        assertThat(_find(Span.class, spec -> spec.withClasses("ceremony-summary-count"))).extracting(Span::getText)
                .containsExactly("3 tập thể, 5 cá nhân", "38 tập thể, 96 cá nhân");
        UnorderedList absentList = _get(UnorderedList.class, spec -> spec.withClasses("ceremony-summary-absent"));
        assertThat(_find(absentList, ListItem.class)).extracting(ListItem::getText)
                .containsExactly(absent.recipient().readLine());
        @SuppressWarnings("unchecked")
        Grid<Object> timeline = _get(Grid.class);
        assertThat(GridKt._size(timeline)).isEqualTo(10);
        assertThat(_get(TextArea.class, spec -> spec.withId("ceremony-summary-news")).getValue())
                .contains("38 tập thể, 96 cá nhân");
        assertThat(_get(Anchor.class, spec -> spec.withId("ceremony-summary-pdf")).getHref()).isNotBlank();
    }

    @Test
    void theOrganizerResetsTheCeremonyAfterTheRehearsalOnlyAfterConfirming() {
        LiveCeremony rehearsal = nextFromOtherTablet(8);
        openAs(SummaryView.class, "organizer", Role.ORGANIZER);

        _click(_get(Button.class, spec -> spec.withId("ceremony-reset")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("ceremony-reset-confirm"));
        assertThat(confirm.getElement().getProperty("message"))
                .startsWith("Buổi lễ đang ở bước 8/25; 8 người nhận khen thưởng đã có trạng thái");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(ceremony.live().version()).isEqualTo(rehearsal.version());

        _click(_get(Button.class, spec -> spec.withId("ceremony-reset")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("ceremony-reset-confirm")));
        LiveCeremony live = ceremony.live();
        assertThat(live.started()).isFalse();
        assertThat(live.version()).isEqualTo(rehearsal.version() + 1);
        assertThat(live.recipients()).allSatisfy(r -> assertThat(r.state().status()).isEqualTo(RecipientStatus.WAITING));
        NotificationsKt.expectNotifications("Đã đặt lại buổi lễ về ban đầu.");
        @SuppressWarnings("unchecked")
        Grid<CeremonySummary.TimelineRow> timeline = _get(Grid.class);
        assertThat(GridKt._get(timeline, 0).actualStart()).as("the rehearsal's times are gone").isNull();
    }

    @Test
    void theMcCannotResetTheCeremony() {
        nextFromOtherTablet(3);
        openAs(SummaryView.class, "mc", Role.MC);
        assertThat(_find(Button.class, spec -> spec.withId("ceremony-reset"))).isEmpty();
    }
}
