package vn.congan.ceremony.seating.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.common.text.Html;

/** The seat map's HTML carries names from imported lists: they stay text, whatever their characters. */
class SeatMapEscapeTest {

    @Test
    void aNameWithMarkupOrQuotesStaysTextInTheTooltipAndTheContent() {
        String name = "Nguyễn \"Văn\" <b>An</b> & 'Bình'";
        String html = "<button class=\"seat\" title=\"" + Html.escape("C19 · " + name) + "\">"
                + Html.escape(name) + "</button>";
        Element button = Jsoup.parseBodyFragment(html).selectFirst("button");
        assertThat(button.attr("title")).isEqualTo("C19 · " + name);
        assertThat(button.text()).isEqualTo(name);
        assertThat(button.children()).isEmpty();
    }
}
