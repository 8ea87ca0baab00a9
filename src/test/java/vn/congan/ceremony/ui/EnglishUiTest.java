package vn.congan.ceremony.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasPlaceholder;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.congan.ceremony.award.ui.DecisionView;
import vn.congan.ceremony.award.ui.DecisionsView;
import vn.congan.ceremony.award.RecipientRow;
import vn.congan.ceremony.ceremony.ui.BackstageView;
import vn.congan.ceremony.ceremony.ui.CheckInView;
import vn.congan.ceremony.ceremony.ui.ShownRows;
import vn.congan.ceremony.ceremony.ui.SummaryView;
import vn.congan.ceremony.conference.ui.DelegatesView;
import vn.congan.ceremony.dashboard.ui.DashboardView;
import vn.congan.ceremony.organisation.ui.PeopleView;
import vn.congan.ceremony.organisation.ui.UnitsView;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.security.ui.UsersView;
import vn.congan.ceremony.stage.ui.StageOrderView;
import vn.congan.ceremony.testsupport.AbstractViewTest;
import vn.congan.ceremony.testsupport.FixtureBatches;

/**
 * The English UI as an English-speaking user sees it: the menu, buttons, column headers, field
 * labels, download links and counts of the main pages carry no Vietnamese. Data (names, units,
 * award forms, the MC's script read aloud) legitimately stays Vietnamese and is not checked.
 */
class EnglishUiTest extends AbstractViewTest {

    @BeforeEach
    void english() {
        FixtureBatches.install(context);
        login("admin", Role.ADMIN, Role.ORGANIZER);
        LocaleInitializer.choose(UI.getCurrent(), PortalI18nProvider.ENGLISH);
    }

    @Test
    void theChromeOfTheMainPagesIsEnglish() {
        Long decision = context.getBean(JdbcTemplate.class).queryForObject("select min(id) from award_decision", Long.class);
        SoftAssertions softly = new SoftAssertions();
        checkChrome(softly, "dashboard", () -> UI.getCurrent().navigate(DashboardView.class));
        checkChrome(softly, "decisions", () -> UI.getCurrent().navigate(DecisionsView.class));
        checkChrome(softly, "decision", () -> UI.getCurrent().navigate(DecisionView.class, decision));
        checkChrome(softly, "people", () -> UI.getCurrent().navigate(PeopleView.class));
        checkChrome(softly, "units", () -> UI.getCurrent().navigate(UnitsView.class));
        checkChrome(softly, "delegates", () -> UI.getCurrent().navigate(DelegatesView.class));
        checkChrome(softly, "stage order", () -> UI.getCurrent().navigate(StageOrderView.class));
        checkChrome(softly, "backstage", () -> UI.getCurrent().navigate(BackstageView.class));
        checkChrome(softly, "check-in", () -> {
            UI.getCurrent().navigate(CheckInView.class);
            _setValue(_get(TextField.class, spec -> spec.withId("checkin-search")), "van");
        });
        checkChrome(softly, "ceremony summary", () -> UI.getCurrent().navigate(SummaryView.class));
        checkChrome(softly, "users", () -> UI.getCurrent().navigate(UsersView.class));
        softly.assertAll();
    }

    @Test
    void countsAreEnglishOnTheDashboardAndTheCeremonySummary() {
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(_find(Span.class, spec -> spec.withClasses("award-card-counts"))).extracting(Span::getText)
                .containsExactly("3 collectives, 5 individuals", "38 collectives, 96 individuals");
        UI.getCurrent().navigate(SummaryView.class);
        assertThat(_find(Span.class, spec -> spec.withClasses("ceremony-summary-count"))).extracting(Span::getText)
                .containsExactly("3 collectives, 5 individuals", "38 collectives, 96 individuals");
    }

    @Test
    void aCollectiveAndItsRepresentativeAreJoinedInEnglishOnBackstageAndCheckIn() {
        UI.getCurrent().navigate(BackstageView.class);
        List<String> backstage = recipientLines();
        assertThat(backstage).anyMatch(line -> line.contains(" — representative: "))
                .noneMatch(line -> line.contains("đại diện"));

        UI.getCurrent().navigate(CheckInView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("checkin-search")), "van");
        List<String> checkIn = recipientLines();
        assertThat(checkIn).anyMatch(line -> line.contains(" — representative: "))
                .noneMatch(line -> line.contains("đại diện"));
    }

    @Test
    void aCollectivesRepresentativeIsItsDetailLineInTheRecipientsGrid() {
        Long decision = context.getBean(JdbcTemplate.class).queryForObject("select min(id) from award_decision", Long.class);
        UI.getCurrent().navigate(DecisionView.class, decision);
        @SuppressWarnings("unchecked")
        Grid<RecipientRow> grid = _get(Grid.class, spec -> spec.withClasses("recipient-grid"));
        RecipientRow first = GridKt._get(grid, 0);
        assertThat(first.isCollective()).isTrue();
        assertThat(GridKt._getFormatted(grid, 0, "name")).contains(first.name())
                .contains("Representative: " + first.representative()).doesNotContain("Đại diện nhận");
    }

    private static List<String> recipientLines() {
        return ShownRows.rows().stream().map(ShownRows::name).toList();
    }

    /** Opens a page in English and collects every piece of chrome that must not be Vietnamese. */
    private static void checkChrome(SoftAssertions softly, String page, Runnable open) {
        open.run();
        List<String> chrome = new ArrayList<>();
        for (Component c : _find(Component.class)) {
            if (c instanceof Button button) {
                chrome.add(button.getText());
            }
            if (c instanceof Anchor anchor) {
                chrome.add(anchor.getText());
            }
            if (c instanceof SideNavItem item) {
                chrome.add(item.getElement().getTextRecursively());
            }
            if (c instanceof Grid<?> grid) {
                grid.getColumns().stream().map(Grid.Column::getHeaderText).forEach(chrome::add);
            }
            if (c instanceof HasLabel field) {
                chrome.add(field.getLabel());
            }
            if (c instanceof HasPlaceholder field) {
                chrome.add(field.getPlaceholder());
            }
        }
        Stream.of("award-card-counts", "ceremony-summary-count")
                .flatMap(cls -> _find(Span.class, spec -> spec.withClasses(cls)).stream()).map(Span::getText)
                .forEach(chrome::add);
        softly.assertThat(chrome.stream().filter(Objects::nonNull).filter(text -> !DOCUMENT_TEXT.contains(text))
                        .filter(EnglishUiTest::vietnamese).toList())
                .as("Vietnamese in the English UI of %s", page).isEmpty();
    }

    /**
     * Examples of what a document prints, which a user types in Vietnamese whatever the UI's
     * language: the decision number's official form and the signer's capacity (placeholders).
     */
    private static final Set<String> DOCUMENT_TEXT = Set.of("No./QĐ-... (e.g. no./QĐ-CAT-PV01)", "GIÁM ĐỐC",
            "PHÓ GIÁM ĐỐC");

    /** A letter with a Vietnamese diacritic or đ: "Tập thể", "Lưu"; plain English has none. */
    static boolean vietnamese(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.chars().anyMatch(ch -> ch >= 0x0300 && ch <= 0x036F || ch == 'đ' || ch == 'Đ');
    }
}
