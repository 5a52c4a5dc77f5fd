package vn.trienkhai.identity;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import vn.trienkhai.audit.AuditLog;

/**
 * Password sign-in with throttling and lock-out in front of Spring's own check (which spends the same time
 * on unknown user names, so timing does not reveal them). Whether an account is disabled is told only to
 * someone who knows its password.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

	/** No account name is longer; a longer one is refused before it costs memory or a query. */
	static final int MAX_USERNAME_LENGTH = 100;

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
		// check "disabled" only after the password matched, so it is no probe for which accounts exist
		passwords.setPreAuthenticationChecks(user -> {
		});
		passwords.setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("Account disabled");
			}
		});
	}

	@Override
	public Authentication authenticate(Authentication request) {
		String name = request.getName() == null ? "" : request.getName().strip();
		if (name.isEmpty() || name.length() > MAX_USERNAME_LENGTH) {
			throw new BadCredentialsException("Bad credentials");
		}
		Optional<Account> account = accounts.findByUsername(name);
		Instant now = Instant.now();
		if (account.isPresent() && account.get().isLocked(now)) {
			throw new LoginBlockedException(account.get().lockedUntil(), true);
		}
		LoginThrottle.Block block = throttle.begin(name);
		if (block != null) {
			throw new LoginBlockedException(block.until(), block.lockout());
		}
		try {
			Object password = request.getCredentials();
			if (password instanceof String p && p.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > Passwords.MAX_BYTES) {
				// no stored password is this long, and bcrypt refuses to read past 72 bytes
				throw new BadCredentialsException("Bad credentials");
			}
			Authentication result = passwords.authenticate(request);
			throttle.succeeded(name);
			account.ifPresent(a -> accounts.recordSuccess(a.id()));
			return result;
		}
		catch (DisabledException e) {
			throttle.succeeded(name); // the password was right: no guessing to slow down
			throw e;
		}
		catch (AuthenticationException e) {
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
