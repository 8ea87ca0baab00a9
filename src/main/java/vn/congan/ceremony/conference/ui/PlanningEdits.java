package vn.congan.ceremony.conference.ui;

import com.vaadin.flow.component.Component;
import jakarta.persistence.OptimisticLockException;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.ui.UiErrors;

/**
 * Runs an edit of the planning pages: a refusal is shown through {@link UiErrors}; when
 * the user's copy turned out stale (someone else saved first, or deleted the row) the page
 * reloads what is stored now, so nothing is silently overwritten and nothing stale stays
 * on screen.
 */
final class PlanningEdits {

    private PlanningEdits() {
    }

    static boolean attempt(Component source, Runnable action, Runnable reload) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            UiErrors.show(source, e);
            if (isStale(e)) {
                reload.run();
            }
            return false;
        }
    }

    static boolean isStale(RuntimeException e) {
        if (e instanceof UserMessageException ume) {
            return ume.getMessageKey().equals("error.concurrent") || ume.getMessageKey().equals("error.gone");
        }
        return e instanceof OptimisticLockingFailureException || e instanceof OptimisticLockException;
    }
}
