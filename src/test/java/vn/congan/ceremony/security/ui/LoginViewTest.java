package vn.congan.ceremony.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.security.RetryTime;
import vn.congan.ceremony.testsupport.AbstractViewTest;

/** What the login page says after Spring Security sends the browser back to it. */
class LoginViewTest extends AbstractViewTest {

    private LoginForm open(Map<String, String> query) {
        UI.getCurrent().navigate("login", QueryParameters.simple(query));
        return _get(LoginForm.class);
    }

    /** The error text the browser's login form shows (the i18n it received as a property). */
    private static String errorText(LoginForm form, String part) {
        try {
            JsonNode i18n = new ObjectMapper().readTree(String.valueOf(form.getElement().getPropertyRaw("i18n")));
            return i18n.path("errorMessage").path(part).asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aWrongPasswordShowsTheUsualError() {
        LoginForm form = open(Map.of("error", ""));
        assertThat(form.isError()).isTrue();
        assertThat(errorText(form, "title")).isEqualTo("Sai tên đăng nhập hoặc mật khẩu");
    }

    @Test
    void aFormThatOutlivedItsSessionSaysToLogInAgain() {
        LoginForm form = open(Map.of("expired", ""));
        assertThat(form.isError()).isTrue();
        assertThat(errorText(form, "title")).isEqualTo("Phiên làm việc đã hết hạn");
        assertThat(errorText(form, "message")).isEqualTo(
                "Trang đăng nhập đã mở quá lâu hoặc hệ thống vừa khởi động lại. Vui lòng đăng nhập lại.");
    }

    @Test
    void aShortLockSaysInHowManySecondsToRetry() {
        long retryAt = Instant.now().getEpochSecond() + 46;
        LoginForm form = open(Map.of("locked", String.valueOf(retryAt)));
        assertThat(form.isError()).isTrue();
        assertThat(errorText(form, "title")).isEqualTo("Tạm khóa đăng nhập");
        assertThat(errorText(form, "message")).matches(
                "Tài khoản tạm khóa do đăng nhập sai nhiều lần\\. Vui lòng thử lại sau 4[56] giây\\.");
    }

    @Test
    void aLongerLockSaysAtWhatTimeToRetry() {
        Instant retryAt = Instant.now().plusSeconds(600);
        String at = DateTimeFormatter.ofPattern("HH:mm").format(
                RetryTime.of(retryAt, Instant.now(), ZoneId.of("Asia/Ho_Chi_Minh")).orElseThrow().at());
        LoginForm form = open(Map.of("locked", String.valueOf(retryAt.getEpochSecond()), "scope", "address"));
        assertThat(errorText(form, "message")).isEqualTo(
                "Máy này tạm bị chặn đăng nhập do đăng nhập sai nhiều lần. Vui lòng thử lại sau " + at + ".");
    }

    @Test
    void aLockThatHasPassedOrAGarbledParameterShowsNoError() {
        open(Map.of("locked", String.valueOf(Instant.now().getEpochSecond() + 30)));
        assertThat(open(Map.of("locked", String.valueOf(Instant.now().getEpochSecond() - 5))).isError()).isFalse();
        assertThat(open(Map.of("locked", "soon")).isError()).isFalse();
        assertThat(open(Map.of("locked", "99999999999999999999")).isError()).isFalse();
        LoginForm form = open(Map.of("error", ""));
        assertThat(errorText(form, "title")).isEqualTo("Sai tên đăng nhập hoặc mật khẩu");
    }
}
