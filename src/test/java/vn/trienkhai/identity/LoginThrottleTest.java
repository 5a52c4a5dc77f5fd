package vn.trienkhai.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

	private final MutableClock clock = new MutableClock();

	private final LoginThrottle throttle = new LoginThrottle(
			new SecuritySettings(5, Duration.ofMinutes(15), 3, Duration.ofSeconds(5)), clock);

	/** One failed sign-in attempt; returns the block when the attempt was refused before the password check. */
	private LoginThrottle.Block fail(String name) {
		LoginThrottle.Block block = throttle.begin(name);
		if (block == null) {
			throttle.failed(name);
		}
		return block;
	}

	@Test
	void firstFailuresAreFreeThenEachAttemptWaitsLongerThenTheNameLocks() {
		assertThat(fail("Alice")).isNull();
		assertThat(fail("alice")).isNull();
		assertThat(throttle.blockedUntil("alice")).isNull();
		assertThat(fail("alice ")).isNull();
		assertThat(throttle.blockedUntil("ALICE")).isEqualTo(clock.instant().plusSeconds(5));
		LoginThrottle.Block wait = fail("alice");
		assertThat(wait.lockout()).isFalse();
		assertThat(wait.until()).isEqualTo(clock.instant().plusSeconds(5));
		clock.advance(Duration.ofSeconds(5));
		assertThat(fail("alice")).isNull();
		assertThat(throttle.blockedUntil("alice")).isEqualTo(clock.instant().plusSeconds(10));
		clock.advance(Duration.ofSeconds(10));
		assertThat(throttle.begin("alice")).isNull();
		Instant locked = throttle.failed("alice");
		assertThat(locked).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
		LoginThrottle.Block lock = throttle.begin("alice");
		assertThat(lock.lockout()).isTrue();
		assertThat(lock.until()).isEqualTo(locked);
	}

	@Test
	void theLockEndsAndCountingStartsAgain() {
		for (int i = 0; i < 5; i++) {
			fail("bob");
			clock.advance(Duration.ofMinutes(1));
		}
		assertThat(throttle.begin("bob").lockout()).isTrue();
		clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		assertThat(throttle.blockedUntil("bob")).isNull();
		assertThat(fail("bob")).isNull();
		assertThat(throttle.blockedUntil("bob")).isNull();
	}

	@Test
	void aSuccessForgivesTheAttempts() {
		fail("carol");
		fail("carol");
		throttle.begin("carol");
		throttle.succeeded("carol");
		assertThat(throttle.blockedUntil("carol")).isNull();
	}

	@Test
	void attemptsSentTogetherCannotPassTheLimitTogether() throws Exception {
		LoginThrottle noWaits = new LoginThrottle(new SecuritySettings(5, Duration.ofMinutes(15), 5, Duration.ZERO),
				clock);
		AtomicInteger evaluated = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		for (int i = 0; i < 200; i++) {
			pool.submit(() -> {
				if (noWaits.begin("dave") == null) {
					evaluated.incrementAndGet();
				}
			});
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		assertThat(evaluated.get()).isEqualTo(5);
	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-11-22T08:00:00Z");

		void advance(Duration d) {
			now = now.plus(d);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
