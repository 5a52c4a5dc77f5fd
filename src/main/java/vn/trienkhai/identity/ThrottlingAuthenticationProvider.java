package vn.trienkhai.identity;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;

import vn.trienkhai.audit.AuditLog;

/**
 * Password sign-in with throttling and lock-out in front of Spring's own check (which also spends the same
 * time on unknown user names, so timing does not reveal them).
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final AccountRepository accounts;

	private final AuditLog audit;

	ThrottlingAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle,
			AccountRepository accounts, AuditLog audit) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.accounts = accounts;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication request) {
		String name = request.getName() == null ? "" : request.getName().strip();
		LoginThrottle.Block block = throttle.check(name);
		if (block != null) {
			throw new LoginBlockedException(block.until(), block.lockout());
		}
		Optional<Account> account = accounts.findByUsername(name);
		Instant now = Instant.now();
		if (account.isPresent() && account.get().isLocked(now)) {
			throw new LoginBlockedException(account.get().lockedUntil(), true);
		}
		try {
			Authentication result = passwords.authenticate(request);
			throttle.succeeded(name);
			account.ifPresent(a -> accounts.recordSuccess(a.id()));
			return result;
		}
		catch (BadCredentialsException e) {
			Instant lockedUntil = throttle.failed(name);
			account.ifPresent(a -> {
				accounts.recordFailure(a.id(), a.failedLogins() + 1, lockedUntil);
				audit.recordAs(a.username(), lockedUntil != null ? "LOCKED" : "LOGIN_FAILED", "account", a.id(),
						a.orgUnitId(), null, lockedUntil != null ? Map.of("lockedUntil", lockedUntil.toString()) : null);
			});
			if (lockedUntil != null) {
				throw new LoginBlockedException(lockedUntil, true);
			}
			throw e;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
