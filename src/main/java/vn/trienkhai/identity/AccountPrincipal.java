package vn.trienkhai.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.trienkhai.platform.Role;
import vn.trienkhai.platform.UserScope;

/**
 * The signed-in account as Spring Security and the other modules see it. Public only because templates
 * read it reflectively ({@code #authentication.principal.displayName}); other modules use
 * {@link UserScope}.
 */
public final class AccountPrincipal implements UserDetails, UserScope, CredentialsContainer {

	private final long accountId;

	private final String username;

	private String passwordHash;

	private final Role role;

	private final long orgUnitId;

	private final Long agencyId;

	private final String displayName;

	private final String orgUnitName;

	private final boolean enabled;

	private final boolean mustChangePassword;

	AccountPrincipal(Account account, String orgUnitName) {
		this.accountId = account.id();
		this.username = account.username();
		this.passwordHash = account.passwordHash();
		this.role = account.role();
		this.orgUnitId = account.orgUnitId();
		this.agencyId = account.agencyId();
		this.displayName = account.displayName();
		this.orgUnitName = orgUnitName;
		this.enabled = account.enabled();
		this.mustChangePassword = account.mustChangePassword();
	}

	@Override
	public long accountId() {
		return accountId;
	}

	@Override
	public String username() {
		return username;
	}

	@Override
	public Role role() {
		return role;
	}

	/** For templates (SpEL reads bean-style getters and record-style accessors alike). */
	public Role getRole() {
		return role;
	}

	@Override
	public long orgUnitId() {
		return orgUnitId;
	}

	@Override
	public Long agencyId() {
		return agencyId;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	public String getDisplayName() {
		return displayName;
	}

	@Override
	public String orgUnitName() {
		return orgUnitName;
	}

	public String getOrgUnitName() {
		return orgUnitName;
	}

	boolean mustChangePassword() {
		return mustChangePassword;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	// Sessions are looked up by principal; two principals of one account are the same user.
	@Override
	public boolean equals(Object o) {
		return o instanceof AccountPrincipal other && other.accountId == accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId);
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + username + "]";
	}

}
