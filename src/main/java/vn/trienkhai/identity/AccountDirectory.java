package vn.trienkhai.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who to tell: the contact details of enabled accounts, read-only, for notifications and reminders. The one
 * way other modules learn about accounts (they never read the account table); it changes nothing.
 */
@Service
public class AccountDirectory {

	/** An account as a recipient: no password, no role details beyond what a message needs. */
	public record Contact(long accountId, String username, String displayName, String email, long orgUnitId) {
	}

	private static final String COLUMNS = "select id, username, display_name, nullif(btrim(email), ''), org_unit_id from account ";

	private final JdbcClient jdbc;

	AccountDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The enabled reporters of an agency, by user name. */
	public List<Contact> reportersOf(long agencyId) {
		return jdbc.sql(COLUMNS + "where enabled and role = 'REPORTER' and agency_id = :a order by lower(username)")
			.param("a", agencyId).query(AccountDirectory::contact).list();
	}

	/** The enabled coordinators placed on exactly this unit (not those above or below it), by user name. */
	public List<Contact> coordinatorsOf(long orgUnitId) {
		return jdbc.sql(COLUMNS + "where enabled and role = 'COORDINATOR' and org_unit_id = :u order by lower(username)")
			.param("u", orgUnitId).query(AccountDirectory::contact).list();
	}

	/** Any account, enabled or not (an old outbox row still names its person). */
	public Optional<Contact> find(long accountId) {
		return jdbc.sql(COLUMNS + "where id = :id").param("id", accountId).query(AccountDirectory::contact).optional();
	}

	private static Contact contact(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Contact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5));
	}

}
