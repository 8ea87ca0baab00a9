package vn.congan.ceremony.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void markupAndQuotesOfBothKindsAreEscapedAndVietnameseKeptAsItIs() {
        assertThat(Html.escape("Đại úy <b>Tám</b> & \"Bảy\" 'Chín'"))
                .isEqualTo("Đại úy &lt;b&gt;Tám&lt;/b&gt; &amp; &quot;Bảy&quot; &#39;Chín&#39;");
        assertThat(Html.escape("Nguyễn Thị Hương")).isEqualTo("Nguyễn Thị Hương");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void anEscapedTextStaysTextInSingleAndDoubleQuotedAttributes() {
        String text = "a' onclick='x\" onmouseover=\"y <script>";
        var div = Jsoup.parseBodyFragment("<div title='" + Html.escape(text) + "' data-x=\"" + Html.escape(text)
                + "\">" + Html.escape(text) + "</div>").selectFirst("div");
        assertThat(div.attributes().size()).isEqualTo(2);
        assertThat(div.attr("title")).isEqualTo(text);
        assertThat(div.attr("data-x")).isEqualTo(text);
        assertThat(div.text()).isEqualTo(text);
    }
}
