package vn.congan.ceremony.ceremony.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.congan.ceremony.ceremony.CeremonyCommand;
import vn.congan.ceremony.ceremony.LiveCeremony;
import vn.congan.ceremony.ceremony.StaleCommandException;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.testsupport.DatabaseOutage;

/**
 * The database restarts in the middle of the ceremony. With {@code -Pmariadb} (CI) the real
 * MariaDB server is shut down and started again; in the default run the H2 pool is suspended
 * (see {@link DatabaseOutage}). The MC's Next fails with a banner and changes nothing, the page
 * catches up by itself once the database is back, the next Next is applied exactly once, and the
 * ceremony goes on from the step it was at.
 */
@Tag("db")
class DatabaseRestartDuringCeremonyTest extends LiveViewTestSupport {

    static final String BANNER = "Mất kết nối cơ sở dữ liệu — lệnh chưa được thực hiện, đang thử kết nối lại...";

    @Autowired
    DataSource dataSource;

    private static Button next(McView view) {
        return _get(view, Button.class, spec -> spec.withId("mc-next"));
    }

    private static String step(McView view) {
        return _get(view, Span.class, spec -> spec.withClasses("mc-step")).getText();
    }

    private static String itemTitle(McView view) {
        return _get(view, H2.class, spec -> spec.withClasses("mc-item-title")).getText();
    }

    private static List<Div> banner(McView view) {
        return _find(view, Div.class, spec -> spec.withId("database-banner"));
    }

    @Test
    void theMcSeesABannerWhileTheDatabaseIsAwayAndTheCeremonyGoesOnAtTheSameStep() throws InterruptedException {
        openAs(McView.class, "mc", Role.MC);
        McView view = _get(McView.class);
        for (int i = 0; i < 8; i++) {
            _click(next(view));
        }
        LiveCeremony before = ceremony.live();
        assertThat(before.stepNumber()).isEqualTo(8);
        String batchTitle = _get(view, H3.class,
                spec -> spec.withClasses("mc-batch-title")).getText();
        assertThat(step(view)).isEqualTo("Bước 8/25");
        int logged = ceremony.eventLog().size();

        DatabaseOutage outage = DatabaseOutage.of(dataSource);
        try {
            outage.begin();
            _click(next(view));
            assertThat(banner(view)).hasSize(1);
            assertThat(banner(view).get(0).getText()).isEqualTo(BANNER);
            assertThat(banner(view).get(0).getElement().getAttribute("role")).isEqualTo("alert");
            // The tablet still shows the step it was at, and the MC may press Next again.
            assertThat(step(view)).isEqualTo("Bước 8/25");
            assertThat(itemTitle(view)).isEqualTo("Trao khen thưởng");
            assertThat(next(view).isEnabled()).isTrue();
            _click(next(view));
            assertThat(banner(view)).hasSize(1);
            assertThat(step(view)).isEqualTo("Bước 8/25");
            // No error pop-up on top of the banner.
            NotificationsKt.expectNoNotifications();
        } finally {
            outage.end();
        }

        // The page notices by itself that the database is back: the banner goes.
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (view.databaseBannerShown() && System.nanoTime() < end) {
            Thread.sleep(200);
            MockVaadin.runUIQueue();
        }
        assertThat(banner(view)).isEmpty();
        // Nothing of the failed taps reached the database.
        assertThat(ceremony.live().version()).isEqualTo(before.version());
        assertThat(ceremony.eventLog()).hasSize(logged);
        assertThat(step(view)).isEqualTo("Bước 8/25");

        // The MC presses Next again: applied once, the ceremony is at the following step.
        _click(next(view));
        LiveCeremony after = ceremony.live();
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.stepNumber()).isEqualTo(9);
        assertThat(step(view)).isEqualTo("Bước 9/25");
        assertThat(_get(view, H3.class, spec -> spec.withClasses("mc-batch-title"))
                .getText()).isNotEqualTo(batchTitle);
        assertThat(ceremony.eventLog()).hasSize(logged + 1);
        // Had the lost tap reached the database after all, its retry made against the same
        // version is refused: a Next is never applied twice.
        assertThatThrownBy(() -> ceremony.execute(new CeremonyCommand.Next(before.version(), view.device())))
                .isInstanceOf(StaleCommandException.class);
        assertThat(ceremony.live().stepNumber()).isEqualTo(9);
        assertThat(ceremony.eventLog()).hasSize(logged + 1);
    }

    @Test
    void aPageOpenedWhileTheDatabaseIsAwayShowsTheBannerAndCatchesUp() throws InterruptedException {
        DatabaseOutage outage = DatabaseOutage.of(dataSource);
        McView view;
        try {
            outage.begin();
            openAs(McView.class, "mc", Role.MC);
            view = _get(McView.class);
            assertThat(banner(view)).hasSize(1);
            assertThat(banner(view).get(0).getText()).isEqualTo(BANNER);
        } finally {
            outage.end();
        }
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (view.databaseBannerShown() && System.nanoTime() < end) {
            Thread.sleep(200);
            MockVaadin.runUIQueue();
        }
        assertThat(banner(view)).isEmpty();
        assertThat(step(view)).isEqualTo("Chưa bắt đầu");
        _click(next(view));
        assertThat(ceremony.live().stepNumber()).isEqualTo(1);
    }
}
