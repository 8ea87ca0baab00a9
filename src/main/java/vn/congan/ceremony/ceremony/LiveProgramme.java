package vn.congan.ceremony.ceremony;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The planned ceremony as the live views need it: the timed agenda with the MC's text,
 * the batches in order with the recipients as they are read aloud, and the step plan.
 */
public record LiveProgramme(String conferenceTitle, List<Item> items, List<Batch> batches, CeremonyPlan plan) {

    /** One agenda item with its planned start. */
    public record Item(long id, String title, boolean awardPresentation, String script, String responsible,
            LocalTime plannedStart, int durationMinutes) {
    }

    /**
     * One presentation batch: who hands over which form to whom, and its section of the MC
     * script (with the organizer's overrides).
     */
    public record Batch(long id, long agendaItemId, int position, String formName, String presenter,
            String onAuthorityOf, List<Recipient> recipients, BatchScript script) {

        public Batch {
            script = script == null ? BatchScript.NONE : script;
        }

        /** What the MC reads for {@code recipient}: the organizer's rewritten line, else the read line. */
        public String readLineOf(Recipient recipient) {
            return script.names().getOrDefault(recipient.awardId(), recipient.readLine());
        }
    }

    /**
     * A batch's lines of the MC script: what is said before the names (inviting the presenter,
     * calling the recipients), the rewritten name lines by award, and what is said after (thanks).
     */
    public record BatchScript(List<String> before, Map<Long, String> names, List<String> after) {

        public static final BatchScript NONE = new BatchScript(List.of(), Map.of(), List.of());

        public BatchScript {
            before = List.copyOf(before);
            names = Map.copyOf(names);
            after = List.copyOf(after);
        }
    }

    /**
     * One recipient as the MC reads it ({@code readLine}: rank + name + unit, or unit +
     * representative), as the projector shows it ({@code screenName}), and who goes on stage
     * ({@code stagePersonId}, for the seat; may be null). {@code sortKey} puts lists of
     * recipients in Vietnamese alphabetical order (a person's name, a unit's name).
     */
    public record Recipient(long awardId, boolean collective, String formName, String readLine, String screenName,
            String detail, String searchText, Long stagePersonId, String sortKey) {

        /** The same recipient read aloud with {@code line} (the MC script's wording). */
        public Recipient withReadLine(String line) {
            return new Recipient(awardId, collective, formName, line, screenName, detail, searchText, stagePersonId,
                    sortKey);
        }
    }

    public Optional<Item> item(long id) {
        return items.stream().filter(i -> i.id() == id).findFirst();
    }

    public Optional<Batch> batch(Long id) {
        return id == null ? Optional.empty() : batches.stream().filter(b -> b.id() == id).findFirst();
    }

    /**
     * The steps: every agenda item once, an award presentation once per batch. Batches not
     * tied to an item go to the first award presentation.
     */
    public static CeremonyPlan planOf(List<Item> items, List<Batch> batches) {
        Long firstAward = items.stream().filter(Item::awardPresentation).map(Item::id).findFirst().orElse(null);
        List<Step> steps = new ArrayList<>();
        Map<Long, List<Long>> awards = new LinkedHashMap<>();
        for (Item item : items) {
            List<Batch> own = batches.stream()
                    .filter(b -> b.agendaItemId() == item.id() || (b.agendaItemId() == 0 && firstAward != null
                            && firstAward == item.id()))
                    .toList();
            if (!item.awardPresentation() || own.isEmpty()) {
                steps.add(new Step(item.id(), null));
                continue;
            }
            for (Batch batch : own) {
                steps.add(new Step(item.id(), batch.id()));
                awards.put(batch.id(), batch.recipients().stream().map(Recipient::awardId).toList());
            }
        }
        return new CeremonyPlan(steps, awards);
    }
}
