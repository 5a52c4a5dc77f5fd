package vn.trienkhai;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.trienkhai.platform.Role;

/** Real account rows for tests that need one (notifications belong to an account), with unique user names. */
public final class TestAccounts {

	private TestAccounts() {
	}

	/** An enabled account; {@code email} may be null, {@code agencyId} is needed for a reporter. */
	public static long create(JdbcClient jdbc, Role role, long orgUnitId, Long agencyId, String email) {
		String name = "t-" + UUID.randomUUID().toString().substring(0, 12);
		return jdbc.sql("""
				insert into account (username, display_name, email, password_hash, role, org_unit_id, agency_id)
				values (:u, :d, :e, 'x', :r, :unit, :a) returning id
				""").param("u", name).param("d", "Người dùng " + name).param("e", email).param("r", role.name())
			.param("unit", orgUnitId).param("a", agencyId).query(Long.class).single();
	}

}
