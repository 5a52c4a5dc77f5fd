package vn.trienkhai.identity;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.agency.Agencies;
import vn.trienkhai.agency.Agency;
import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.NotFoundException;
import vn.trienkhai.platform.OutOfScopeException;
import vn.trienkhai.platform.Role;
import vn.trienkhai.platform.UserScope;
import vn.trienkhai.platform.VietnameseText;

/**
 * What administrators do with accounts: create, re-scope, disable, reset passwords, unlock. An
 * administrator acts only on accounts of its own subtree and only places accounts there. A change of
 * scope, role or status ends the account's open sessions, so it takes effect at once.
 */
@Service
class AccountAdministration {

	static final int PAGE_SIZE = 25;

	private final AccountRepository accounts;

	private final OrgUnits orgUnits;

	private final Agencies agencies;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final SessionRegistry sessions;

	private final LoginThrottle throttle;

	AccountAdministration(AccountRepository accounts, OrgUnits orgUnits, Agencies agencies, PasswordEncoder encoder,
			AuditLog audit, SessionRegistry sessions, LoginThrottle throttle) {
		this.accounts = accounts;
		this.orgUnits = orgUnits;
		this.agencies = agencies;
		this.encoder = encoder;
		this.audit = audit;
		this.sessions = sessions;
		this.throttle = throttle;
	}

	record Page(List<Account> accounts, int page, int pages, int total) {
	}

	Page search(String query, Role role, int page) {
		long scope = CurrentUser.get().orgUnitId();
		String folded = VietnameseText.fold(query);
		int total = accounts.count(scope, folded, role);
		int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 0), pages - 1);
		return new Page(accounts.search(scope, folded, role, current * PAGE_SIZE, PAGE_SIZE), current, pages, total);
	}

	/** An account the signed-in administrator may manage; others are reported as not found. */
	Account get(long id) {
		Account account = accounts.findById(id).orElseThrow(() -> new NotFoundException("account " + id));
		if (!orgUnits.isWhollyWithin(account.orgUnitId(), CurrentUser.get().orgUnitId())) {
			throw new OutOfScopeException("account " + id);
		}
		return account;
	}

	/** Creates the account with a temporary password, which is returned to be shown once. */
	@Transactional
	CreatedAccount create(AccountForm form) {
		checkPlacement(form);
		if (accounts.findByUsername(form.getUsername()).isPresent()) {
			throw new InvalidInputException("account.username.taken", form.getUsername());
		}
		String password = Passwords.temporary();
		Account account = new Account(0, form.getUsername(), VietnameseText.clean(form.getDisplayName()),
				form.getEmail(), encoder.encode(password), form.getRole(), form.getOrgUnitId(), agencyFor(form), true,
				true, 0, null, null, null, 0);
		long id;
		try {
			id = accounts.insert(account);
		}
		catch (DuplicateKeyException e) {
			// taken by a request that ran at the same moment, after the check above
			throw new InvalidInputException("account.username.taken", form.getUsername());
		}
		audit.record("CREATE", "account", id, account.orgUnitId(), null, account.auditState());
		return new CreatedAccount(id, password);
	}

	record CreatedAccount(long id, String temporaryPassword) {
	}

	@Transactional
	void update(long id, AccountForm form) {
		Account before = get(id);
		checkPlacement(form);
		UserScope me = CurrentUser.get();
		if (me.accountId() == id && (!form.isEnabled() || form.getRole() != before.role()
				|| !form.getOrgUnitId().equals(before.orgUnitId()))) {
			// an administrator cannot lock itself out or shrink its own scope
			throw new InvalidInputException("account.error.self");
		}
		Account after = new Account(id, before.username(), VietnameseText.clean(form.getDisplayName()),
				form.getEmail(), before.passwordHash(), form.getRole(), form.getOrgUnitId(), agencyFor(form),
				form.isEnabled(), before.mustChangePassword(), before.failedLogins(), before.lockedUntil(),
				before.lastLoginAt(), before.createdAt(), form.getRowVersion());
		accounts.update(after);
		audit.record("UPDATE", "account", id, after.orgUnitId(), before.auditState(), after.auditState());
		if (before.role() != after.role() || before.orgUnitId() != after.orgUnitId()
				|| !java.util.Objects.equals(before.agencyId(), after.agencyId()) || !after.enabled()) {
			endSessions(id);
		}
	}

	@Transactional
	String resetPassword(long id) {
		Account account = get(id);
		String password = Passwords.temporary();
		accounts.updatePassword(id, encoder.encode(password), true);
		throttle.clear(account.username());
		audit.record("RESET_PASSWORD", "account", id, account.orgUnitId(), null, null);
		endSessions(id);
		return password;
	}

	@Transactional
	void unlock(long id) {
		Account account = get(id);
		accounts.unlock(id);
		throttle.clear(account.username());
		audit.record("UNLOCK", "account", id, account.orgUnitId(), null, null);
	}

	/** The signed-in user changes its own password. */
	@Transactional
	void changeOwnPassword(String current, String chosen) {
		UserScope me = CurrentUser.get();
		Account account = accounts.findById(me.accountId()).orElseThrow(() -> new NotFoundException("account"));
		if (!encoder.matches(current, account.passwordHash())) {
			throw new InvalidInputException("password.error.current");
		}
		String problem = Passwords.problem(chosen, account.username());
		if (problem != null) {
			throw new InvalidInputException(problem);
		}
		if (encoder.matches(chosen, account.passwordHash())) {
			throw new InvalidInputException("password.error.same");
		}
		accounts.updatePassword(account.id(), encoder.encode(chosen), false);
		audit.record("CHANGE_PASSWORD", "account", account.id(), account.orgUnitId(), null, null);
		// a session opened with the old password (perhaps by someone else) ends now
		endSessions(account.id());
	}

	private void checkPlacement(AccountForm form) {
		long scope = CurrentUser.get().orgUnitId();
		OrgUnit unit = orgUnits.findById(form.getOrgUnitId())
			.orElseThrow(() -> new InvalidInputException("account.orgUnit.required"));
		if (!unit.isCurrent()) {
			// an account sees its unit's subtree; a unit of the old structure has no current subtree to see
			throw new InvalidInputException("account.orgUnit.notCurrent");
		}
		if (!orgUnits.isWhollyWithin(unit.id(), scope)) {
			throw new InvalidInputException("account.orgUnit.outOfScope");
		}
		if (form.getRole() == Role.REPORTER && form.getAgencyId() == null) {
			throw new InvalidInputException("account.agency.required");
		}
	}

	private Long agencyFor(AccountForm form) {
		if (form.getAgencyId() == null) {
			return null;
		}
		Agency agency = agencies.findById(form.getAgencyId())
			.filter(a -> a.orgUnitId() == form.getOrgUnitId())
			.orElseThrow(() -> new InvalidInputException("account.agency.notInUnit"));
		return agency.id();
	}

	private void endSessions(long accountId) {
		for (Object principal : sessions.getAllPrincipals()) {
			if (principal instanceof AccountPrincipal p && p.accountId() == accountId) {
				sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
			}
		}
	}

}
