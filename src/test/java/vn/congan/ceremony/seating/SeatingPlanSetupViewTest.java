package vn.congan.ceremony.seating;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.congan.ceremony.seating.ShownSeatMap.click;
import static vn.congan.ceremony.seating.ShownSeatMap.row;
import static vn.congan.ceremony.seating.ShownSeatMap.seat;
import static vn.congan.ceremony.seating.ShownSeatMap.seats;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.seating.ui.SeatingView;
import vn.congan.ceremony.testsupport.AbstractViewTest;

/** The new-plan form with sections of different sizes, and the seat map it gives. */
class SeatingPlanSetupViewTest extends AbstractViewTest {

    private SeatingFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SeatingFixtures(context);
        fixtures.clearPlanning();
    }

    @Test
    void theOrganizerBuildsAWideCentreSectionBetweenNarrowerShorterSideSections() {
        openNewPlanForm();
        LocatorJ._setValue(_get(TextField.class, spec -> spec.withLabel("Tên sơ đồ")), "Hội trường tầng 3");
        @SuppressWarnings("unchecked")
        Select<SeatNumbering> numbering = _get(Select.class, spec -> spec.withLabel("Cách đánh số ghế"));
        LocatorJ._setValue(numbering, SeatNumbering.ODD_EVEN_FROM_CENTRE);
        LocatorJ._setValue(integer("Số khu ghế"), 3);
        assertThat(_get(Details.class, spec -> spec.withId("seating-per-section")).isOpened()).isTrue();
        section(1, "Khu trái", 8, 6);
        section(2, "Khu giữa", 10, 10);
        section(3, "Khu phải", 8, 6);
        assertThat(_get(Details.class, spec -> spec.withId("seating-per-section")).getSummaryText())
                .isEqualTo("Từng khu (tên, số hàng, số ghế mỗi hàng): 3 khu, 196 ghế, hàng A–J");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-create")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(seats("")).hasSize(8 * 6 + 10 * 10 + 8 * 6);
        assertThat(_find(Span.class, spec -> spec.withClasses("seat-section-name"))).extracting(Span::getText)
                .containsExactly("Khu trái", "Khu giữa", "Khu phải");
        // odd/even from the centre of the hall, which is the middle of the wide centre section
        assertThat(numbers("A")).containsExactly("21", "19", "17", "15", "13", "11", "9", "7", "5", "3", "1", "2", "4",
                "6", "8", "10", "12", "14", "16", "18", "20", "22");
        // rows I and J: only the centre section, same numbers, the side sections' places left empty
        assertThat(numbers("I")).containsExactly("9", "7", "5", "3", "1", "2", "4", "6", "8", "10");
        assertThat(row("J").select(".seat-gap")).hasSize(12);
        assertThat(row("J").select(".seat-row-label")).extracting(Element::text).containsExactly("J", "J");
        assertThat(ShownSeatMap.hasSeat("I11")).isFalse();
        assertThat(_find(Div.class, spec -> spec.withClasses("seat-section-names"))).hasSize(1);
        assertThat(ShownSeatMap.seatRows()).hasSize(10);

        SeatingMap map = context.getBean(SeatingService.class).map(fixtures.conference()).orElseThrow();
        assertThat(map.plan().getName()).isEqualTo("Hội trường tầng 3");
        assertThat(map.layout().sections()).containsExactly(new HallSection("Khu trái", 8, 6),
                new HallSection("Khu giữa", 10, 10), new HallSection("Khu phải", 8, 6));
    }

    @Test
    void delegatesOfAnUnequalHallSitFromTheCentreOfTheHall() {
        fixtures.delegates();
        openNewPlanForm();
        @SuppressWarnings("unchecked")
        Select<SeatNumbering> numbering = _get(Select.class, spec -> spec.withLabel("Cách đánh số ghế"));
        LocatorJ._setValue(numbering, SeatNumbering.ODD_EVEN_FROM_CENTRE);
        LocatorJ._setValue(integer("Số khu ghế"), 3);
        section(1, "Khu trái", 4, 4);
        section(2, "Khu giữa", 6, 9);
        section(3, "Khu phải", 4, 4);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-create")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        // row A from wall to wall is the delegate zone: two clicks on its end seats
        @SuppressWarnings("unchecked")
        Select<SeatingView.Mode> mode = _get(Select.class, spec -> spec.withId("seating-mode"));
        mode.setValue(SeatingView.Mode.PAINT_DELEGATE);
        click("A17");
        click("A16");
        assertThat(seats(".zone-delegate")).hasSize(17);
        mode.setValue(SeatingView.Mode.SELECT);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-auto")));

        assertThat(seat("A1").attr("title")).isEqualTo("A1 · Nguyễn Thế Hùng");
        assertThat(seat("A2").attr("title")).isEqualTo("A2 · Trần Quốc Bình");
        assertThat(seat("A3").attr("title")).isEqualTo("A3 · Lê Văn Ước");
        // A1 is the middle seat of the centre section: 4 seats to its left in the section
        List<String> rowA = numbers("A");
        assertThat(rowA.indexOf("1")).isEqualTo(4 + 4);
    }

    @Test
    void theFieldsAboveSetEverySectionAndANewSectionIsPrefilledFromThem() {
        openNewPlanForm();
        LocatorJ._setValue(integer("Số hàng mỗi khu"), 5);
        LocatorJ._setValue(integer("Số ghế mỗi hàng của khu"), 8);
        LocatorJ._setValue(_get(IntegerField.class, spec -> spec.withId("seating-section-seats-2")), 14);
        LocatorJ._setValue(integer("Số khu ghế"), 3);

        assertThat(_get(TextField.class, spec -> spec.withId("seating-section-name-3")).getValue()).isEqualTo("Khu 3");
        assertThat(_get(IntegerField.class, spec -> spec.withId("seating-section-rows-3")).getValue()).isEqualTo(5);
        assertThat(_get(IntegerField.class, spec -> spec.withId("seating-section-seats-3")).getValue()).isEqualTo(8);
        assertThat(_get(IntegerField.class, spec -> spec.withId("seating-section-seats-2")).getValue()).isEqualTo(14);
        assertThat(_get(IntegerField.class, spec -> spec.withId("seating-section-rows-1")).getAriaLabel())
                .contains("Khu thứ 1: Số hàng");
        LocatorJ._setValue(integer("Số khu ghế"), 1);
        assertThat(_find(TextField.class, spec -> spec.withId("seating-section-name-2"))).isEmpty();

        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-create")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(seats("")).hasSize(40);
        // one section: no line of section names
        assertThat(_find(Span.class, spec -> spec.withClasses("seat-section-name"))).isEmpty();
    }

    @Test
    void badSectionsAreRefusedWithAMessageAndTheCurrentPlanStays() {
        openNewPlanForm();
        LocatorJ._setValue(integer("Số khu ghế"), 3);

        refused(() -> LocatorJ._setValue(_get(IntegerField.class, spec -> spec.withId("seating-section-seats-2")), 0),
                "Khu 2: số ghế mỗi hàng phải từ 1 đến 60.");
        LocatorJ._setValue(_get(IntegerField.class, spec -> spec.withId("seating-section-seats-2")), 10);
        refused(() -> _get(IntegerField.class, spec -> spec.withId("seating-section-rows-3")).clear(),
                "Khu 3: số hàng phải từ 1 đến 60.");
        refused(() -> LocatorJ._setValue(_get(IntegerField.class, spec -> spec.withId("seating-section-rows-3")), 61),
                "Khu 3: số hàng phải từ 1 đến 60.");
        LocatorJ._setValue(_get(IntegerField.class, spec -> spec.withId("seating-section-rows-3")), 12);
        refused(() -> LocatorJ._setValue(_get(TextField.class, spec -> spec.withId("seating-section-name-1")), " "),
                "Hãy đặt tên cho từng khu ghế.");
        refused(() -> LocatorJ._setValue(_get(TextField.class, spec -> spec.withId("seating-section-name-1")), "khu 2"),
                "Có hai khu cùng tên \"Khu 2\". Hãy đặt tên khác nhau để người dẫn chỗ không nhầm.");
        LocatorJ._setValue(_get(TextField.class, spec -> spec.withId("seating-section-name-1")), "Khu 1");
        refused(() -> LocatorJ._setValue(integer("Số khu ghế"), 11), "Số khu ghế phải từ 1 đến 10.");
    }

    /** Applies a bad value, creates: the message shows, no confirmation opens, the demo plan is untouched. */
    private void refused(Runnable badValue, String message) {
        badValue.run();
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-create")));
        NotificationsKt.expectNotifications(message);
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        SeatingMap map = context.getBean(SeatingService.class).map(fixtures.conference()).orElseThrow();
        assertThat(map.plan().getName()).isEqualTo(SeatingDemoData.HALL_NAME);
        assertThat(map.seats()).hasSize(240);
    }

    private void openNewPlanForm() {
        openAs(SeatingView.class, "organizer", Role.ORGANIZER);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("seating-new-plan")));
    }

    private static IntegerField integer(String label) {
        return _get(IntegerField.class, spec -> spec.withLabel(label));
    }

    private static void section(int number, String name, int rows, int seats) {
        LocatorJ._setValue(_get(TextField.class, spec -> spec.withId("seating-section-name-" + number)), name);
        LocatorJ._setValue(_get(IntegerField.class, spec -> spec.withId("seating-section-rows-" + number)), rows);
        LocatorJ._setValue(_get(IntegerField.class, spec -> spec.withId("seating-section-seats-" + number)), seats);
    }

    /** The seat numbers of a row as the map shows them, left to right. */
    private static List<String> numbers(String label) {
        return row(label).select("button.seat").stream().map(Element::ownText).toList();
    }
}
