package vn.trienkhai.identity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.trienkhai.platform.Role;

/** An account as stored. The password hash never leaves this module. */
record Account(long id, String username, String displayName, String email, String passwordHash, Role role,
		long orgUnitId, Long agencyId, boolean enabled, boolean mustChangePassword, int failedLogins,
		Instant lockedUntil, Instant lastLoginAt, Instant createdAt, int rowVersion) {

	boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/** What the audit log keeps of an account: everything but the password hash. */
	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("username", username);
		state.put("displayName", displayName);
		state.put("email", email);
		state.put("role", role.name());
		state.put("orgUnitId", orgUnitId);
		state.put("agencyId", agencyId);
		state.put("enabled", enabled);
		return state;
	}

}
