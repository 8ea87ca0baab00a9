package vn.congan.ceremony.ceremony;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congan.ceremony.common.ProgrammeChanged;
import vn.congan.ceremony.common.UserMessageException;
import vn.congan.ceremony.security.Role;
import vn.congan.ceremony.conference.Conference;
import vn.congan.ceremony.conference.ConferenceService;
import vn.congan.ceremony.stage.StageOrderChanged;

/**
 * The live ceremony of the current conference: applies commands in one transaction each
 * (the state version is checked first, the row's optimistic lock second), records every
 * change in the event log, and broadcasts the new state to the open views after commit.
 */
@Service
public class CeremonyService {

    static final List<EventKind> MOVES = List.of(EventKind.NEXT, EventKind.BACK);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConferenceService conferences;
    private final CeremonyRunRepository runs;
    private final CeremonyRecipientRepository recipients;
    private final CeremonyEventRepository events;
    /** The live programme and the seats, built once per change and shared by every command and page. */
    private final LiveProgrammeCache<Shown> programmes;
    private final AtomicBoolean rebuildPending = new AtomicBoolean();
    /** The statuses the last command committed (see {@link KeptStates}). */
    private volatile KeptStates keptStates;
    private final CeremonyBroadcaster broadcaster;
    private final ObjectProvider<SeatDirectory> seats;
    private final TransactionTemplate writeTx;
    private final TransactionTemplate readTx;
    private final ZoneId zone;

    public CeremonyService(ConferenceService conferences, CeremonyRunRepository runs,
            CeremonyRecipientRepository recipients, CeremonyEventRepository events, LiveProgrammeLoader programmes,
            CeremonyBroadcaster broadcaster, ObjectProvider<SeatDirectory> seats, PlatformTransactionManager txm,
            @Value("${portal.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        this.conferences = conferences;
        this.runs = runs;
        this.recipients = recipients;
        this.events = events;
        this.programmes = new LiveProgrammeCache<>(c -> new Shown(programmes.load(c),
                Collections.unmodifiableMap(new HashMap<>(
                        seats.getIfAvailable(() -> SeatDirectory.NONE).seatsByPerson(c.getId())))));
        this.broadcaster = broadcaster;
        this.seats = seats;
        this.writeTx = new TransactionTemplate(txm);
        this.readTx = new TransactionTemplate(txm);
        this.readTx.setReadOnly(true);
        this.zone = ZoneId.of(zone);
    }

    /**
     * What the live pages show that no ceremony command changes, only a change signal: the
     * programme and, per person, the seat (a seat moved in the hall plan is such a change).
     */
    private record Shown(LiveProgramme programme, Map<Long, String> seatOf) {
    }

    /** The live state as stored now (views call it on attach to catch up). */
    public LiveCeremony live() {
        long generation = programmes.generation();
        return readTx.execute(s -> conferences.current()
                .map(c -> stored(c, runs.findByConference(c).orElse(null), generation))
                .orElseGet(() -> LiveCeremony.empty("")));
    }

    /** The live state for the projector, when {@code token} is the current conference's screen link. */
    public Optional<LiveCeremony> liveForScreen(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        long generation = programmes.generation();
        return readTx.execute(s -> runs.findByScreenToken(token)
                .filter(run -> run.getConference().isCurrent())
                .map(run -> stored(run.getConference(), run, generation)));
    }

    /**
     * Applies {@code command} if it was made against the current version; refuses it with
     * {@link StaleCommandException} otherwise. Returns the new state, which every open view
     * also receives.
     */
    public LiveCeremony execute(CeremonyCommand command) {
        String user = currentUser();
        if (command instanceof CeremonyCommand.Reset && !mayReset()) {
            throw new UserMessageException("ceremony.error.resetNotAllowed");
        }
        // A command about one recipient is judged against that recipient alone: when another
        // command (the MC's Next) committed between our read and our write, read again and judge
        // again rather than refuse the door staff for someone else's tap.
        int attempts = command instanceof CeremonyCommand.SetStatus || command instanceof CeremonyCommand.CheckIn
                ? 3 : 1;
        boolean runMade = false;
        for (int attempt = 1; ; attempt++) {
            long generation = programmes.generation();
            Applied applied;
            try {
                applied = writeTx.execute(s -> apply(command, user, generation));
            } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
                // Another command committed between our read and our write.
                if (attempt >= attempts) {
                    throw new StaleCommandException(command.expectedVersion(), -1);
                }
                continue;
            }
            if (applied == null && !runMade) {
                // The conference's first command: its run is made (in a transaction of its own), then
                // the command applied.
                ensureRun();
                runMade = true;
                attempt--;
                continue;
            }
            if (applied == null) {
                throw new IllegalStateException("The ceremony's run could not be made");
            }
            keptStates = applied.states();
            broadcaster.broadcast(applied.live());
            return applied.live();
        }
    }

    /**
     * Applies the command in the caller's transaction and returns the new state, built from what
     * the command read and wrote (no second read): the kept programme and seats, the statuses as
     * now written. Null when the conference has no run yet.
     */
    private Applied apply(CeremonyCommand command, String user, long generation) {
        Conference conference = currentConference();
        CeremonyRun run = runs.findByConference(conference).orElse(null);
        if (run == null) {
            return null;
        }
        Shown shown = programmes.get(conference, generation);
        LiveProgramme programme = shown.programme();
        Map<Long, RecipientState> states = statesOf(run);
        CeremonyState before = new CeremonyState(run.getStateVersion(), run.currentStep(), run.isFinished(),
                run.getControllerDevice(), states);
        CeremonyMachine.Transition transition = new CeremonyMachine(programme.plan()).apply(before, command);
        // as the database keeps it (DATETIME(6)): the state returned now shows what a later read shows
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        run.apply(transition.state(), user, now);
        boolean backToTheStart = command instanceof CeremonyCommand.Back && transition.state().current() == null
                && !transition.state().finished();
        if (command instanceof CeremonyCommand.Reset || backToTheStart) {
            // a rehearsal taken back before its first step: the times of the steps undone no longer count
            run.startOverAt(transition.state().version());
        }
        if (!transition.changedAwards().isEmpty()) {
            // only the rows the command changes are read and written
            Map<Long, CeremonyRecipient> rows = new HashMap<>();
            recipients.findByRunAndAwardIdIn(run, transition.changedAwards())
                    .forEach(row -> rows.put(row.getAwardId(), row));
            for (Long awardId : transition.changedAwards()) {
                CeremonyRecipient row = rows.computeIfAbsent(awardId, id -> new CeremonyRecipient(run, id));
                row.apply(transition.state().recipient(awardId));
                recipients.save(row);
            }
        }
        runs.saveAndFlush(run);
        events.save(new CeremonyEvent(run, transition, user, command.device(), now));
        Map<Long, RecipientState> after = Map.copyOf(transition.state().recipients());
        return new Applied(build(run, shown, after), new KeptStates(run.getId(), run.getStateVersion(), after));
    }

    /** A command applied: the state to show, and the statuses as written, to keep once committed. */
    private record Applied(LiveCeremony live, KeptStates states) {
    }

    /**
     * Every recipient's status as of one state version of a run, as the last command committed
     * it: the next command and the pages that open read them from here instead of every row.
     * Each command raises the run's state version in the same transaction as its rows (and two
     * commands cannot both commit the same version), so statuses kept for the version the run
     * has now are the statuses stored.
     */
    private record KeptStates(Long runId, long version, Map<Long, RecipientState> states) {
    }

    /** The statuses of {@code run} as stored (kept from its last command when that is its version). */
    private Map<Long, RecipientState> statesOf(CeremonyRun run) {
        KeptStates kept = keptStates;
        if (kept != null && kept.runId().equals(run.getId()) && kept.version() == run.getStateVersion()) {
            return kept.states();
        }
        Map<Long, RecipientState> states = new HashMap<>();
        recipients.findByRun(run).forEach(r -> states.put(r.getAwardId(), r.state()));
        return states;
    }

    /**
     * An organizer corrected the stage order (a name, a representative, a presenter, a batch):
     * the open pages show it at once, built after the edit committed, on the broadcaster's thread.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void onStageOrderChanged(StageOrderChanged change) {
        programmeChanged();
    }

    /**
     * Anything else the live pages show was corrected and committed (an agenda item, a script
     * line, a name or rank, a decision, a seat): see {@link vn.congan.ceremony.common.jpa.ShownLive}.
     */
    @org.springframework.context.event.EventListener
    void onProgrammeChanged(ProgrammeChanged change) {
        programmeChanged();
    }

    /**
     * One broadcast for a burst of changes: while one is waiting to be built, later signals ride
     * on it, since it reads the state when it runs, after all of them committed.
     */
    private void programmeChanged() {
        programmes.invalidate(); // first: the pages told below must not be shown the kept programme
        keptStates = null;
        if (broadcaster.listenerCount() == 0) {
            return; // no page open: nothing to rebuild (a page builds the state when it opens)
        }
        if (rebuildPending.compareAndSet(false, true)) {
            broadcaster.broadcast(() -> {
                rebuildPending.set(false);
                return live();
            });
        }
    }

    /** The secret part of the projector link (/screen/{token}). */
    public String screenToken() {
        return ensureRun().getScreenToken();
    }

    /** A new projector link; the old one stops working at once. */
    public String regenerateScreenToken() {
        ensureRun();
        String token = newToken();
        writeTx.executeWithoutResult(s -> runs.findByConference(currentConference()).orElseThrow()
                .setScreenToken(token));
        broadcaster.broadcast(live());
        return token;
    }

    /** Every recorded change, oldest first. */
    public List<CeremonyEvent> eventLog() {
        return readTx.execute(s -> conferences.current().flatMap(runs::findByConference)
                .map(events::findByRunOrderByStateVersion).orElse(List.of()));
    }

    private CeremonyRun ensureRun() {
        Conference conference = currentConference();
        TransactionTemplate tx = new TransactionTemplate(writeTx.getTransactionManager());
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        try {
            return tx.execute(s -> runs.findByConference(conference)
                    .orElseGet(() -> runs.saveAndFlush(new CeremonyRun(conference, newToken()))));
        } catch (DataIntegrityViolationException e) {
            return runs.findByConference(conference).orElseThrow();
        }
    }

    private Conference currentConference() {
        return conferences.current().orElseThrow(() -> new UserMessageException("ceremony.error.noConference"));
    }

    private static String newToken() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Only an organizer (or admin) resets the ceremony, never the MC's tablet. */
    private static boolean mayReset() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().map(a -> a.getAuthority())
                .anyMatch(a -> a.equals("ROLE_" + Role.ORGANIZER.name()) || a.equals("ROLE_" + Role.ADMIN.name()));
    }

    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "anonymous" : auth.getName();
    }

    /** The state as stored (the statuses kept from the last command when the run is at its version). */
    private LiveCeremony stored(Conference conference, CeremonyRun run, long generation) {
        Map<Long, RecipientState> states = run == null ? Map.of() : statesOf(run);
        return build(run, programmes.get(conference, generation), states);
    }

    private LiveCeremony build(CeremonyRun run, Shown shown, Map<Long, RecipientState> states) {
        LiveProgramme programme = shown.programme();
        Map<Long, String> seatOf = shown.seatOf();
        Map<Long, LiveCeremony.LiveRecipient> byAward = new HashMap<>();
        List<LiveCeremony.LiveRecipient> all = new ArrayList<>();
        for (LiveProgramme.Batch batch : programme.batches()) {
            for (LiveProgramme.Recipient r : batch.recipients()) {
                String seat = r.stagePersonId() == null ? null : seatOf.get(r.stagePersonId());
                LiveCeremony.LiveRecipient live = new LiveCeremony.LiveRecipient(r,
                        states.getOrDefault(r.awardId(), RecipientState.INITIAL), seat, batch.position());
                byAward.put(r.awardId(), live);
                all.add(live);
            }
        }
        boolean finished = run != null && run.isFinished();
        CeremonyPlan plan = programme.plan();
        // A batch removed mid-ceremony: show the nearest step that survived, as Next/Back will use.
        Step current = run == null ? null : plan.resolve(run.currentStep(), states);
        LiveProgramme.Item item = current == null ? null : programme.item(current.agendaItemId()).orElse(null);
        LiveCeremony.LiveBatch batch = current == null ? null
                : programme.batch(current.batchId()).map(b -> liveBatch(b, byAward)).orElse(null);
        List<LiveCeremony.LiveBatch> upcoming = plan.batchStepsAfter(current, finished).stream().limit(2)
                .map(step -> programme.batch(step.batchId()).map(b -> liveBatch(b, byAward)).orElseThrow())
                .toList();
        int index = plan.indexOf(current);
        LiveProgramme.Item nextItem = null;
        if (!finished) {
            for (Step step : plan.steps().subList(Math.max(index + 1, 0), plan.steps().size())) {
                if (current == null || step.agendaItemId() != current.agendaItemId()) {
                    nextItem = programme.item(step.agendaItemId()).orElse(null);
                    break;
                }
            }
        }
        LocalTime planned = item == null ? null : item.plannedStart();
        LocalTime actual = null;
        Integer delay = null;
        if (item != null) {
            actual = events.findFirstByRunAndAgendaItemIdAndKindInAndStateVersionGreaterThanOrderByStateVersion(run,
                            item.id(), MOVES, run.getSinceVersion())
                    .map(e -> LocalTime.ofInstant(e.getOccurredAt(), zone)).orElse(null);
            if (actual != null) {
                delay = (int) Duration.between(planned, actual).toMinutes();
            }
        }
        int stepNumber = finished ? plan.steps().size() : index + 1;
        return new LiveCeremony(run == null ? 0 : run.getStateVersion(), programme.conferenceTitle(),
                current != null || finished, finished, item, batch, upcoming, nextItem, stepNumber,
                plan.steps().size(), run == null ? null : run.getControllerDevice(),
                run == null ? null : run.getControllerUser(), planned, actual, delay, List.copyOf(all),
                run == null ? null : run.getScreenToken(), Instant.now());
    }

    private static LiveCeremony.LiveBatch liveBatch(LiveProgramme.Batch batch,
            Map<Long, LiveCeremony.LiveRecipient> byAward) {
        return new LiveCeremony.LiveBatch(batch, batch.recipients().stream().map(r -> byAward.get(r.awardId()))
                .toList());
    }
}
