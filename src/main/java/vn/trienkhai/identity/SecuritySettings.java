package vn.trienkhai.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in policy.
 *
 * @param maxFailedLogins failed attempts in a row that lock an account (or a user name that does not
 * exist, so nobody can tell the two apart)
 * @param lockout how long the lock lasts
 * @param throttleAfter failed attempts after which each further attempt must wait, doubling each time
 * @param throttleDelay the first wait
 */
@ConfigurationProperties("trienkhai.security")
record SecuritySettings(int maxFailedLogins, Duration lockout, int throttleAfter, Duration throttleDelay) {

	SecuritySettings {
		maxFailedLogins = maxFailedLogins <= 0 ? 5 : maxFailedLogins;
		lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
		throttleAfter = throttleAfter <= 0 ? 3 : throttleAfter;
		throttleDelay = throttleDelay == null ? Duration.ofSeconds(5) : throttleDelay;
	}

}
