package vn.congan.ceremony.common;

import java.util.Arrays;

/**
 * A refusal the user must read: carries an i18n key and its arguments, which the view
 * translates. Thrown before anything is written, or inside the transaction it rolls back.
 */
public class UserMessageException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserMessageException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
