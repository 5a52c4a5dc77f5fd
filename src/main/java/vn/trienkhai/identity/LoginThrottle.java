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
 * Slows down and then stops password guessing. Attempts are counted per user name, whether or not the
 * account exists, so the answers do not reveal which names are real. After {@code throttleAfter} failed
 * attempts each attempt must wait (5 s, 10 s, 20 s …); at {@code maxFailedLogins} the name is locked for
 * {@code lockout}. Real accounts also get the lock written to the database (see
 * {@link ThrottlingAuthenticationProvider}), so a restart does not lift it.
 * <p>
 * An attempt is counted when it begins, before the (slow) password check, and forgiven only when it
 * succeeds: many attempts sent at the same moment therefore cannot slip past the limit together.
 */
@Component
class LoginThrottle {

	/** Bound on the names remembered, so a flood of random names cannot exhaust memory. */
	private static final int MAX_TRACKED = 20_000;

	private final SecuritySettings settings;

	private final Clock clock;

	private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();

	@Autowired
	LoginThrottle(SecuritySettings settings) {
		this(settings, Clock.systemUTC());
	}

	LoginThrottle(SecuritySettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** Attempts since the last success: how many, when the last began, and the lock they caused. */
	private record Attempts(int count, Instant last, Instant lockedUntil) {
	}

	/** An attempt that must not be evaluated before {@code until}; a lock-out or a wait between attempts. */
	record Block(Instant until, boolean lockout) {
	}

	/**
	 * Registers an attempt for this name. Returns null when it may go on to the password check, or the
	 * block that refuses it (a refused attempt is not counted).
	 */
	Block begin(String username) {
		if (attempts.size() >= MAX_TRACKED) {
			forgetExpired();
		}
		Instant now = clock.instant();
		Block[] refused = new Block[1];
		attempts.compute(key(username), (k, old) -> {
			if (old != null && old.lockedUntil() != null) {
				if (old.lockedUntil().isAfter(now)) {
					refused[0] = new Block(old.lockedUntil(), true);
					return old;
				}
				old = null; // the lock is over: count afresh
			}
			if (old != null && old.count() >= settings.throttleAfter()) {
				Instant next = old.last().plus(delay(old.count()));
				if (next.isAfter(now)) {
					refused[0] = new Block(next, false);
					return old;
				}
			}
			int count = old == null ? 1 : old.count() + 1;
			return new Attempts(count, now, count >= settings.maxFailedLogins() ? now.plus(settings.lockout()) : null);
		});
		return refused[0];
	}

	/**
	 * The attempt begun for this name failed. Returns the lock it leaves in force (from the maximum
	 * reached), or null.
	 */
	Instant failed(String username) {
		Attempts a = attempts.get(key(username));
		return a == null ? null : a.lockedUntil();
	}

	void succeeded(String username) {
		attempts.remove(key(username));
	}

	/** An administrator unlocked the account. */
	void clear(String username) {
		attempts.remove(key(username));
	}

	/** When the next attempt for this name may be evaluated, or null when it may be now (no attempt counted). */
	Instant blockedUntil(String username) {
		Attempts a = attempts.get(key(username));
		Instant now = clock.instant();
		if (a == null) {
			return null;
		}
		if (a.lockedUntil() != null) {
			return a.lockedUntil().isAfter(now) ? a.lockedUntil() : null;
		}
		if (a.count() < settings.throttleAfter()) {
			return null;
		}
		Instant next = a.last().plus(delay(a.count()));
		return next.isAfter(now) ? next : null;
	}

	private Duration delay(int count) {
		int steps = Math.min(count - settings.throttleAfter(), 10);
		return settings.throttleDelay().multipliedBy(1L << steps);
	}

	private void forgetExpired() {
		Instant horizon = clock.instant().minus(settings.lockout());
		attempts.values().removeIf(a -> a.last().isBefore(horizon));
		if (attempts.size() >= MAX_TRACKED) {
			attempts.clear();
		}
	}

	private static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

}
