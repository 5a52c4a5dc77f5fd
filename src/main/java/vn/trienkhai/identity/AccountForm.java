package vn.trienkhai.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.trienkhai.platform.Role;

/** What an administrator fills in to create or re-scope an account. */
class AccountForm {

	@NotBlank(message = "{account.username.required}")
	@Pattern(regexp = "[A-Za-z0-9._-]{3,50}", message = "{account.username.pattern}")
	private String username;

	@NotBlank(message = "{account.displayName.required}")
	@Size(max = 200, message = "{account.displayName.size}")
	private String displayName;

	@Email(message = "{account.email.invalid}")
	@Size(max = 200, message = "{account.email.invalid}")
	private String email;

	@NotNull(message = "{account.role.required}")
	private Role role;

	@NotNull(message = "{account.orgUnit.required}")
	private Long orgUnitId;

	private Long agencyId;

	private boolean enabled = true;

	private int rowVersion;

	static AccountForm of(Account a) {
		AccountForm f = new AccountForm();
		f.username = a.username();
		f.displayName = a.displayName();
		f.email = a.email();
		f.role = a.role();
		f.orgUnitId = a.orgUnitId();
		f.agencyId = a.agencyId();
		f.enabled = a.enabled();
		f.rowVersion = a.rowVersion();
		return f;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username == null ? null : username.strip();
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null || email.isBlank() ? null : email.strip();
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getOrgUnitId() {
		return orgUnitId;
	}

	public void setOrgUnitId(Long orgUnitId) {
		this.orgUnitId = orgUnitId;
	}

	public Long getAgencyId() {
		return agencyId;
	}

	public void setAgencyId(Long agencyId) {
		this.agencyId = agencyId;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public int getRowVersion() {
		return rowVersion;
	}

	public void setRowVersion(int rowVersion) {
		this.rowVersion = rowVersion;
	}

}
