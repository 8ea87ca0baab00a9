package vn.congan.ceremony.common.jpa;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.Hibernate;
import vn.congan.ceremony.common.text.VietText;

/**
 * The last line of defence for stored text: before an entity is inserted or updated, every text
 * attribute (and the text of its embedded values) loses the characters {@link VietText} calls
 * hidden: controls, bidirectional overrides, zero-width characters. Setters and services clean
 * names as they always did (NFC, one space, trimmed); this listener only removes what no name,
 * title, note or token may hold, whatever path the text took (NFC aside, it leaves everything else,
 * whitespace included, alone), so a password hash, a token or a multi-line note comes out as it went in.
 */
public class HiddenCharacterGuard {

    private static final ClassValue<List<Field>> TEXT_FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (isPersistentText(f)) {
                        fields.add(f);
                    }
                }
            }
            return List.copyOf(fields);
        }
    };

    /** Texts stored before this rule existed were cleaned by the migration V9_31. */
    @PrePersist
    @PreUpdate
    public void removeHiddenCharacters(Object entity) {
        clean(entity);
    }

    /** Cleans the text attributes of {@code value}, an entity or an embeddable, in place. */
    static void clean(Object value) {
        for (Field field : TEXT_FIELDS.get(value.getClass())) {
            try {
                Object current = field.get(value);
                if (current instanceof String text) {
                    String cleaned = VietText.removeHidden(text);
                    if (!cleaned.equals(text)) {
                        field.set(value, cleaned);
                    }
                } else if (current instanceof Collection<?> elements && Hibernate.isInitialized(elements)) {
                    elements.stream().filter(e -> e != null && isEmbeddable(e.getClass()))
                            .forEach(HiddenCharacterGuard::clean);
                } else if (current != null && isEmbeddable(current.getClass())) {
                    clean(current);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot clean " + field, e);
            }
        }
    }

    /**
     * A persistent String, an embedded value, or an element collection (of embeddables, checked per
     * element; a collection not yet loaded is left alone, so cleaning never loads anything).
     */
    private static boolean isPersistentText(Field f) {
        int modifiers = f.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || f.isAnnotationPresent(Transient.class)
                || f.isSynthetic()) {
            return false;
        }
        boolean candidate = f.getType() == String.class || isEmbeddable(f.getType())
                || Collection.class.isAssignableFrom(f.getType()) && f.isAnnotationPresent(ElementCollection.class);
        if (!candidate) {
            return false;
        }
        try {
            f.setAccessible(true);
            return true;
        } catch (InaccessibleObjectException | SecurityException e) {
            return false;
        }
    }

    private static boolean isEmbeddable(Class<?> type) {
        return type.isAnnotationPresent(Embeddable.class);
    }
}
