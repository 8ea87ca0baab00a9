package vn.congan.ceremony.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The one way the portal asks before doing something that cannot be undone: a dialog with
 * the question, the action's own name on the confirm button (red when it deletes or discards)
 * and "Hủy", which changes nothing.
 */
public final class Confirm {

    private Confirm() {
    }

    /** Opens the question; {@code action} runs only on the confirm button. Returns the open dialog. */
    public static ConfirmDialog ask(String id, String header, String text, String confirmText, boolean destructive,
            Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(id);
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setConfirmText(confirmText);
        dialog.setCancelable(true);
        dialog.setCancelText(dialog.getTranslation("common.cancel"));
        if (destructive) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
        return dialog;
    }
}
