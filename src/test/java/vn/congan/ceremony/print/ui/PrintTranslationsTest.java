package vn.congan.ceremony.print.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.congan.ceremony.print.PrintScope;
import vn.congan.ceremony.print.TemplatePaper;
import vn.congan.ceremony.print.certificate.Alignment;
import vn.congan.ceremony.print.certificate.CertificateMode;
import vn.congan.ceremony.print.certificate.FieldKey;
import vn.congan.ceremony.common.pdf.PdfFonts.Face;

/** The print pages build keys from enum names ("print.field." + key); every one must be translated. */
class PrintTranslationsTest {

    @Test
    void everyEnumLabelOfThePrintPagesIsTranslatedInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        keys.add("print.error.missingGlyph");
        add(keys, "print.field.", FieldKey.values());
        add(keys, "print.face.", Face.values());
        add(keys, "print.align.", Alignment.values());
        add(keys, "print.mode.", CertificateMode.values());
        add(keys, "print.scope.", PrintScope.values());
        add(keys, "print.paper.", TemplatePaper.values());
        for (String bundle : List.of("/vaadin-i18n/translations.properties", "/vaadin-i18n/translations_en.properties")) {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream(bundle)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(p.stringPropertyNames()).as(bundle).containsAll(keys);
        }
    }

    private static void add(List<String> keys, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            keys.add(prefix + value.name());
        }
    }
}
