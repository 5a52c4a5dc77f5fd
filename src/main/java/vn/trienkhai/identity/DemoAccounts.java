package vn.trienkhai.identity;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.agency.Agencies;
import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.platform.Role;
import vn.trienkhai.platform.VietnameseText;

/**
 * Accounts of the demo data ({@code ./trienkhai serve --demo}, setting {@code trienkhai.demo}): the one
 * way another module creates accounts, for the demo loader at start-up only — never from a request, as it
 * checks no caller. A demo account has a fixed password that need not be changed at the first sign-in.
 * The accounts the loader {@link #list lists} are shown on the sign-in page, only while demo mode is on.
 */
@Service
public class DemoAccounts {

	/** A demo account as the sign-in page shows it. */
	public record Listed(String username, String password, Role role, String orgUnitName) {
	}

	private final AccountRepository accounts;

	private final OrgUnits orgUnits;

	private final Agencies agencies;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	/** Demo mode; not final so that a test can switch the sign-in page's list on and off. */
	private boolean enabled;

	private volatile List<Listed> listed = List.of();

	DemoAccounts(AccountRepository accounts, OrgUnits orgUnits, Agencies agencies, PasswordEncoder encoder,
			AuditLog audit, @Value("${trienkhai.demo:false}") boolean enabled) {
		this.accounts = accounts;
		this.orgUnits = orgUnits;
		this.agencies = agencies;
		this.encoder = encoder;
		this.audit = audit;
		this.enabled = enabled;
	}

	/** Whether demo mode is on. */
	public boolean enabled() {
		return enabled;
	}

	/**
	 * Creates the account unless one with this user name exists (then nothing changes, whatever its state).
	 * Audited as "system".
	 *
	 * @param agencyId the reporter's agency, of {@code orgUnitId}; null for the other roles
	 * @param password the fixed demo password; it must follow the password rule
	 * @return whether it was created
	 */
	@Transactional
	public boolean create(String username, String displayName, Role role, long orgUnitId, Long agencyId,
			String password) {
		if (accounts.findByUsername(username).isPresent()) {
			return false;
		}
		OrgUnit unit = orgUnits.get(orgUnitId);
		if (!unit.isCurrent()) {
			throw new IllegalArgumentException("demo account " + username + " on a unit of the old structure");
		}
		if ((role == Role.REPORTER) != (agencyId != null)
				|| (agencyId != null && agencies.get(agencyId).orgUnitId() != orgUnitId)) {
			throw new IllegalArgumentException("demo account " + username + ": a reporter, and only a reporter, "
					+ "has an agency of its own unit");
		}
		String problem = Passwords.problem(password, username);
		if (problem != null) {
			throw new IllegalArgumentException("demo account " + username + ": " + problem);
		}
		Account account = new Account(0, username, VietnameseText.clean(displayName), null, encoder.encode(password),
				role, orgUnitId, agencyId, true, false, 0, null, null, null, 0);
		long id = accounts.insert(account);
		audit.recordAs("system", "CREATE", "account", id, orgUnitId, null, account.auditState());
		return true;
	}

	/** The accounts the sign-in page lists in demo mode (user name, password, role, unit). */
	public void list(List<Listed> accounts) {
		this.listed = List.copyOf(accounts);
	}

	/** What the sign-in page lists: nothing outside demo mode. */
	List<Listed> shown() {
		return enabled ? listed : List.of();
	}

}
