package vn.congan.ceremony.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Vietnamese first, English complete: a key missing in either language fails the build. */
class TranslationsTest {

    private static final Pattern KEY_USE = Pattern.compile(
            "(?:getTranslation|translate|UserMessageException)\\(\\s*\"([a-zA-Z0-9_.-]+)\"\\s*[,)]|@Menu\\(\\s*title\\s*=\\s*\"([a-zA-Z0-9_.-]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties vi = load("/vaadin-i18n/translations.properties");
        Properties en = load("/vaadin-i18n/translations_en.properties");
        assertThat(vi.stringPropertyNames()).as("keys missing in English")
                .isSubsetOf(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).as("keys missing in Vietnamese")
                .isSubsetOf(vi.stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesIsTranslated() throws IOException {
        Properties vi = load("/vaadin-i18n/translations.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_USE.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(used).as("keys used in code but not in translations.properties")
                .isSubsetOf(vi.stringPropertyNames());
    }

    @Test
    void theProviderNeverFallsBackToTheServerLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            PortalI18nProvider provider = new PortalI18nProvider();
            assertThat(provider.getTranslation("nav.logout", PortalI18nProvider.VIETNAMESE)).isEqualTo("Đăng xuất");
            assertThat(provider.getTranslation("nav.logout", Locale.ENGLISH)).isEqualTo("Log out");
            assertThat(provider.getTranslation("dashboard.counts", PortalI18nProvider.VIETNAMESE, 38, 96))
                    .isEqualTo("38 tập thể, 96 cá nhân");
            assertThat(provider.getTranslation("no.such.key", PortalI18nProvider.VIETNAMESE)).isEqualTo("!no.such.key");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
