package vn.trienkhai.platform;

/**
 * Who is asking, as every module needs to know it: the account, its role and its place in the
 * administrative tree. The identity module's principal implements this; other modules read it through
 * {@link CurrentUser} and never depend on identity.
 */
public interface UserScope {

	long accountId();

	String username();

	Role role();

	/** The org unit whose subtree this account sees. */
	long orgUnitId();

	/** The agency a reporter belongs to; null for other roles. */
	Long agencyId();

	/** For the page header. */
	String displayName();

	/** The name of {@link #orgUnitId()}, for the page header. */
	String orgUnitName();

	default boolean is(Role r) {
		return role() == r;
	}

}
