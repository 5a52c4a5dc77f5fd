package vn.trienkhai.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down and then stops password guessing. Failures are counted per user name, whether or not the
 * account exists, so the answers do not reveal which names are real. After {@code throttleAfter} failures
 * each attempt must wait (5 s, 10 s, 20 s …); after {@code maxFailedLogins} the name is locked for
 * {@code lockout}. Real accounts also get the lock written to the database (see
 * {@link ThrottlingAuthenticationProvider}), so a restart does not lift it.
 */
@Component
class LoginThrottle {

	/** Bound on the names remembered, so a flood of random names cannot exhaust memory. */
	private static final int MAX_TRACKED = 20_000;

	private final SecuritySettings settings;

	private final Clock clock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	@Autowired
	LoginThrottle(SecuritySettings settings) {
		this(settings, Clock.systemUTC());
	}

	LoginThrottle(SecuritySettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	record Failures(int count, Instant last, Instant lockedUntil) {
	}

	/** An attempt that must not be evaluated before {@code until}; a lock-out or a wait between attempts. */
	record Block(Instant until, boolean lockout) {
	}

	/** Whether an attempt for this name may be evaluated now: null when it may. */
	Block check(String username) {
		Failures f = failures.get(key(username));
		if (f == null) {
			return null;
		}
		Instant now = clock.instant();
		if (f.lockedUntil() != null) {
			return f.lockedUntil().isAfter(now) ? new Block(f.lockedUntil(), true) : null;
		}
		if (f.count() < settings.throttleAfter()) {
			return null;
		}
		Instant next = f.last().plus(delay(f.count()));
		return next.isAfter(now) ? new Block(next, false) : null;
	}

	/** When the next attempt for this name may be evaluated, or null when it may be now. */
	Instant blockedUntil(String username) {
		Block block = check(username);
		return block == null ? null : block.until();
	}

	/** Counts a failure; returns the lock's end when this failure locked the name, else null. */
	Instant failed(String username) {
		if (failures.size() >= MAX_TRACKED) {
			forgetExpired();
		}
		Instant now = clock.instant();
		Failures updated = failures.compute(key(username), (k, old) -> {
			int count = (old == null || old.lockedUntil() != null && !old.lockedUntil().isAfter(now)) ? 1
					: old.count() + 1;
			Instant locked = count >= settings.maxFailedLogins() ? now.plus(settings.lockout()) : null;
			return new Failures(count, now, locked);
		});
		return updated.lockedUntil();
	}

	void succeeded(String username) {
		failures.remove(key(username));
	}

	/** An administrator unlocked the account. */
	void clear(String username) {
		failures.remove(key(username));
	}

	private Duration delay(int count) {
		int steps = Math.min(count - settings.throttleAfter(), 10);
		return settings.throttleDelay().multipliedBy(1L << steps);
	}

	private void forgetExpired() {
		Instant horizon = clock.instant().minus(settings.lockout());
		failures.values().removeIf(f -> f.last().isBefore(horizon));
		if (failures.size() >= MAX_TRACKED) {
			failures.clear();
		}
	}

	private static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

}
