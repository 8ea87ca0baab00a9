package vn.congan.ceremony.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import jakarta.persistence.OptimisticLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.congan.ceremony.common.DatabaseFailures;
import vn.congan.ceremony.common.UserMessageException;

/**
 * The one place where a refused action becomes a message: a stale edit, a broken
 * constraint or a rule of the domain, always in the user's language.
 */
public final class UiErrors {

    private static final int DURATION_MS = 6000;

    private UiErrors() {
    }

    /** Runs {@code action}; on a refusal shows the message and returns false. */
    public static boolean attempt(Component source, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            show(source, e);
            return false;
        }
    }

    public static void show(Component source, RuntimeException e) {
        error(message(source, e));
        if (keyFor(e).equals("error.unexpected")) {
            org.slf4j.LoggerFactory.getLogger(UiErrors.class).error("Unexpected error in the UI", e);
        } else if (keyFor(e).equals("error.databaseUnavailable")) {
            org.slf4j.LoggerFactory.getLogger(UiErrors.class).warn("The database does not answer: {}", e.getMessage());
        }
    }

    /** The refusal as the user reads it, in the language of {@code source}. */
    public static String message(Component source, RuntimeException e) {
        return source.getTranslation(keyFor(e), argumentsFor(source, e));
    }

    static String keyFor(RuntimeException e) {
        if (e instanceof UserMessageException ume) {
            return ume.getMessageKey();
        }
        if (DatabaseFailures.isDatabaseUnavailable(e)) {
            return "error.databaseUnavailable";
        }
        if (e instanceof ObjectOptimisticLockingFailureException
                || e instanceof OptimisticLockException) {
            return "error.concurrent";
        }
        if (e instanceof DataIntegrityViolationException) {
            return "error.integrity";
        }
        return "error.unexpected";
    }

    /** The message's arguments, with translatable pieces (alone or in lists) translated. */
    private static Object[] argumentsFor(Component source, RuntimeException e) {
        return e instanceof UserMessageException ume
                ? ume.getArguments(t -> source.getTranslation(t.key(), t.arguments()))
                : new Object[0];
    }

    public static Notification error(String text) {
        Notification n = Notification.show(text, DURATION_MS, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return n;
    }

    public static Notification success(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }
}
