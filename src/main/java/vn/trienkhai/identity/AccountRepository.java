package vn.trienkhai.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.trienkhai.platform.Role;

/** SQL for the account table. */
@Repository
class AccountRepository {

	private static final String COLUMNS = """
			a.id, a.username, a.display_name, a.email, a.password_hash, a.role, a.org_unit_id, a.agency_id, a.enabled,
			a.must_change_password, a.failed_logins, a.locked_until, a.last_login_at, a.created_at, a.row_version
			""";

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Account> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from account a where a.id = ?").param(id).query(this::map).optional();
	}

	Optional<Account> findByUsername(String username) {
		return jdbc.sql("select " + COLUMNS + " from account a where lower(a.username) = lower(?)")
			.param(username)
			.query(this::map)
			.optional();
	}

	boolean anyAdministrator() {
		return jdbc.sql("select exists(select 1 from account where role = 'ADMINISTRATOR')")
			.query(Boolean.class)
			.single();
	}

	long insert(Account a) {
		return jdbc.sql("""
				insert into account (username, display_name, email, password_hash, role, org_unit_id, agency_id,
				                     enabled, must_change_password)
				values (:username, :displayName, :email, :hash, :role, :unit, :agency, :enabled, :mustChange)
				returning id
				""")
			.param("username", a.username())
			.param("displayName", a.displayName())
			.param("email", a.email())
			.param("hash", a.passwordHash())
			.param("role", a.role().name())
			.param("unit", a.orgUnitId())
			.param("agency", a.agencyId())
			.param("enabled", a.enabled())
			.param("mustChange", a.mustChangePassword())
			.query(Long.class)
			.single();
	}

	/** Profile and scope; fails with a conflict when someone else saved the account since it was read. */
	void update(Account a) {
		int rows = jdbc.sql("""
				update account set display_name = :displayName, email = :email, role = :role, org_unit_id = :unit,
				       agency_id = :agency, enabled = :enabled, row_version = row_version + 1
				where id = :id and row_version = :version
				""")
			.param("displayName", a.displayName())
			.param("email", a.email())
			.param("role", a.role().name())
			.param("unit", a.orgUnitId())
			.param("agency", a.agencyId())
			.param("enabled", a.enabled())
			.param("id", a.id())
			.param("version", a.rowVersion())
			.update();
		if (rows == 0) {
			throw new OptimisticLockingFailureException("account " + a.id() + " was changed by someone else");
		}
	}

	void updatePassword(long id, String hash, boolean mustChange) {
		jdbc.sql("""
				update account set password_hash = ?, must_change_password = ?, failed_logins = 0, locked_until = null,
				       row_version = row_version + 1
				where id = ?
				""").params(hash, mustChange, id).update();
	}

	void recordFailure(long id, int failedLogins, Instant lockedUntil) {
		jdbc.sql("update account set failed_logins = ?, locked_until = ? where id = ?")
			.params(failedLogins, lockedUntil == null ? null : Timestamp.from(lockedUntil), id)
			.update();
	}

	void recordSuccess(long id) {
		jdbc.sql("update account set failed_logins = 0, locked_until = null, last_login_at = now() where id = ?")
			.param(id)
			.update();
	}

	void unlock(long id) {
		jdbc.sql("update account set failed_logins = 0, locked_until = null where id = ?").param(id).update();
	}

	// Scoping joins org_unit.path read-only: the administrative tree is the one table every module filters by.
	private static final String SCOPED_FILTER = """
			from account a join org_unit u on u.id = a.org_unit_id
			where u.path <@ (select path from org_unit where id = :scope)
			  and (:q = '' or lower(immutable_unaccent(a.username || ' ' || a.display_name || ' ' || coalesce(a.email, '')))
			                  like '%' || :q || '%')
			  and (:role = '' or a.role = :role)
			""";

	/** Accounts of the scope unit's subtree, filtered by a folded text and a role. */
	List<Account> search(long scopeUnitId, String folded, Role role, int offset, int limit) {
		return jdbc.sql("select " + COLUMNS + SCOPED_FILTER
				+ " order by lower(a.username) offset :offset limit :limit")
			.param("scope", scopeUnitId)
			.param("q", folded)
			.param("role", role == null ? "" : role.name())
			.param("offset", offset)
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	int count(long scopeUnitId, String folded, Role role) {
		return jdbc.sql("select count(*) " + SCOPED_FILTER)
			.param("scope", scopeUnitId)
			.param("q", folded)
			.param("role", role == null ? "" : role.name())
			.query(Integer.class)
			.single();
	}

	private Account map(ResultSet rs, int row) throws SQLException {
		long agencyId = rs.getLong("agency_id");
		Long agency = rs.wasNull() ? null : agencyId;
		return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("email"), rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
				rs.getLong("org_unit_id"), agency, rs.getBoolean("enabled"),
				rs.getBoolean("must_change_password"), rs.getInt("failed_logins"), instant(rs, "locked_until"),
				instant(rs, "last_login_at"), instant(rs, "created_at"), rs.getInt("row_version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant();
	}

}
