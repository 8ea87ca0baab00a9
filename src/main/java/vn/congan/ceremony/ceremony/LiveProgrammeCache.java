package vn.congan.ceremony.ceremony;

import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.congan.ceremony.conference.Conference;

/**
 * The live programme (agenda, batches, names, the MC script's lines, and the seats) kept between
 * commands and page opens: building it generates the MC script, most of a command's time, and a command never
 * changes it. It is built once per change instead of once per Next.
 *
 * <p>Safe invalidation: every committed change the pages show raises a change signal after its
 * commit ({@link vn.congan.ceremony.common.ProgrammeChanged}, the stage order's own event), which
 * calls {@link #invalidate()} before the pages are told; so do changes that bypass the entities
 * (the tests' database reset). A caller takes the {@link #generation()} BEFORE its transaction
 * starts and hands it to {@link #get}: a programme is kept only if no change was signalled since,
 * so one read from a snapshot older than a correction is never kept; and it is used only while
 * the generation is unchanged. As a last guard against a change that reaches the database by
 * another way, a kept programme is read again after {@link #MAX_AGE_SECONDS} seconds.
 */
final class LiveProgrammeCache<T> {

    static final long MAX_AGE_SECONDS = 30;
    private static final long IN_TRANSACTION = -1;

    private final Function<Conference, T> loader;
    private final AtomicLong generation = new AtomicLong();
    private volatile Kept<T> kept;

    private record Kept<T>(Long conferenceId, long generation, long loadedAt, T programme) {
    }

    LiveProgrammeCache(Function<Conference, T> loader) {
        this.loader = loader;
    }

    /**
     * Take it before the transaction that reads the programme starts. Inside a transaction already
     * running (which may read from a snapshot older than the last change) it is one that matches
     * nothing: the programme is then read, and not kept.
     */
    long generation() {
        return TransactionSynchronizationManager.isActualTransactionActive() ? IN_TRANSACTION : generation.get();
    }

    /** Something the pages show changed (committed): the next reader builds the programme again. */
    void invalidate() {
        generation.incrementAndGet();
        kept = null;
    }

    /**
     * The programme of {@code conference}: the kept one when nothing changed since {@code seen}
     * (the generation taken before the caller's transaction), else read now in the caller's
     * transaction and kept if still nothing changed.
     */
    T get(Conference conference, long seen) {
        Kept<T> k = kept;
        long now = System.nanoTime();
        if (k != null && k.generation() == seen && seen == generation.get()
                && Objects.equals(k.conferenceId(), conference.getId())
                && now - k.loadedAt() < TimeUnit.SECONDS.toNanos(MAX_AGE_SECONDS)) {
            return k.programme();
        }
        T programme = loader.apply(conference);
        if (seen == generation.get()) {
            kept = new Kept<>(conference.getId(), seen, now, programme);
        }
        return programme;
    }
}
