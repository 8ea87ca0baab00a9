package vn.congan.ceremony.ceremony.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
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
        assertThat(ShownRows.seat(ShownRows.rows().get(0))).matches("Ghế [A-Z]+\\d+");

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
        assertThat(ShownRows.rows()).as("nobody called yet").noneMatch(r -> ShownRows.button(r, "on-stage").isPresent());
        LiveCeremony live = nextFromOtherTablet(7);
        deliverPushes();
        Div row = ShownRows.rows().get(0);
        assertThat(ShownRows.canTap(row, "on-stage")).isTrue();
        ShownRows.tap(row, "on-stage");
        long award = live.currentBatch().recipients().get(0).awardId();
        assertThat(ceremony.live().recipients()).filteredOn(r -> r.awardId() == award).singleElement()
                .satisfies(r -> assertThat(r.state().status()).isEqualTo(RecipientStatus.ON_STAGE));
        deliverPushes();
        assertThat(ShownRows.status(row)).isEqualTo("Trên sân khấu");
        assertThat(ShownRows.button(row, "on-stage")).as("only while called").isEmpty();

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

        assertThat(ShownRows.name(ShownRows.rows().get(0))).endsWith("— đại diện: Đại úy Lê Văn Tám");
        assertThat(ceremony.live().version()).as("a correction is no ceremony step").isEqualTo(live.version());
    }

    @Test
    void aNameWithMarkupStaysTextOnTheUshersTablet() {
        openAs(BackstageView.class, "mc", Role.MC);
        LiveCeremony.LiveRecipient first = ceremony.live().upcomingBatches().get(0).recipients().get(0);
        long version = context.getBean(AwardRepository.class).findById(first.awardId()).orElseThrow().getVersion();
        context.getBean(StageOrderEdits.class)
                .setRepresentative(first.awardId(), version, null, "Đại úy <b>Tám</b> & \"Bảy\"");
        deliverPushes();

        Div row = ShownRows.row(UI.getCurrent(), first.awardId());
        assertThat(ShownRows.name(row)).endsWith("— đại diện: Đại úy <b>Tám</b> & \"Bảy\"");
        assertThat(row.getElement().getProperty("innerHTML")).doesNotContain("<b>");
    }

    @Test
    void aTapOnAButtonThePageDoesNotShowEnabledChangesNothing() {
        openAs(BackstageView.class, "mc", Role.MC);
        nextFromOtherTablet(7);
        deliverPushes();
        List<Div> columns = _find(Div.class, spec -> spec.withClasses("backstage-batch"));
        assertThat(columns).hasSize(3);
        Div next = ShownRows.rows(columns.get(1)).get(0);
        long award = ShownRows.award(next);
        ShownRows.tap(next, "present");
        assertThat(state(ceremony.live(), award)).isEqualTo(RecipientStatus.CHECKED_IN);
        deliverPushes();
        assertThat(ShownRows.canTap(next, "present")).as("drawn disabled once checked in").isFalse();
        long version = ceremony.live().version();

        // What a forged or stale request could send: a disabled button, one not drawn (the next
        // batch is not called yet), and the buttons of a batch the page shows without any (the
        // batch after next is only looked at).
        ShownRows.tap(next, "present", award);
        ShownRows.tap(next, "on-stage", award);
        Div afterNext = ShownRows.rows(columns.get(2)).get(0);
        assertThat(ShownRows.button(afterNext, "absent")).as("the batch after next is only looked at").isEmpty();
        ShownRows.tap(next, "absent", ShownRows.award(afterNext));

        assertThat(ceremony.live().version()).as("nothing applied").isEqualTo(version);
        assertThat(ceremony.live().recipients()).noneMatch(r -> r.state().status() == RecipientStatus.ABSENT);
        assertThat(state(ceremony.live(), award)).isEqualTo(RecipientStatus.CHECKED_IN);
    }

    @Test
    void ushersMarkAbsentAndReceivedOnBehalfAndTheMcStateHasIt() {
        openAs(BackstageView.class, "mc", Role.MC);
        ShownRows.tap(ShownRows.rows().get(0), "absent");
        ShownRows.tap(ShownRows.rows().get(1), "on-behalf");
        // Its buttons get the 48 px touch targets of the ceremony's dialogs (styles.css).
        assertThat(_get(Dialog.class).getClassNames()).contains("ceremony-dialog");
        _setValue(_get(TextField.class, spec -> spec.withId("on-behalf-name")), "Đại úy Lê Văn Tám");
        _click(_get(Button.class, spec -> spec.withId("on-behalf-save")));

        LiveCeremony live = ceremony.live();
        List<LiveCeremony.LiveRecipient> first = live.upcomingBatches().get(0).recipients();
        assertThat(first.get(0).state().status()).isEqualTo(RecipientStatus.ABSENT);
        assertThat(first.get(1).state().status()).isEqualTo(RecipientStatus.RECEIVED_ON_BEHALF);
        assertThat(first.get(1).state().onBehalfOf()).isEqualTo("Đại úy Lê Văn Tám");
        assertThat(ShownRows.rows()).filteredOn(r -> ShownRows.statusClasses(r).contains("status-received-on-behalf"))
                .extracting(ShownRows::status).containsExactly("Nhận thay: Đại úy Lê Văn Tám");
        assertThat(ShownRows.rows().get(0).getClassNames()).as("struck through").contains("away");
    }

    @Test
    void aTapOnARowThatJustChangedNeverMarksAnotherPerson() {
        openAs(BackstageView.class, "mc", Role.MC);
        nextFromOtherTablet(7);
        deliverPushes();
        // The tablet shows batch 1 on stage; the usher is about to tap "Vắng" on its first row.
        Div row = ShownRows.rows().get(0);
        long shownAward = ShownRows.award(row);
        assertThat(ShownRows.canTap(row, "absent")).isTrue();

        // Meanwhile the MC moves on: the server-side view follows, the tablet has not redrawn yet.
        nextFromOtherTablet(1);
        deliverPushes();
        long nowShown = Long.parseLong(row.getElement().getAttribute("data-award"));
        assertThat(nowShown).isNotEqualTo(shownAward); // the place on stage now shows batch 2
        ShownRows.tap(row, "absent", shownAward);

        LiveCeremony live = ceremony.live();
        assertThat(state(live, nowShown)).isNotEqualTo(RecipientStatus.ABSENT);
        assertThat(live.recipients().stream().filter(r -> r.state().status() == RecipientStatus.ABSENT)).isEmpty();
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(
                "Trạng thái buổi lễ vừa thay đổi (có thể do bấm hai lần hoặc thiết bị khác). Màn hình đã cập nhật, "
                        + "hãy kiểm tra rồi thao tác lại.");
        // Once redrawn, the same place's button acts on the person it shows now.
        ShownRows.tap(row, "absent");
        assertThat(state(ceremony.live(), nowShown)).isEqualTo(RecipientStatus.ABSENT);
        assertThat(state(ceremony.live(), shownAward)).isEqualTo(RecipientStatus.RECEIVED);
    }

    @Test
    void aTapMadeBeforeThePushReachedTheViewIsRefusedAsStale() {
        openAs(BackstageView.class, "mc", Role.MC);
        Div row = ShownRows.rows().get(0);
        long shownAward = ShownRows.award(row);
        nextFromOtherTablet(8);
        ShownRows.tap(row, "absent", shownAward);
        // Refused, or at most the person the row showed: never another one.
        assertThat(ceremony.live().recipients().stream().filter(r -> r.state().status() == RecipientStatus.ABSENT)
                .map(LiveCeremony.LiveRecipient::awardId)).isSubsetOf(shownAward);
    }

    private static RecipientStatus state(LiveCeremony live, long award) {
        return live.recipients().stream().filter(r -> r.awardId() == award).findFirst().orElseThrow().state().status();
    }
}
