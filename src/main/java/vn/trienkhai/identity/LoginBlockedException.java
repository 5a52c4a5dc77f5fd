package vn.trienkhai.identity;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** Too many failed sign-ins: the next attempt is possible only at {@link #until()}. */
class LoginBlockedException extends LockedException {

	private final transient Instant until;

	private final boolean lockout;

	LoginBlockedException(Instant until, boolean lockout) {
		super("Sign-in blocked until " + until);
		this.until = until;
		this.lockout = lockout;
	}

	Instant until() {
		return until;
	}

	/** true for the lock-out after the maximum failures, false for the wait between attempts before it */
	boolean isLockout() {
		return lockout;
	}

}
