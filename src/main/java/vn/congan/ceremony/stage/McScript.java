package vn.congan.ceremony.stage;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The MC's script for the whole ceremony: one section per agenda item, each a list of
 * lines with a stable key. A line the organizer rewrote by hand shows the override and
 * keeps the generated text beside it, with the generated text of the moment it was
 * rewritten: when the two differ, the data underneath changed and the line needs review.
 * {@code timeAndPlace} is the line under the title (date, start and venue), null when unknown.
 */
public record McScript(String title, String timeAndPlace, List<Section> sections) {

    /** What a line is: spoken, a name read out, a batch heading, or a stage direction. */
    public enum Kind { SAY, NAME, BATCH, NOTE }

    /**
     * One line. {@code number} is a name's place in its batch (1-based; 0 for other lines):
     * it is no part of the text, so a rewritten name keeps the right number after a move.
     * {@code generatedThen} is the generated text when the override was written (null when
     * the line is not overridden, or not known for an old override).
     */
    public record Line(String key, Kind kind, int number, String text, String generated, boolean overridden,
            String generatedThen) {

        static Line of(String key, Kind kind, String text) {
            return new Line(key, kind, 0, text, text, false, null);
        }

        static Line name(String key, int number, String text) {
            return new Line(key, Kind.NAME, number, text, text, false, null);
        }

        /** Headings are not rewritten: they number the batches. */
        public boolean editable() {
            return kind != Kind.BATCH;
        }

        /** "1. " before a name, nothing before other lines. */
        public String numberPrefix() {
            return number > 0 ? number + ". " : "";
        }

        /** An override written when the generated line read differently: the organizer should look again. */
        public boolean needsReview() {
            return overridden && !Objects.equals(generatedThen, generated);
        }
    }

    /** An organizer's text for a line, and the generated text it replaced when written. */
    public record Rewrite(String text, String generatedThen) {
    }

    /** {@code heading} is "08:00 - Chào cờ"; {@code number} the 1-based place in the agenda. */
    public record Section(String key, int number, String heading, List<Line> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    public McScript {
        sections = List.copyOf(sections);
    }

    /** The same script with the rewrites (by line key) in place of the generated text. */
    public McScript withOverrides(Map<String, Rewrite> rewrites) {
        if (rewrites.isEmpty()) {
            return this;
        }
        List<Section> result = sections.stream().map(s -> new Section(s.key(), s.number(), s.heading(),
                s.lines().stream().map(l -> {
                    Rewrite r = l.editable() ? rewrites.get(l.key()) : null;
                    return r == null ? l
                            : new Line(l.key(), l.kind(), l.number(), r.text(), l.generated(), true, r.generatedThen());
                }).toList()))
                .toList();
        return new McScript(title, timeAndPlace, result);
    }

    public List<Line> lines() {
        return sections.stream().flatMap(s -> s.lines().stream()).toList();
    }

    /** How many overridden lines need review. */
    public int needingReview() {
        return (int) lines().stream().filter(Line::needsReview).count();
    }
}
