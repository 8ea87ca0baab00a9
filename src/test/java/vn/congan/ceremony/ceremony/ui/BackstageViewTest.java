package vn.congan.ceremony.ceremony.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.ceremony.LiveCeremony;
import vn.congan.ceremony.ceremony.RecipientStatus;
import vn.congan.ceremony.security.Role;

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
    void ushersMarkAbsentAndReceivedOnBehalfAndTheMcStateHasIt() {
        openAs(BackstageView.class, "mc", Role.MC);
        List<Div> rows = _find(Div.class, spec -> spec.withClasses("ceremony-recipient"));
        _click(_get(rows.get(0), Button.class, spec -> spec.withClasses("action-absent")));
        _click(_get(_find(Div.class, spec -> spec.withClasses("ceremony-recipient")).get(1), Button.class,
                spec -> spec.withClasses("action-on-behalf")));
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
}
