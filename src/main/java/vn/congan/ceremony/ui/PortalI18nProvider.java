package vn.congan.ceremony.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Vietnamese first, English complete. Reads Vaadin's {@code vaadin-i18n/translations*.properties}
 * without the JVM-locale fallback of {@link ResourceBundle}, so that a Vietnamese user never
 * gets English because the server runs in an English locale.
 */
@Component
public class PortalI18nProvider implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String BUNDLE = "vaadin-i18n/translations";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle vietnamese = ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK);
    private final ResourceBundle english = ResourceBundle.getBundle(BUNDLE, ENGLISH, NO_FALLBACK);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(VIETNAMESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = locale != null && "en".equals(locale.getLanguage()) ? english : vietnamese;
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
        return params == null || params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
    }
}
