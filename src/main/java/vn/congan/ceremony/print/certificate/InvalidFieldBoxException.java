package vn.congan.ceremony.print.certificate;

import vn.congan.ceremony.common.UserMessageException;

/** A field box the renderer cannot draw (type too small or too large, no width...), named by its label. */
public class InvalidFieldBoxException extends UserMessageException {

    public InvalidFieldBoxException(String messageKey, FieldKey field, Object... values) {
        super(messageKey, arguments(field, values));
    }

    private static Object[] arguments(FieldKey field, Object... values) {
        Object[] all = new Object[values.length + 1];
        all[0] = translated(field.labelKey());
        System.arraycopy(values, 0, all, 1, values.length);
        return all;
    }
}
