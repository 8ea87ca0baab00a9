package vn.congan.ceremony.seating;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import vn.congan.ceremony.seating.ui.SeatMap;

/**
 * The seat map of the open page as the browser gets it: its rows' HTML ({@link SeatMap#html()},
 * with every change applied), parsed; and a click on a seat as the browser sends it to the map's
 * one click listener (the clicked seat's id as event data).
 */
final class ShownSeatMap {

    private ShownSeatMap() {
    }

    static Element seat(String label) {
        Element seat = rows().getElementById("seat-" + label);
        assertThat(seat).as("seat " + label + " on the map").isNotNull();
        return seat;
    }

    static boolean hasSeat(String label) {
        return rows().getElementById("seat-" + label) != null;
    }

    /** The seat buttons matching {@code classes} (e.g. {@code ".zone-delegate"}; empty: every seat). */
    static Elements seats(String classes) {
        return rows().select("button.seat" + classes);
    }

    /** The seat rows, front row first (the sections' names above row A are not one of them). */
    static List<Element> seatRows() {
        return rows().select("div.seat-row");
    }

    /** The row labelled {@code label}. */
    static Element row(String label) {
        return seatRows().stream().filter(r -> r.child(0).text().equals(label)).findFirst().orElseThrow();
    }

    /** The seat's occupant as its tooltip names them ("C19 · name · Đợt 1"), null when empty. */
    static String occupantOf(String label) {
        String[] parts = seat(label).attr("title").split(" · ");
        return parts.length > 1 ? parts[1] : null;
    }

    /** Clicks the seat as the browser does: the map's click listener gets the seat's {@code data-seat}. */
    static void click(String label) {
        SeatMap map = _get(SeatMap.class);
        JsonObject data = Json.createObject();
        data.put(SeatMap.CLICKED_SEAT, seat(label).attr("data-seat"));
        data.put(SeatMap.ON_A_SEAT, true);
        ElementUtilsKt._fireDomEvent(map.getElement(), new DomEvent(map.getElement(), "click", data));
    }

    private static org.jsoup.nodes.Document rows() {
        return Jsoup.parseBodyFragment(_get(SeatMap.class).html());
    }
}
