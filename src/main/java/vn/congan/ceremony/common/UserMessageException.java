package vn.congan.ceremony.common;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A refusal the user must read: carries an i18n key and its arguments, which the view
 * translates. Thrown before anything is written, or inside the transaction it rolls back.
 * An argument that is itself a label to translate ("the recipient box" rather than
 * {@code RECIPIENT}) is passed as {@link #translated(String)} (a {@link Translatable}).
 */
public class UserMessageException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserMessageException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** An argument shown in the user's language: the label {@code key} names, translated with the message. */
    public static Translatable translated(String key) {
        return new Translatable(key);
    }

    public String getMessageKey() {
        return messageKey;
    }

    /** The arguments as given; {@link Translatable} ones (alone or in lists) are translated by the view. */
    public Object[] getArguments() {
        return arguments.clone();
    }

    /**
     * The arguments ready for the message: each {@link Translatable} replaced by {@code translate}'s
     * text, and a list of them by their texts joined with ", ".
     */
    public Object[] getArguments(Function<Translatable, String> translate) {
        return Arrays.stream(arguments).map(a -> resolve(a, translate)).toArray();
    }

    private static Object resolve(Object argument, Function<Translatable, String> translate) {
        if (argument instanceof Translatable t) {
            return translate.apply(t);
        }
        if (argument instanceof List<?> list && !list.isEmpty()
                && list.stream().allMatch(Translatable.class::isInstance)) {
            return list.stream().map(t -> translate.apply((Translatable) t))
                    .collect(Collectors.joining(", "));
        }
        return argument;
    }
}
