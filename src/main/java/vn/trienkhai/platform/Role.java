package vn.trienkhai.platform;

/** The roles of DOMAIN.md. What each may write is decided by the module that owns the data. */
public enum Role {

	/** System operator: org units, accounts, settings. */
	ADMINISTRATOR,
	/** Focal agency officer: imports and edits plans, assigns, opens rounds, approves, reminds. */
	COORDINATOR,
	/** Officer of an assigned agency: updates its own tasks and indicator values. */
	REPORTER,
	/** HĐND, Ủy ban MTTQ, party committee: reads everything in scope, comments, changes nothing. */
	OVERSEER;

	/** The Spring Security authority name ("ROLE_COORDINATOR"). */
	public String authority() {
		return "ROLE_" + name();
	}

}
