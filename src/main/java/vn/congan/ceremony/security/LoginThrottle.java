package vn.congan.ceremony.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rule against password guessing, per account and per client address: a few failures are
 * free, then each further failure makes the login wait, twice as long each time, up to a cap.
 * A wait is a lock: while it runs every attempt is refused, the right password included.
 * Plain Java with an injected clock; {@link LoginGuard} applies it to Spring Security.
 *
 * <p>An attempt counts against its account as soon as it starts ({@link #begin}) and is taken
 * back only when it succeeds, so that 200 guesses sent at once cannot all slip in before the
 * first failure is known. An address counts only finished failures: many people behind one
 * address may log in at the same moment.
 */
public final class LoginThrottle {

    /** Longest user name kept as a key; longer input is cut (no unbounded memory per attempt). */
    static final int MAX_KEY_LENGTH = 100;

    /**
     * How one kind of key (account or address) slows down: {@code freeFailures} cost nothing, the
     * next one waits {@code firstWait}, each further one twice the last, at most {@code maxWait}.
     * Failures are forgotten {@code forgetAfter} after the last one.
     */
    public record Rule(int freeFailures, Duration firstWait, Duration maxWait, Duration forgetAfter) {

        /** Accounts: the 3rd failure waits 15 s, the 5th locks 1 min, then 2, 4, 8 and 15 min. */
        public static final Rule ACCOUNT = new Rule(2, Duration.ofSeconds(15), Duration.ofMinutes(15),
                Duration.ofHours(1));
        /** Addresses: the 18th failure waits 15 s, the 20th locks 1 min, then doubling up to 15 min. */
        public static final Rule ADDRESS = new Rule(17, Duration.ofSeconds(15), Duration.ofMinutes(15),
                Duration.ofHours(1));

        public Rule {
            if (freeFailures < 0 || firstWait.isNegative() || firstWait.isZero() || maxWait.compareTo(firstWait) < 0
                    || forgetAfter.compareTo(maxWait) < 0) {
                throw new IllegalArgumentException("Inconsistent login rule");
            }
        }

        /** The wait after the {@code failures}-th failure in a row. */
        public Duration waitAfter(int failures) {
            if (failures <= freeFailures) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - freeFailures - 1, 30);
            Duration wait = firstWait.multipliedBy(1L << doublings);
            return wait.compareTo(maxWait) > 0 ? maxWait : wait;
        }
    }

    /** Which count refused the attempt. */
    public enum Scope { ACCOUNT, ADDRESS }

    /** A refused (or from now on refused) login: no attempt is accepted before {@code retryAt}. */
    public record Refusal(Scope scope, Instant retryAt) {
    }

    private static final class Failures {
        int count;
        Instant last;
        Instant blockedUntil;
    }

    private final Clock clock;
    private final Rule accountRule;
    private final Rule addressRule;
    private final int maxTracked;
    private final Map<String, Failures> accounts = new HashMap<>();
    private final Map<String, Failures> addresses = new HashMap<>();

    /** {@code maxTracked} bounds each table, so a flood of invented names cannot fill the memory. */
    public LoginThrottle(Clock clock, Rule accountRule, Rule addressRule, int maxTracked) {
        this.clock = clock;
        this.accountRule = accountRule;
        this.addressRule = addressRule;
        this.maxTracked = maxTracked;
    }

    public LoginThrottle(Clock clock) {
        this(clock, Rule.ACCOUNT, Rule.ADDRESS, 10_000);
    }

    /**
     * Starts an attempt: refused while the account or the address waits; otherwise the attempt
     * already counts as a failure of the account until {@link #succeeded} takes it back.
     */
    public synchronized Optional<Refusal> begin(String username, String address) {
        Instant now = clock.instant();
        Optional<Refusal> refusal = refusal(accountKey(username), addressKey(address), now);
        if (refusal.isEmpty()) {
            fail(accounts, accountKey(username), accountRule, now);
        }
        return refusal;
    }

    /** The attempt begun for {@code username} failed: counts it for the address; returns the wait now in force. */
    public synchronized Optional<Refusal> failed(String username, String address) {
        Instant now = clock.instant();
        fail(addresses, addressKey(address), addressRule, now);
        return refusal(accountKey(username), addressKey(address), now);
    }

    /** The attempt succeeded: the account starts afresh (the address keeps its count). */
    public synchronized void succeeded(String username) {
        accounts.remove(accountKey(username));
    }

    /** The wait in force now for this account and address, if any. */
    public synchronized Optional<Refusal> refusal(String username, String address) {
        return refusal(accountKey(username), addressKey(address), clock.instant());
    }

    /** Forgets every count (tests; a restart does the same). */
    public synchronized void forgetAll() {
        accounts.clear();
        addresses.clear();
    }

    public Clock clock() {
        return clock;
    }

    private Optional<Refusal> refusal(String account, String address, Instant now) {
        Instant byAccount = blockedUntil(accounts, account, accountRule, now);
        Instant byAddress = blockedUntil(addresses, address, addressRule, now);
        if (byAccount == null && byAddress == null) {
            return Optional.empty();
        }
        if (byAddress == null || (byAccount != null && !byAccount.isBefore(byAddress))) {
            return Optional.of(new Refusal(Scope.ACCOUNT, byAccount));
        }
        return Optional.of(new Refusal(Scope.ADDRESS, byAddress));
    }

    private static Instant blockedUntil(Map<String, Failures> table, String key, Rule rule, Instant now) {
        Failures f = table.get(key);
        if (f == null) {
            return null;
        }
        if (forgotten(f, rule, now)) {
            table.remove(key);
            return null;
        }
        return f.blockedUntil != null && now.isBefore(f.blockedUntil) ? f.blockedUntil : null;
    }

    private void fail(Map<String, Failures> table, String key, Rule rule, Instant now) {
        Failures f = table.get(key);
        if (f == null || forgotten(f, rule, now)) {
            if (f == null && table.size() >= maxTracked) {
                makeRoom(table, rule, now);
            }
            f = new Failures();
            table.put(key, f);
        }
        f.count++;
        f.last = now;
        Duration wait = rule.waitAfter(f.count);
        f.blockedUntil = wait.isZero() ? null : now.plus(wait);
    }

    private static boolean forgotten(Failures f, Rule rule, Instant now) {
        return !now.isBefore(f.last.plus(rule.forgetAfter()));
    }

    /** Drops forgotten entries, else the one whose last failure is oldest. */
    private void makeRoom(Map<String, Failures> table, Rule rule, Instant now) {
        table.values().removeIf(f -> forgotten(f, rule, now));
        if (table.size() >= maxTracked) {
            table.entrySet().stream().min(Comparator.comparing(e -> e.getValue().last))
                    .map(Map.Entry::getKey).ifPresent(table::remove);
        }
    }

    /** The account key as logins are looked up: trimmed, lower case, cut to a bounded length. */
    static String accountKey(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return name.length() > MAX_KEY_LENGTH ? name.substring(0, MAX_KEY_LENGTH) : name;
    }

    private static String addressKey(String address) {
        String a = address == null ? "" : address;
        return a.length() > MAX_KEY_LENGTH ? a.substring(0, MAX_KEY_LENGTH) : a;
    }
}
