package vn.trienkhai.identity;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import vn.trienkhai.orgunit.OrgUnits;

/** Loads the account behind a user name for sign-in, with the name of its org unit for the page header. */
@Service
class AccountDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final OrgUnits orgUnits;

	AccountDetailsService(AccountRepository accounts, OrgUnits orgUnits) {
		this.accounts = accounts;
		this.orgUnits = orgUnits;
	}

	@Override
	public AccountPrincipal loadUserByUsername(String username) {
		return accounts.findByUsername(username == null ? "" : username.strip())
			.map(this::principal)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	AccountPrincipal principal(Account account) {
		return new AccountPrincipal(account, orgUnits.qualifiedName(account.orgUnitId()));
	}

}
