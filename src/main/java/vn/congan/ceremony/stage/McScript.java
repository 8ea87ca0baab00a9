package vn.congan.ceremony.stage;

import java.util.List;
import java.util.Map;

/**
 * The MC's script for the whole ceremony: one section per agenda item, each a list of
 * lines with a stable key. A line the organizer rewrote by hand shows the override and
 * keeps the generated text beside it, so a change of the data underneath can be noticed.
 */
public record McScript(String title, List<Section> sections) {

    /** What a line is: spoken, a name read out, a batch heading, or a stage direction. */
    public enum Kind { SAY, NAME, BATCH, NOTE }

    /**
     * One line. {@code number} is a name's place in its batch (1-based; 0 for other lines):
     * it is no part of the text, so a rewritten name keeps the right number after a move.
     */
    public record Line(String key, Kind kind, int number, String text, String generated, boolean overridden) {

        static Line of(String key, Kind kind, String text) {
            return new Line(key, kind, 0, text, text, false);
        }

        static Line name(String key, int number, String text) {
            return new Line(key, Kind.NAME, number, text, text, false);
        }

        /** Headings are not rewritten: they number the batches. */
        public boolean editable() {
            return kind != Kind.BATCH;
        }

        /** "1. " before a name, nothing before other lines. */
        public String numberPrefix() {
            return number > 0 ? number + ". " : "";
        }
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

    /** The same script with the overrides (by line key) in place of the generated text. */
    public McScript withOverrides(Map<String, String> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        List<Section> result = sections.stream().map(s -> new Section(s.key(), s.number(), s.heading(),
                s.lines().stream().map(l -> l.editable() && overrides.containsKey(l.key())
                        ? new Line(l.key(), l.kind(), l.number(), overrides.get(l.key()), l.generated(), true) : l)
                        .toList()))
                .toList();
        return new McScript(title, result);
    }

    public List<Line> lines() {
        return sections.stream().flatMap(s -> s.lines().stream()).toList();
    }
}
