package vn.congan.ceremony.common.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/**
 * A Vietnamese personal name: family name, middle name(s), given name.
 * "Nguyễn Thế Hùng" is Nguyễn / Thế / Hùng; "Lê Hoa" is Lê / - / Hoa.
 */
public record PersonName(String family, String middle, String given) {

    /**
     * Alphabetical order of lists: given name, then family name, then middle names, in
     * Vietnamese collation; the order of {@link VietnameseCollation#sortKey(PersonName)}, which
     * lists sorted in the database use.
     */
    public static final Comparator<PersonName> ALPHABETICAL = Comparator
            .comparing(PersonName::given, VietnameseCollation.comparator())
            .thenComparing(PersonName::family, VietnameseCollation.comparator())
            .thenComparing(PersonName::middle, VietnameseCollation.comparator());

    public PersonName {
        family = Objects.requireNonNullElse(VietText.clean(family), "");
        middle = Objects.requireNonNullElse(VietText.clean(middle), "");
        given = Objects.requireNonNullElse(VietText.clean(given), "");
    }

    /** Splits a full name as written: the first word is the family name, the last the given name. */
    public static PersonName parse(String fullName) {
        String cleaned = VietText.clean(fullName);
        if (cleaned == null || cleaned.isEmpty()) {
            return new PersonName("", "", "");
        }
        String[] words = cleaned.split(" ");
        if (words.length == 1) {
            return new PersonName("", "", words[0]);
        }
        String middle = String.join(" ", Arrays.copyOfRange(words, 1, words.length - 1));
        return new PersonName(words[0], middle, words[words.length - 1]);
    }

    public String full() {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {family, middle, given}) {
            if (!part.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(part);
            }
        }
        return sb.toString();
    }

    public boolean isEmpty() {
        return given.isEmpty();
    }

    @Override
    public String toString() {
        return full();
    }
}
