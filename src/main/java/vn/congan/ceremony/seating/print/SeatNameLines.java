package vn.congan.ceremony.seating.print;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import vn.congan.ceremony.common.pdf.TextFit;
import vn.congan.ceremony.common.text.VietText;
import vn.congan.ceremony.organisation.Rank;

/**
 * How an occupant's name fills a seat box: on one line when it fits; else the rank on a line of
 * its own and the name under it ("Thượng tá" / "Nguyễn Văn An"), the rank never split; else
 * broken between words over the lines the box holds. Empty when it does not fit that way (the
 * caller then tries a smaller size, and at the smallest shortens it with "…"). Plain Java.
 */
final class SeatNameLines {

    private SeatNameLines() {
    }

    static List<String> lines(String name, ToDoubleFunction<String> width, double maxWidth, int maxLines) {
        String text = VietText.clean(name);
        if (text == null || text.isEmpty() || maxLines < 1) {
            return List.of();
        }
        if (width.applyAsDouble(text) <= maxWidth) {
            return List.of(text);
        }
        String[] words = text.split(" ");
        if (words.length > 2 && maxLines >= 2) {
            String rank = words[0] + " " + words[1];
            boolean isRank = Rank.parse(rank).map(Rank::hasRank).orElse(false);
            if (isRank && width.applyAsDouble(rank) <= maxWidth) {
                List<String> rest = TextFit.wrap(text.substring(rank.length() + 1), width, maxWidth, maxLines - 1);
                if (!rest.isEmpty()) {
                    List<String> lines = new ArrayList<>();
                    lines.add(rank);
                    lines.addAll(rest);
                    return lines;
                }
            }
        }
        return TextFit.wrap(text, width, maxWidth, maxLines);
    }
}
