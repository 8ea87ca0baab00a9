package vn.congan.ceremony.ceremony.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.award.AwardRepository;
import vn.congan.ceremony.ceremony.LiveCeremony;
import vn.congan.ceremony.ceremony.RecipientStatus;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.stage.StageOrderEdits;

class BackstageViewTest extends LiveViewTestSupport {

    @Test
    void backstageShowsTheBatchOnStageAndTheNextTwoAndFollowsTheMc() {
        openAs(BackstageView.class, "mc", Role.MC);
        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly(
                "Đợt tiếp theo — Đợt 1 · Bằng khen của Bộ trưởng Bộ Công an",
                "Đợt sau nữa — Đợt 2 · Bằng khen của Bộ trưởng Bộ Công an");
        assertThat(_find(Span.class, spec -> spec.withClasses("ceremony-seat"))).first()
                .extracting(Span::getText).asString().matches("Ghế [A-Z]+\\d+");

        nextFromOtherTablet(7);
        deliverPushes();
        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly(
                "Đang trên sân khấu — Đợt 1 · Bằng khen của Bộ trưởng Bộ Công an",
                "Đợt tiếp theo — Đợt 2 · Bằng khen của Bộ trưởng Bộ Công an",
                "Đợt sau nữa — Đợt 3 · Giấy khen của Giám đốc Công an tỉnh");
    }

    @Test
    void anUsherMarksWhoHasReachedTheStageAndLeavingTheBatchMakesThemReceived() {
        openAs(BackstageView.class, "mc", Role.MC);
        assertThat(_find(NativeButton.class, spec -> spec.withClasses("action-on-stage"))).as("nobody called yet")
                .noneMatch(NativeButton::isVisible);
        LiveCeremony live = nextFromOtherTablet(7);
        deliverPushes();
        Div row = _find(Div.class, spec -> spec.withClasses("ceremony-recipient")).get(0);
        NativeButton onStage = _get(row, NativeButton.class, spec -> spec.withClasses("action-on-stage"));
        assertThat(onStage.isVisible()).isTrue();
        _click(onStage);
        long award = live.currentBatch().recipients().get(0).awardId();
        assertThat(ceremony.live().recipients()).filteredOn(r -> r.awardId() == award).singleElement()
                .satisfies(r -> assertThat(r.state().status()).isEqualTo(RecipientStatus.ON_STAGE));
        deliverPushes();
        assertThat(_get(row, Span.class, spec -> spec.withClasses("ceremony-status")).getText()).isEqualTo("Trên sân khấu");
        assertThat(onStage.isVisible()).as("only while called").isFalse();

        nextFromOtherTablet(1);
        assertThat(ceremony.live().recipients()).filteredOn(r -> r.awardId() == award).singleElement()
                .satisfies(r -> assertThat(r.state().status()).isEqualTo(RecipientStatus.RECEIVED));
    }

    @Test
    void anOrganizersCorrectionOfTheStageOrderReachesTheOpenPageWithoutANextStep() {
        openAs(BackstageView.class, "mc", Role.MC);
        LiveCeremony live = ceremony.live();
        LiveCeremony.LiveRecipient first = live.upcomingBatches().get(0).recipients().get(0);
        assertThat(first.recipient().readLine()).contains("— đại diện: ");
        long version = context.getBean(AwardRepository.class)
                .findById(first.awardId()).orElseThrow().getVersion();

        context.getBean(StageOrderEdits.class)
                .setRepresentative(first.awardId(), version, null, "Đại úy Lê Văn Tám");
        deliverPushes();

        Div row = _find(Div.class, spec -> spec.withClasses("ceremony-recipient")).get(0);
        assertThat(_get(row, Span.class, spec -> spec.withClasses("ceremony-recipient-name")).getText())
                .endsWith("— đại diện: Đại úy Lê Văn Tám");
        assertThat(ceremony.live().version()).as("a correction is no ceremony step").isEqualTo(live.version());
    }

    @Test
    void ushersMarkAbsentAndReceivedOnBehalfAndTheMcStateHasIt() {
        openAs(BackstageView.class, "mc", Role.MC);
        List<Div> rows = _find(Div.class, spec -> spec.withClasses("ceremony-recipient"));
        _click(_get(rows.get(0), NativeButton.class, spec -> spec.withClasses("action-absent")));
        _click(_get(_find(Div.class, spec -> spec.withClasses("ceremony-recipient")).get(1), NativeButton.class,
                spec -> spec.withClasses("action-on-behalf")));
        // Its buttons get the 48 px touch targets of the ceremony's dialogs (styles.css).
        assertThat(_get(Dialog.class).getClassNames()).contains("ceremony-dialog");
        _setValue(_get(TextField.class, spec -> spec.withId("on-behalf-name")), "Đại úy Lê Văn Tám");
        _click(_get(Button.class, spec -> spec.withId("on-behalf-save")));

        LiveCeremony live = ceremony.live();
        List<LiveCeremony.LiveRecipient> first = live.upcomingBatches().get(0).recipients();
        assertThat(first.get(0).state().status()).isEqualTo(RecipientStatus.ABSENT);
        assertThat(first.get(1).state().status()).isEqualTo(RecipientStatus.RECEIVED_ON_BEHALF);
        assertThat(first.get(1).state().onBehalfOf()).isEqualTo("Đại úy Lê Văn Tám");
        assertThat(_find(Span.class, spec -> spec.withClasses("status-received-on-behalf")))
                .extracting(Span::getText).containsExactly("Nhận thay: Đại úy Lê Văn Tám");
    }

    @Test
    void aTapOnARowThatJustChangedNeverMarksAnotherPerson() {
        openAs(BackstageView.class, "mc", Role.MC);
        nextFromOtherTablet(7);
        deliverPushes();
        // The tablet shows batch 1 on stage; the usher is about to tap "Vắng" on its first row.
        Div row = _find(Div.class, spec -> spec.withClasses("ceremony-recipient")).get(0);
        long shownAward = Long.parseLong(row.getElement().getAttribute("data-award"));
        NativeButton absent = _get(row, NativeButton.class, spec -> spec.withClasses("action-absent"));

        // Meanwhile the MC moves on: the server-side view follows, the tablet has not redrawn yet.
        nextFromOtherTablet(1);
        deliverPushes();
        long nowShown = Long.parseLong(row.getElement().getAttribute("data-award"));
        assertThat(nowShown).isNotEqualTo(shownAward); // the row was handed to batch 2
        _click(absent);

        LiveCeremony live = ceremony.live();
        assertThat(state(live, nowShown)).isNotEqualTo(RecipientStatus.ABSENT);
        assertThat(live.recipients().stream().filter(r -> r.state().status() == RecipientStatus.ABSENT)).isEmpty();
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "Trạng thái buổi lễ vừa thay đổi (có thể do bấm hai lần hoặc thiết bị khác). Màn hình đã cập nhật, "
                        + "hãy kiểm tra rồi thao tác lại.");
        // The row now shows the batch after next, which is only looked at: no buttons there, until it
        // comes nearer; then they are made for the person it shows and act on them.
        assertThat(_find(row, NativeButton.class)).isEmpty();
        nextFromOtherTablet(1);
        deliverPushes();
        assertThat(Long.parseLong(row.getElement().getAttribute("data-award"))).isEqualTo(nowShown);
        _click(_get(row, NativeButton.class, spec -> spec.withClasses("action-absent")));
        assertThat(state(ceremony.live(), nowShown)).isEqualTo(RecipientStatus.ABSENT);
    }

    @Test
    void aTapMadeBeforeThePushReachedTheViewIsRefusedAsStale() {
        openAs(BackstageView.class, "mc", Role.MC);
        Div row = _find(Div.class, spec -> spec.withClasses("ceremony-recipient")).get(0);
        NativeButton absent = _get(row, NativeButton.class, spec -> spec.withClasses("action-absent"));
        long shownAward = Long.parseLong(row.getElement().getAttribute("data-award"));
        nextFromOtherTablet(8);
        _click(absent);
        // Refused, or at most the person the row showed: never another one.
        assertThat(ceremony.live().recipients().stream().filter(r -> r.state().status() == RecipientStatus.ABSENT)
                .map(LiveCeremony.LiveRecipient::awardId)).isSubsetOf(shownAward);
    }

    private static RecipientStatus state(LiveCeremony live, long award) {
        return live.recipients().stream().filter(r -> r.awardId() == award).findFirst().orElseThrow().state().status();
    }
}
