package vn.congan.ceremony.ceremony.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.ceremony.CeremonyCommand;
import vn.congan.ceremony.ceremony.LiveCeremony;
import vn.congan.ceremony.ceremony.RecipientStatus;

class ScreenViewTest extends LiveViewTestSupport {

    @Test
    void theProjectorOpensWithoutLoginAndFollowsTheMcWithoutReload() {
        String token = ceremony.screenToken();
        UI.getCurrent().navigate("screen/" + token);
        _get(ScreenView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Hội nghị tổng kết Phong trào thi đua đặc biệt");
        assertThat(_get(H2.class).getText()).isEqualTo("Chào mừng các đồng chí đại biểu");
        assertThat(_find(Button.class)).as("nothing on the screen can change anything").isEmpty();
        assertThat(_get(ScreenView.class).hasClassName("screen-light")).as("dark by default").isFalse();

        LiveCeremony live = nextFromOtherTablet(6);
        long absent = live.upcomingBatches().get(0).recipients().get(2).awardId();
        live = ceremony.execute(new CeremonyCommand.SetStatus(live.version(), "backstage", absent,
                RecipientStatus.ABSENT, null));
        nextFromOtherTablet(1);
        deliverPushes();

        assertThat(_get(H2.class).getText()).isEqualTo("Trao khen thưởng");
        assertThat(_get(Span.class, spec -> spec.withClasses("screen-form")).getText())
                .isEqualTo("Bằng khen của Bộ trưởng Bộ Công an");
        assertThat(names()).as("the absent one is not shown")
                .hasSize(2);
    }

    @Test
    void aLightThemeForABrightHallAndTheNamesOfEachNewBatch() {
        String token = ceremony.screenToken();
        UI.getCurrent().navigate("screen/" + token, QueryParameters.of("theme", "light"));
        assertThat(_get(ScreenView.class).hasClassName("screen-light")).isTrue();

        LiveCeremony live = nextFromOtherTablet(7);
        deliverPushes();
        assertThat(names()).containsExactlyElementsOf(live.currentBatch().recipients().stream()
                        .map(r -> r.recipient().screenName()).toList());
        // The next batch has more names: the lines of the first are reused, the rest added.
        live = nextFromOtherTablet(1);
        deliverPushes();
        assertThat(live.currentBatch().recipients()).hasSizeGreaterThan(3);
        assertThat(names()).containsExactlyElementsOf(live.currentBatch().recipients().stream()
                        .map(r -> r.recipient().screenName()).toList());
        // Back to the smaller batch: the extra lines go.
        live = ceremony.execute(new CeremonyCommand.Back(live.version(), "other-tablet"));
        deliverPushes();
        assertThat(names()).hasSize(3);
    }

    @Test
    void aWrongOrReplacedLinkShowsNothingOfTheCeremony() {
        String token = ceremony.screenToken();
        UI.getCurrent().navigate("screen/" + token);
        ceremony.regenerateScreenToken();
        nextFromOtherTablet(1);
        deliverPushes();
        assertThat(_get(H2.class).getText()).isEqualTo("Liên kết màn chiếu không hợp lệ hoặc đã được thay.");
        assertThat(_get(H1.class).getText()).isEmpty();

        UI.getCurrent().navigate("screen/not-the-token");
        assertThat(_get(H2.class).getText()).isEqualTo("Liên kết màn chiếu không hợp lệ hoặc đã được thay.");
    }

    /** The names on the projector as the browser shows them (written as HTML in one go). */
    private static List<String> names() {
        String html = _get(Div.class, spec -> spec.withClasses("screen-names")).getElement().getProperty("innerHTML");
        return Jsoup.parseBodyFragment(html == null ? "" : html).select("div.screen-name").eachText();
    }
}
