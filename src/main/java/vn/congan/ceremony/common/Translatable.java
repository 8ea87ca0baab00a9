package vn.congan.ceremony.common;

import java.util.Arrays;

/**
 * A piece of a user message that is itself translated, e.g. "3 quyết định khen thưởng" inside
 * "Không thể xóa ...: còn 3 quyết định khen thưởng, 1 sơ đồ chỗ ngồi". Passed as an argument of a
 * {@link UserMessageException} (alone or in a list, which is joined with ", ").
 */
public record Translatable(String key, Object... arguments) {

    @Override
    public boolean equals(Object o) {
        return o instanceof Translatable t && key.equals(t.key) && Arrays.equals(arguments, t.arguments);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(arguments);
    }
}
