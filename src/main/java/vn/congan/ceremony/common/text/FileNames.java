package vn.congan.ceremony.common.text;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Names of the files the portal hands out: what the file is, in plain ASCII words joined by
 * hyphens, so that every browser, file system and print shop's machine keeps them as they are
 * ("Quyết định số 1234/QĐ-CAT-PV01" → "quyet-dinh-so-1234-qd-cat-pv01").
 */
public final class FileNames {

    private static final int MAX_LENGTH = 100;

    private FileNames() {
    }

    /** The words of {@code parts} (null parts left out) as one ASCII slug, with {@code extension}. */
    public static String of(String extension, Object... parts) {
        String words = Arrays.stream(parts).filter(Objects::nonNull).map(FileNames::text)
                .collect(Collectors.joining(" "));
        String slug = VietText.fold(words).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "tai-lieu" : slug) + "." + extension;
    }

    private static String text(Object part) {
        return part instanceof LocalDate date ? date.toString() : part.toString();
    }
}
