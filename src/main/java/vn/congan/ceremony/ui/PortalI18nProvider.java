package vn.congan.ceremony.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Map<String, MessageFormat> vietnameseFormats = new ConcurrentHashMap<>();
    private final Map<String, MessageFormat> englishFormats = new ConcurrentHashMap<>();

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
        if (params == null || params.length == 0) {
            return pattern;
        }
        // Parsed once per key and language (a live page formats the same few texts on every push);
        // a MessageFormat is not thread-safe, so each is used by one thread at a time.
        MessageFormat format = (bundle == english ? englishFormats : vietnameseFormats)
                .computeIfAbsent(key, k -> new MessageFormat(pattern, bundle == english ? ENGLISH : VIETNAMESE));
        synchronized (format) {
            return format.format(params);
        }
    }
}
