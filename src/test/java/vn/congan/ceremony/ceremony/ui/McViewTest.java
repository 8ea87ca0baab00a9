package vn.congan.ceremony.ceremony.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.ceremony.CeremonyCommand;
import vn.congan.ceremony.ceremony.LiveCeremony;
import vn.congan.ceremony.ceremony.RecipientStatus;
import vn.congan.ceremony.conference.AgendaService;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.conference.DelegateIntroduction;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.stage.McScript;
import vn.congan.ceremony.stage.McScriptService;

class McViewTest extends LiveViewTestSupport {

    private static Button next(McView view) {
        return _get(view, Button.class, spec -> spec.withId("mc-next"));
    }

    private static String itemTitle(McView view) {
        return _get(view, H2.class, spec -> spec.withClasses("mc-item-title")).getText();
    }

    @Test
    void theMcAdvancesFromTheStartToTheFirstBatchAndReadsItsRecipients() {
        openAs(McView.class, "mc", Role.MC);
        McView view = _get(McView.class);
        assertThat(_get(Span.class, spec -> spec.withClasses("mc-step")).getText()).isEqualTo("Chưa bắt đầu");
        assertThat(_get(Button.class, spec -> spec.withId("mc-back")).isEnabled()).isFalse();

        _click(next(view));
        assertThat(itemTitle(view)).isEqualTo("Đón tiếp đại biểu");
        assertThat(_get(Span.class, spec -> spec.withClasses("mc-step")).getText()).isEqualTo("Bước 1/25");
        for (int i = 0; i < 6; i++) {
            _click(next(view));
        }
        assertThat(itemTitle(view)).isEqualTo("Trao khen thưởng");
        assertThat(_get(view, H3.class, spec -> spec.withClasses("mc-batch-title"))
                .getText()).isEqualTo("Đợt 1 · Bằng khen của Bộ trưởng Bộ Công an");
        assertThat(_find(view, Div.class, spec -> spec.withClasses("ceremony-recipient"))).hasSize(3);
        // The first name called and not yet on stage is the one being read (a long batch pages to it).
        assertThat(_find(view, Div.class, spec -> spec.withClasses("ceremony-recipient")))
                .extracting(row -> row.hasClassName("reading")).containsExactly(true, false, false);
        // Back, the names' page button (hidden until the browser finds the names too long), Next.
        Div bar = _get(view, Div.class, spec -> spec.withClasses("mc-buttons"));
        assertThat(bar.getChildren().map(c -> c.getId().orElse(""))).containsExactly("mc-back", "mc-names-page",
                "mc-next");
        assertThat(_get(view, Button.class, spec -> spec.withId("mc-names-page")).getElement().hasAttribute("hidden"))
                .isTrue();
        assertThat(_get(Span.class, spec -> spec.withClasses("mc-schedule")).getText()).startsWith("Kế hoạch 09:25");
        assertThat(_get(Span.class, spec -> spec.withClasses("mc-preview-title")).getText())
                .isEqualTo("Đợt tiếp theo: Đợt 2 · Bằng khen của Bộ trưởng Bộ Công an");
        assertThat(ceremony.live().controllerDevice()).isEqualTo(view.device())
                .isNotEqualTo(VaadinSession.getCurrent().getSession().getId());
    }

    @Test
    void anAbsenceMarkedElsewhereIsShownBeforeTheNameWithoutReload() {
        openAs(McView.class, "mc", Role.MC);
        McView view = _get(McView.class);
        for (int i = 0; i < 7; i++) {
            _click(next(view));
        }
        LiveCeremony live = ceremony.live();
        long second = live.currentBatch().recipients().get(1).awardId();
        ceremony.execute(new CeremonyCommand.SetStatus(live.version(), "backstage", second, RecipientStatus.ABSENT, null));
        deliverPushes();

        Div row = _find(view, Div.class, spec -> spec.withClasses("ceremony-recipient")).get(1);
        assertThat(row.getClassNames()).contains("away");
        Span firstSpanAfterNumber = (Span) row.getChildren().skip(1).findFirst().orElseThrow();
        assertThat(firstSpanAfterNumber.getText()).isEqualTo("Vắng mặt");
    }

    @Test
    void twoMcScreensRacingOnNextAdvanceTheCeremonyExactlyOnce() throws InterruptedException {
        openAs(McView.class, "mc", Role.MC);
        McView first = _get(McView.class);
        _click(next(first));
        // A second MC screen of the same tablet (another tab), showing the same version.
        McView second = new McView(ceremony, broadcaster, context.getBean(AuthenticationContext.class));
        UI.getCurrent().add(second);
        long before = ceremony.live().version();

        Runnable release = holdPushes();
        _click(next(first));
        _click(next(second)); // made against the old version: the push has not reached it yet
        release.run();

        assertThat(ceremony.live().version()).isEqualTo(before + 1);
        assertThat(ceremony.live().stepNumber()).isEqualTo(2);
        assertThat(ceremony.eventLog()).hasSize(2);
        NotificationsKt.expectNotifications(
                "Trạng thái buổi lễ vừa thay đổi (có thể do bấm hai lần hoặc thiết bị khác). Màn hình đã cập nhật, "
                        + "hãy kiểm tra rồi thao tác lại.");
        deliverPushes();
        assertThat(itemTitle(first)).isEqualTo("Chào cờ");
        assertThat(itemTitle(second)).isEqualTo("Chào cờ");
    }

    @Test
    void anotherDeviceSeesTheViewReadOnlyAndTakesOverAfterConfirming() {
        nextFromOtherTablet(2);
        openAs(McView.class, "mc", Role.MC);
        McView view = _get(McView.class);
        assertThat(itemTitle(view)).isEqualTo("Chào cờ");
        assertThat(next(view).isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withClasses("mc-read-only")).getText())
                .isEqualTo("Chỉ xem: thiết bị khác đang điều khiển (mc).");

        _click(_get(Button.class, spec -> spec.withId("mc-take-control")));
        assertThat(_get(ConfirmDialog.class).getClassNames()).contains("ceremony-dialog");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(next(view).isEnabled()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("mc-take-control"))).isEmpty();
        _click(next(view));
        assertThat(itemTitle(view)).isEqualTo("Tuyên bố lý do, giới thiệu đại biểu");
    }

    @Test
    void theOrganizerCanReplaceTheScreenLink() {
        openAs(McView.class, "organizer", Role.ORGANIZER);
        String old = ceremony.screenToken();
        assertThat(_get(Anchor.class, spec -> spec.withId("mc-screen-link")).getHref())
                .isEqualTo("screen/" + old);
        _click(_get(Button.class, spec -> spec.withId("mc-regenerate-link")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        deliverPushes();
        String fresh = ceremony.screenToken();
        assertThat(fresh).isNotEqualTo(old);
        assertThat(_get(Anchor.class, spec -> spec.withId("mc-screen-link")).getHref())
                .isEqualTo("screen/" + fresh);
    }

    @Test
    void theMcCannotReplaceTheScreenLink() {
        openAs(McView.class, "mc", Role.MC);
        assertThat(_find(Button.class, spec -> spec.withId("mc-regenerate-link"))).isEmpty();
    }

    /** A clock the test moves by hand. */
    private static final class HandClock extends java.time.Clock {
        java.time.Instant now = java.time.Instant.parse("2020-11-20T02:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    @Test
    void aDoubleTapOnNextAfterTheRedrawStillAdvancesOnceAndBackRightAfterNextIsHonoured() {
        openAs(McView.class, "mc", Role.MC);
        McView view = _get(McView.class);
        HandClock clock = new HandClock();
        view.doubleTaps = new DoubleTaps(clock, DoubleTaps.DEFAULT_WINDOW); // as in production
        _click(next(view));
        clock.now = clock.now.plusSeconds(5);
        _click(next(view));
        assertThat(ceremony.live().stepNumber()).isEqualTo(2);

        clock.now = clock.now.plusMillis(900); // the second touch, on the button drawn for step 2
        assertThat(next(view).isEnabled()).isTrue();
        _click(next(view));
        assertThat(ceremony.live().stepNumber()).isEqualTo(2);
        NotificationsKt.expectNotifications("Chạm hai lần liền: chỉ chuyển một bước.");
        assertThat(next(view).isEnabled()).as("the next tap is taken again").isTrue();

        clock.now = clock.now.plusMillis(200); // 1.1 s after the step: the MC goes on
        _click(next(view));
        assertThat(ceremony.live().stepNumber()).isEqualTo(3);
        _click(_get(view, Button.class, spec -> spec.withId("mc-back"))); // a correction, another button
        assertThat(ceremony.live().stepNumber()).isEqualTo(2);
    }

    @Test
    void nextCarriesTheVersionTheMcScreenShowedNotTheOneAPushBroughtSince() {
        openAs(McView.class, "mc", Role.MC);
        McView view = _get(McView.class);
        _click(next(view));
        Button shownNext = next(view); // what the tablet shows
        LiveCeremony live = ceremony.live();
        // A push (an absence marked backstage) reaches the server-side view; the tablet has not redrawn.
        ceremony.execute(new CeremonyCommand.SetStatus(live.version(), "backstage",
                live.recipients().get(0).awardId(), RecipientStatus.ABSENT, null));
        deliverPushes();
        _click(shownNext);
        assertThat(ceremony.live().stepNumber()).isEqualTo(1);
        NotificationsKt.expectNotifications(
                "Trạng thái buổi lễ vừa thay đổi (có thể do bấm hai lần hoặc thiết bị khác). Màn hình đã cập nhật, "
                        + "hãy kiểm tra rồi thao tác lại.");
        _click(next(view));
        assertThat(ceremony.live().stepNumber()).isEqualTo(2);
    }

    @Test
    void duringABatchTheMcReadsItsOwnScriptLinesWithTheOrganizersOverridesAboveAndAroundTheNames() {
        var conference = context.getBean(ConferenceService.class).current().orElseThrow();
        var scripts = context.getBean(McScriptService.class);
        long firstBatch = ceremony.live().upcomingBatches().get(0).batch().id();
        long firstAward = ceremony.live().upcomingBatches().get(0).recipients().get(0).awardId();
        String invite = scripts.script(conference).lines().stream()
                .filter(l -> l.key().equals("batch-" + firstBatch + ".invite")).findFirst().orElseThrow().text();
        assertThat(invite).startsWith("Xin trân trọng kính mời đồng chí ").contains(", lên trao Bằng khen của Bộ trưởng Bộ Công an");
        String name = scripts.script(conference).lines().stream()
                .filter(l -> l.key().equals("award-" + firstAward)).findFirst().orElseThrow().text();
        scripts.override(conference, "award-" + firstAward, name, "Phòng Tham mưu, Công an tỉnh — đại diện: Đại tá Lê Văn Hòa");
        String thanks = scripts.script(conference).lines().stream()
                .filter(l -> l.key().equals("batch-" + firstBatch + ".thanks")).findFirst().orElseThrow().text();
        scripts.override(conference, "batch-" + firstBatch + ".thanks", thanks,
                "Xin chúc mừng các tập thể. Xin trân trọng cảm ơn đồng chí Giám đốc.");

        openAs(McView.class, "mc", Role.MC);
        McView view = _get(McView.class);
        for (int i = 0; i < 7; i++) {
            _click(next(view));
        }
        Div batch = _get(view, Div.class, spec -> spec.withClasses("mc-batch"));
        List<String> lines = batch.getChildren()
                .map(c -> c instanceof HasText t ? t.getText() : c.getElement().getText())
                .toList();
        // The first batch of the award presentation: the item's opening sentence comes first.
        assertThat(_find(batch, Paragraph.class, spec -> spec.withClasses("mc-batch-script")))
                .extracting(Paragraph::getText).containsExactly(
                        "Tiếp theo chương trình, hội nghị tiến hành trao khen thưởng cho các tập thể, cá nhân có "
                                + "thành tích xuất sắc.",
                        invite,
                        "Xin trân trọng kính mời đại diện các tập thể có tên sau lên nhận khen thưởng:",
                        "Xin chúc mừng các tập thể. Xin trân trọng cảm ơn đồng chí Giám đốc.");
        // ... and is not shown a second time above the batch.
        assertThat(_find(view, Div.class, spec -> spec.withClasses("mc-script"))).isEmpty();
        // The invitation and call come before the names, the thanks after them.
        Div firstRow = _find(batch, Div.class, spec -> spec.withClasses("ceremony-recipient")).get(0);
        int rowIndex = batch.getChildren().toList().indexOf(firstRow.getParent().orElseThrow());
        assertThat(rowIndex).isPositive();
        assertThat(lines.indexOf(invite)).isLessThan(rowIndex);
        assertThat(lines.indexOf("Xin chúc mừng các tập thể. Xin trân trọng cảm ơn đồng chí Giám đốc."))
                .isGreaterThan(rowIndex);
        assertThat(_get(firstRow, Span.class, spec -> spec.withClasses("ceremony-recipient-name")).getText())
                .isEqualTo("Phòng Tham mưu, Công an tỉnh — đại diện: Đại tá Lê Văn Hòa");
        assertThat(_get(firstRow, Span.class, spec -> spec.withClasses("ceremony-status")).getText())
                .isEqualTo("Đang mời lên");
    }

    @Test
    void aNewStepScrollsTheMcPageToTheTopButAStatusChangeDoesNot() {
        openAs(McView.class, "mc", Role.MC);
        McView view = _get(McView.class);
        _click(next(view));
        assertThat(view.scrollsToTop).isEqualTo(1);
        LiveCeremony live = ceremony.live();
        ceremony.execute(new CeremonyCommand.SetStatus(live.version(), "backstage",
                live.recipients().get(0).awardId(), RecipientStatus.ABSENT, null));
        deliverPushes();
        assertThat(view.scrollsToTop).isEqualTo(1);
        _click(next(view));
        assertThat(view.scrollsToTop).isEqualTo(2);
    }

    @Test
    void theDeviceIdKeptInTheBrowserKeepsControlAfterANewSessionOnTheSameTablet() {
        // The tablet advanced the ceremony; then the server restarted (a new session, a new stand-in id).
        nextFromOtherTablet(1);
        assertThat(ceremony.live().controllerDevice()).isEqualTo("other-tablet");
        openAs(McView.class, "mc", Role.MC);
        McView view = _get(McView.class);
        assertThat(next(view).isEnabled()).isFalse();
        // The browser answers with the id in its local storage: control is back, no take-over needed.
        view.useBrowserDevice("other-tablet");
        assertThat(next(view).isEnabled()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("mc-take-control"))).isEmpty();
        _click(next(view));
        assertThat(ceremony.live().stepNumber()).isEqualTo(2);
        // Something that does not look like a device id is ignored.
        view.useBrowserDevice("x'; drop");
        assertThat(view.device()).isEqualTo("other-tablet");
    }

    private static List<Paragraph> scriptParagraphs(McView view) {
        Div script = _get(view, Div.class, spec -> spec.withClasses("mc-script"));
        return script.getChildren().map(Paragraph.class::cast).toList();
    }

    @Test
    void theAnthemStepShowsEachSpokenLineAsItsOwnParagraphAndTheAnthemAsADirectionApart() {
        openAs(McView.class, "mc", Role.MC);
        McView view = _get(McView.class);
        _click(next(view));
        _click(next(view));
        assertThat(itemTitle(view)).isEqualTo("Chào cờ");

        List<Paragraph> lines = scriptParagraphs(view);
        assertThat(lines).extracting(Paragraph::getText).containsExactly(
                "Xin trân trọng kính mời các đồng chí đại biểu và toàn thể các đồng chí đứng dậy làm lễ chào cờ.",
                "Nghiêm! Chào cờ, chào!",
                "(Quốc ca.)",
                "Xin mời các đồng chí ngồi.");
        // The direction is its own element, marked as one; the spoken lines are not.
        assertThat(lines.get(2).getClassNames()).contains("mc-direction").doesNotContain("mc-line");
        assertThat(lines.get(1).getClassNames()).contains("mc-line").doesNotContain("mc-direction");
        assertThat(_find(view, Paragraph.class, spec -> spec.withClasses("mc-line")))
                .hasSize(3).extracting(Paragraph::getText)
                .noneMatch(text -> text.contains("Quốc ca"));
    }

    @Test
    void aDirectionTypedIntoTheMcNotesOrAnOverriddenLineIsShownApartFromTheSpokenText() {
        var conference = context.getBean(ConferenceService.class).current().orElseThrow();
        var scripts = context.getBean(McScriptService.class);
        var agenda = context.getBean(AgendaService.class);
        var salute = agenda.plan(conference).items().stream().filter(i -> i.getTitle().equals("Chào cờ"))
                .findFirst().orElseThrow();
        salute.setMcNotes("Nhạc.\n(Chụp ảnh lưu niệm.)");
        agenda.save(salute);
        String key = "item-" + salute.getId() + ".sit";
        String sit = scripts.script(conference).lines().stream().filter(l -> l.key().equals(key)).findFirst()
                .orElseThrow().text();
        scripts.override(conference, key, sit, "Xin mời các đồng chí ngồi. (Nhạc.)");
        deliverPushes();

        openAs(McView.class, "mc", Role.MC);
        McView view = _get(McView.class);
        _click(next(view));
        _click(next(view));
        assertThat(scriptParagraphs(view)).extracting(p -> p.getText() + (p.hasClassName("mc-direction") ? " [direction]" : ""))
                .containsExactly(
                        "Xin trân trọng kính mời các đồng chí đại biểu và toàn thể các đồng chí đứng dậy làm lễ chào cờ.",
                        "Nghiêm! Chào cờ, chào!",
                        "(Quốc ca.) [direction]",
                        "Xin mời các đồng chí ngồi.",
                        "(Nhạc.) [direction]",
                        "(Nhạc.) [direction]",
                        "(Chụp ảnh lưu niệm.) [direction]");
    }

    @Test
    void theIntroductionStepShowsOneDelegatePerLine() {
        var conference = context.getBean(ConferenceService.class).current().orElseThrow();
        var scripts = context.getBean(McScriptService.class);
        List<String> delegates = scripts.script(conference).lines().stream()
                .filter(l -> l.key().startsWith("delegate-")).map(McScript.Line::text).toList();
        assertThat(delegates).hasSizeGreaterThan(1);

        openAs(McView.class, "mc", Role.MC);
        McView view = _get(McView.class);
        for (int i = 0; i < 3; i++) {
            _click(next(view));
        }
        assertThat(itemTitle(view)).isEqualTo("Tuyên bố lý do, giới thiệu đại biểu");
        List<String> lines = scriptParagraphs(view).stream()
                .map(Paragraph::getText).toList();
        // Each delegate is a paragraph of their own, in precedence order, between the opening and closing lines.
        int first = lines.indexOf(delegates.get(0));
        assertThat(first).isPositive();
        assertThat(lines.subList(first, first + delegates.size())).containsExactlyElementsOf(delegates);
        assertThat(lines.get(first - 1)).isEqualTo(DelegateIntroduction.OPENING);
        assertThat(lines.get(first + delegates.size()))
                .isEqualTo(DelegateIntroduction.CLOSING);
        assertThat(delegates).allMatch(d -> d.startsWith("Đồng chí ") && !d.contains("giới thiệu"));
    }
}
