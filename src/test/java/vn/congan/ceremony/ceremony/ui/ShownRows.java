package vn.congan.ceremony.ceremony.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The recipient rows of backstage and the door as the browser shows them (each row's content is
 * HTML written in one go, see {@link RecipientRowList}), and taps on their buttons sent as the
 * browser sends them: the list's click event with the button's act and award.
 */
public final class ShownRows {

    private ShownRows() {
    }

    /** The rows of every live page in the UI, in order. */
    public static List<Div> rows() {
        return rows(UI.getCurrent());
    }

    /** The rows inside {@code in}, in order. */
    public static List<Div> rows(Component in) {
        return _find(in, Div.class, spec -> spec.withClasses("ceremony-recipient"));
    }

    /** The row of {@code award} inside {@code in}. */
    public static Div row(Component in, long award) {
        return rows(in).stream().filter(r -> Long.toString(award).equals(r.getElement().getAttribute("data-award")))
                .findFirst().orElseThrow(() -> new AssertionError("No row for award " + award));
    }

    public static long award(Div row) {
        return Long.parseLong(row.getElement().getAttribute("data-award"));
    }

    /** The status badge's text ("Vắng mặt"). */
    public static String status(Div row) {
        return text(row, "span.ceremony-status");
    }

    /** The status badge's classes ("ceremony-status status-absent"). */
    public static String statusClasses(Div row) {
        return html(row).selectFirst("span.ceremony-status").className();
    }

    public static String name(Div row) {
        return text(row, "span.ceremony-recipient-name");
    }

    public static String seat(Div row) {
        return text(row, "span.ceremony-seat");
    }

    /** The note saying which award the row is for, when the same one receives two; null when none. */
    public static String note(Div row) {
        Element note = html(row).selectFirst("span.ceremony-award-note");
        return note == null ? null : note.text();
    }

    /** The button {@code act} ("present", "absent", "on-behalf", "on-stage") as drawn, if the row has it. */
    public static Optional<Element> button(Div row, String act) {
        return Optional.ofNullable(html(row).selectFirst("button.action-" + act));
    }

    /** Whether the row has the button {@code act}, enabled. */
    public static boolean canTap(Div row, String act) {
        return button(row, act).filter(b -> !b.hasAttr("disabled")).isPresent();
    }

    /** Taps {@code act} on the row as it is drawn now; fails, as a finger would, when that button is absent or disabled. */
    public static void tap(Div row, String act) {
        Element button = button(row, act).orElseThrow(() -> new AssertionError("No button " + act + " on the row"));
        if (button.hasAttr("disabled")) {
            throw new AssertionError("The button " + act + " is disabled");
        }
        tap(row, act, award(row));
    }

    /**
     * Taps {@code act} drawn for {@code award} in the list holding {@code row}: what a tablet that had
     * not yet redrawn sends when the server already shows something else there.
     */
    public static void tap(Div row, String act, long award) {
        RecipientRowList list = (RecipientRowList) row.getParent().orElseThrow();
        JsonObject data = Json.createObject();
        data.put(RecipientRowList.ACT, "action-" + act);
        data.put(RecipientRowList.AWARD, Long.toString(award));
        data.put(RecipientRowList.ON_A_BUTTON, true);
        ElementUtilsKt._fireDomEvent(list.getElement(), new DomEvent(list.getElement(), "click", data));
    }

    private static String text(Div row, String css) {
        Element found = html(row).selectFirst(css);
        return found == null ? null : found.text();
    }

    private static org.jsoup.nodes.Document html(Div row) {
        String content = row.getElement().getProperty("innerHTML");
        return Jsoup.parseBodyFragment(content == null ? "" : content);
    }
}
