package vn.trienkhai.registry.shared;

import java.util.ArrayList;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.trienkhai.platform.Role;
import vn.trienkhai.platform.UserScope;

/**
 * The user a registry benchmark acts as (no account behind it): a role in a unit, so searches and imports
 * see the scope a real officer of that unit would.
 */
public record BenchUser(Role role, long orgUnitId) implements UserScope {

	/** Signs the current thread in as this user. */
	public static void signIn(Role role, long orgUnitId) {
		SecurityContextHolder.getContext().setAuthentication(
				new UsernamePasswordAuthenticationToken(new BenchUser(role, orgUnitId), null, new ArrayList<>()));
	}

	@Override
	public long accountId() {
		return -1;
	}

	@Override
	public String username() {
		return "bench";
	}

	@Override
	public Long agencyId() {
		return null;
	}

	@Override
	public String displayName() {
		return "Bench";
	}

	@Override
	public String orgUnitName() {
		return "Bench";
	}

}
