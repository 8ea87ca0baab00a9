package vn.congan.ceremony.ceremony.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.ceremony.LiveCeremony;
import vn.congan.ceremony.ceremony.RecipientStatus;
import vn.congan.ceremony.common.text.PersonName;
import vn.congan.ceremony.security.Role;

class CheckInViewTest extends LiveViewTestSupport {

    @Test
    void theDeskFindsAnAwardeeWithoutDiacriticsAndChecksThemIn() {
        LiveCeremony.LiveRecipient target = ceremony.live().recipients().stream()
                .filter(r -> !r.recipient().collective()).findFirst().orElseThrow();
        String name = target.recipient().searchText().split(" ")[0] + " "
                + target.recipient().screenName().substring(target.recipient().screenName().lastIndexOf(' ') + 1);
        // As typed at the desk: upper case, no diacritics, in NFD where any marks remain.
        String typed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toUpperCase(Locale.ROOT);

        openAs(CheckInView.class, "mc", Role.MC);
        _setValue(_get(TextField.class, spec -> spec.withId("checkin-search")), typed);
        ShownRows.tap(ShownRows.row(UI.getCurrent(), target.awardId()), "present");

        assertThat(ceremony.live().recipients().stream().filter(r -> r.awardId() == target.awardId()).findFirst()
                .orElseThrow().state().status()).isEqualTo(RecipientStatus.CHECKED_IN);
        Div after = ShownRows.row(UI.getCurrent(), target.awardId());
        assertThat(ShownRows.status(after)).isEqualTo("Đã điểm danh");
        assertThat(ShownRows.canTap(after, "present")).as("checked in once").isFalse();
        assertThat(ShownRows.canTap(after, "absent")).isTrue();
    }

    @Test
    void anAbsenceMarkedAtTheDeskReachesTheMcAtOnce() {
        openAs(McView.class, "mc", Role.MC);
        McView mc = _get(McView.class);
        for (int i = 0; i < 7; i++) {
            _click(_get(mc, Button.class, spec -> spec.withId("mc-next")));
        }
        LiveCeremony.LiveRecipient first = ceremony.live().currentBatch().recipients().get(0);
        // The desk, in the same browser for the test: search the collective's unit, mark it absent.
        CheckInView desk = new CheckInView(ceremony, broadcaster);
        UI.getCurrent().add(desk);
        _setValue(_get(desk, TextField.class, spec -> spec.withId("checkin-search")),
                first.recipient().screenName().toLowerCase(Locale.ROOT));
        ShownRows.tap(ShownRows.rows(desk).get(0), "absent");
        deliverPushes();

        Div row = _find(mc, Div.class, spec -> spec.withClasses("ceremony-recipient")).get(0);
        assertThat(_get(row, Span.class, spec -> spec.withClasses("ceremony-status")).getText()).isEqualTo("Vắng mặt");
    }

    @Test
    void resultsComeInVietnameseAlphabeticalOrderOfTheName() {
        openAs(CheckInView.class, "mc", Role.MC);
        _setValue(_get(TextField.class, spec -> spec.withId("checkin-search")), "van");
        Map<Long, LiveCeremony.LiveRecipient> byAward = new HashMap<>();
        ceremony.live().recipients().forEach(r -> byAward.put(r.awardId(), r));
        List<PersonName> names = _find(Div.class,
                spec -> spec.withClasses("ceremony-recipient")).stream()
                .map(d -> byAward.get(Long.parseLong(d.getElement().getAttribute("data-award"))))
                .filter(r -> !r.recipient().collective())
                .map(r -> PersonName.parse(r.recipient().searchText()
                        .replace(" " + Objects.toString(r.recipient().detail(), ""), "")))
                .toList();
        assertThat(names).hasSizeGreaterThan(5)
                .isSortedAccordingTo(PersonName.ALPHABETICAL);
    }

    @Test
    void aUnitReceivingTwoAwardsShowsWhichAwardEachRowIsFor() {
        Map<String, List<LiveCeremony.LiveRecipient>> byUnit = ceremony.live().recipients().stream()
                .filter(r -> r.recipient().collective())
                .collect(Collectors.groupingBy(r -> r.recipient().screenName()));
        var twice = byUnit.entrySet().stream().filter(e -> e.getValue().size() > 1).findFirst().orElseThrow();
        var once = byUnit.entrySet().stream().filter(e -> e.getValue().size() == 1).findFirst().orElseThrow();

        openAs(CheckInView.class, "mc", Role.MC);
        _setValue(_get(TextField.class, spec -> spec.withId("checkin-search")), twice.getKey());
        for (LiveCeremony.LiveRecipient r : twice.getValue()) {
            assertThat(ShownRows.note(ShownRows.row(UI.getCurrent(), r.awardId()))).isEqualTo(r.recipient().formName() + " · Đợt " + r.batchPosition());
        }

        _setValue(_get(TextField.class, spec -> spec.withId("checkin-search")), once.getKey());
        assertThat(ShownRows.note(ShownRows.row(UI.getCurrent(), once.getValue().get(0).awardId()))).isNull();
    }

    @Test
    void tooShortAQueryShowsTheCount() {
        openAs(CheckInView.class, "organizer", Role.ORGANIZER);
        assertThat(_find(Div.class, spec -> spec.withClasses("ceremony-recipient"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("checkin-hint")).getText())
                .isEqualTo("Gõ ít nhất 2 chữ của tên. Đã điểm danh 0/142 người nhận khen thưởng.");
    }

    @Test
    void absentOnSomeoneWhoHasAlreadyReceivedAsksFirst() {
        LiveCeremony live = nextFromOtherTablet(8);
        LiveCeremony.LiveRecipient target = live.recipients().stream()
                .filter(r -> r.state().status() == RecipientStatus.RECEIVED).findFirst().orElseThrow();
        openAs(CheckInView.class, "mc", Role.MC);
        _setValue(_get(TextField.class, spec -> spec.withId("checkin-search")), target.recipient().searchText().trim());
        Supplier<Div> row = () -> ShownRows.row(UI.getCurrent(), target.awardId());
        ShownRows.tap(row.get(), "absent");
        ConfirmDialog dialog =
                _get(ConfirmDialog.class);
        assertThat(status(target.awardId())).isEqualTo(RecipientStatus.RECEIVED);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel(dialog);
        assertThat(status(target.awardId())).isEqualTo(RecipientStatus.RECEIVED);

        ShownRows.tap(row.get(), "absent");
        var dialogs = _find(ConfirmDialog.class);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(dialogs.get(dialogs.size() - 1));
        assertThat(status(target.awardId())).isEqualTo(RecipientStatus.ABSENT);
    }

    private RecipientStatus status(long award) {
        return ceremony.live().recipients().stream().filter(r -> r.awardId() == award).findFirst().orElseThrow()
                .state().status();
    }
}
