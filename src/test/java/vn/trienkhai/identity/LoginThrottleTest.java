package vn.trienkhai.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

	private final MutableClock clock = new MutableClock();

	private final LoginThrottle throttle = new LoginThrottle(
			new SecuritySettings(5, Duration.ofMinutes(15), 3, Duration.ofSeconds(5)), clock);

	@Test
	void firstFailuresAreFreeThenEachAttemptWaitsLongerThenTheNameLocks() {
		throttle.failed("Alice");
		throttle.failed("alice");
		assertThat(throttle.blockedUntil("alice")).isNull();
		throttle.failed("alice ");
		assertThat(throttle.blockedUntil("ALICE")).isEqualTo(clock.instant().plusSeconds(5));
		assertThat(throttle.check("alice").lockout()).isFalse();
		clock.advance(Duration.ofSeconds(5));
		assertThat(throttle.blockedUntil("alice")).isNull();
		assertThat(throttle.failed("alice")).isNull();
		assertThat(throttle.blockedUntil("alice")).isEqualTo(clock.instant().plusSeconds(10));
		clock.advance(Duration.ofSeconds(10));
		Instant locked = throttle.failed("alice");
		assertThat(locked).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
		assertThat(throttle.blockedUntil("alice")).isEqualTo(locked);
		assertThat(throttle.check("alice").lockout()).isTrue();
	}

	@Test
	void theLockEndsAndCountingStartsAgain() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("bob");
		}
		clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		assertThat(throttle.blockedUntil("bob")).isNull();
		assertThat(throttle.failed("bob")).isNull();
		assertThat(throttle.blockedUntil("bob")).isNull();
	}

	@Test
	void successForgetsFailures() {
		throttle.failed("carol");
		throttle.failed("carol");
		throttle.failed("carol");
		throttle.succeeded("carol");
		assertThat(throttle.blockedUntil("carol")).isNull();
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
