package vn.congan.ceremony.common;

import java.util.Arrays;
import java.util.function.Function;

/**
 * A refusal the user must read: carries an i18n key and its arguments, which the view
 * translates. Thrown before anything is written, or inside the transaction it rolls back.
 * An argument that is itself a label to translate ("the recipient box" rather than
 * {@code RECIPIENT}) is passed as {@link #translated(String)}.
 */
public class UserMessageException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserMessageException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** An argument shown in the user's language: an i18n key, translated when the message is. */
    public record Translated(String key) {
        @Override
        public String toString() {
            return key;
        }
    }

    /** An argument that {@link #getArguments(Function)} turns into the label {@code key} names. */
    public static Translated translated(String key) {
        return new Translated(key);
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** The arguments as given, {@link Translated} ones still as keys. */
    public Object[] getArguments() {
        return arguments.clone();
    }

    /** The arguments ready for the message: every {@link Translated} one replaced by {@code translate}'s text. */
    public Object[] getArguments(Function<String, String> translate) {
        return Arrays.stream(arguments).map(a -> a instanceof Translated t ? translate.apply(t.key()) : a).toArray();
    }
}
