package vn.congan.ceremony.ceremony;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congan.ceremony.award.AwardCount;
import vn.congan.ceremony.award.AwardService;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.organisation.OrgSettings;
import vn.congan.ceremony.organisation.OrganisationService;
import vn.congan.ceremony.organisation.Person;
import vn.congan.ceremony.organisation.Unit;

/** Gathers the facts of the ceremony for the summary page, its PDF and the news draft. */
@Service
public class CeremonySummaryService {

    private final ConferenceService conferences;
    private final AwardService awards;
    private final OrganisationService organisation;
    private final CeremonyRunRepository runs;
    private final CeremonyRecipientRepository recipients;
    private final CeremonyEventRepository events;
    private final LiveProgrammeLoader programmes;
    private final ZoneId zone;

    public CeremonySummaryService(ConferenceService conferences, AwardService awards, OrganisationService organisation,
            CeremonyRunRepository runs, CeremonyRecipientRepository recipients, CeremonyEventRepository events,
            LiveProgrammeLoader programmes, @Value("${portal.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        this.conferences = conferences;
        this.awards = awards;
        this.organisation = organisation;
        this.runs = runs;
        this.recipients = recipients;
        this.events = events;
        this.programmes = programmes;
        this.zone = ZoneId.of(zone);
    }

    @Transactional(readOnly = true)
    public CeremonySummary summary() {
        Conference conference = conferences.current()
                .orElseThrow(() -> new UserMessageException("ceremony.error.noConference"));
        OrgSettings org = organisation.settings().orElse(null);
        LiveProgramme programme = programmes.load(conference);
        CeremonyRun run = runs.findByConference(conference).orElse(null);

        Map<Long, RecipientState> states = new HashMap<>();
        List<CeremonyEvent> log = List.of();
        if (run != null) {
            recipients.findByRun(run).forEach(r -> states.put(r.getAwardId(), r.state()));
            long since = run.getSinceVersion();
            log = events.findByRunOrderByStateVersion(run).stream().filter(e -> e.getStateVersion() > since).toList();
        }
        List<CeremonySummary.Line> absent = new ArrayList<>();
        List<CeremonySummary.Line> onBehalf = new ArrayList<>();
        for (LiveProgramme.Batch batch : programme.batches()) {
            for (LiveProgramme.Recipient r : batch.recipients()) {
                RecipientState state = states.getOrDefault(r.awardId(), RecipientState.INITIAL);
                if (state.status() == RecipientStatus.ABSENT) {
                    absent.add(new CeremonySummary.Line(r.readLine(), r.formName(), null));
                } else if (state.status() == RecipientStatus.RECEIVED_ON_BEHALF) {
                    onBehalf.add(new CeremonySummary.Line(r.readLine(), r.formName(), state.onBehalfOf()));
                }
            }
        }
        List<AwardCount> all = awards.countsByForm(conference);
        Person chair = conference.getChair();
        String chairLine = chair == null ? null
                : chair.getRankAndName() + (chair.getPosition() == null ? "" : ", " + chair.getPosition());
        CeremonySummary summary = new CeremonySummary(org == null ? null : org.getParentBody(),
                org == null ? "" : org.getDepartmentName(), org == null ? null : org.getPlaceName(),
                conference.getTitle(), conference.getDate(), conference.getStartTime(), conference.getVenue(),
                chairLine, conference.getMovement() == null ? null : conference.getMovement().getStartDate(),
                conference.getMovement() == null ? null : conference.getMovement().getEndDate(),
                inBatches(all, programme), notInBatch(all, programme), absent, onBehalf, timeline(programme, log),
                run != null && run.isFinished(), null, reportForm(org, conference));
        return summary.withNewsDraft(NewsDraft.compose(summary));
    }

    /**
     * Signed by the chair (by default the Director), drafted by the organising unit: its code, or
     * for a team without one ("Đội Thi đua - Khen thưởng") the code of the office it belongs to.
     */
    private static ReportForm reportForm(OrgSettings org, Conference conference) {
        Person chair = conference.getChair();
        String organiserCode = null;
        for (Unit unit = conference.getOrganiserUnit(); unit != null && organiserCode == null;
                unit = unit.getParent()) {
            organiserCode = unit.getShortCode();
        }
        return ReportForm.of(org == null ? null : org.getParentBody(), org == null ? null : org.getDepartmentName(),
                organiserCode, chair == null ? null : chair.getPosition(),
                chair == null ? null : chair.getRankAndName());
    }

    /**
     * What the ceremony hands over: per award form, the collectives and individuals that stand in
     * a batch (an award in no batch is not handed over on stage, and is counted apart).
     */
    private static List<AwardCount> inBatches(List<AwardCount> all, LiveProgramme programme) {
        Map<String, long[]> byForm = new HashMap<>();
        for (LiveProgramme.Batch batch : programme.batches()) {
            for (LiveProgramme.Recipient r : batch.recipients()) {
                byForm.computeIfAbsent(r.formName(), f -> new long[2])[r.collective() ? 0 : 1]++;
            }
        }
        return all.stream().filter(c -> byForm.containsKey(c.formName()))
                .map(c -> new AwardCount(c.formId(), c.formName(), c.precedence(), byForm.get(c.formName())[0],
                        byForm.get(c.formName())[1]))
                .toList();
    }

    private static int notInBatch(List<AwardCount> all, LiveProgramme programme) {
        long decided = all.stream().mapToLong(AwardCount::total).sum();
        long staged = programme.batches().stream().mapToLong(b -> b.recipients().size()).sum();
        return (int) Math.max(0, decided - staged);
    }

    /** Actual start of an item: the first time the ceremony reached it; its end: when the next one began. */
    private List<CeremonySummary.TimelineRow> timeline(LiveProgramme programme, List<CeremonyEvent> log) {
        Map<Long, Instant> firstReached = new HashMap<>();
        Instant finishedAt = null;
        List<Instant> starts = new ArrayList<>();
        for (CeremonyEvent e : log) {
            if (!e.getKind().isMove()) {
                continue;
            }
            if (e.getAgendaItemId() == null) {
                if (e.getKind() == EventKind.NEXT && finishedAt == null) {
                    finishedAt = e.getOccurredAt();
                }
            } else if (!firstReached.containsKey(e.getAgendaItemId())) {
                firstReached.put(e.getAgendaItemId(), e.getOccurredAt());
                starts.add(e.getOccurredAt());
            }
        }
        List<CeremonySummary.TimelineRow> rows = new ArrayList<>();
        for (LiveProgramme.Item item : programme.items()) {
            Instant start = firstReached.get(item.id());
            Integer minutes = null;
            if (start != null) {
                Instant end = starts.stream().filter(t -> t.isAfter(start)).min(Instant::compareTo).orElse(finishedAt);
                minutes = end == null ? null : (int) Duration.between(start, end).toMinutes();
            }
            rows.add(new CeremonySummary.TimelineRow(item.title(), item.plannedStart(), item.durationMinutes(),
                    start == null ? null : LocalTime.ofInstant(start, zone), minutes));
        }
        return rows;
    }
}
