package vn.congan.ceremony.common.text;

/**
 * Text put into HTML that the portal writes itself (the seat map, the live pages' rows): a name
 * with {@code <}, {@code &} or quotes in it stays text, never markup. Vietnamese letters are kept
 * as they are (UTF-8), not turned into entities.
 */
public final class Html {

    private Html() {
    }

    /** {@code text} as HTML text or as a quoted attribute value; null as the empty string. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
