package vn.trienkhai;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import vn.trienkhai.platform.Role;
import vn.trienkhai.platform.UserScope;

/**
 * Signed-in users for MockMvc tests that are about a feature, not about logging in:
 * {@code mvc.perform(get("/org-units").with(TestUsers.as(Role.COORDINATOR, unitId)))}.
 */
public final class TestUsers {

	private TestUsers() {
	}

	public record TestUser(long accountId, String username, Role role, long orgUnitId, Long agencyId,
			String displayName, String orgUnitName) implements UserScope {
	}

	public static RequestPostProcessor as(Role role, long orgUnitId) {
		return as(role, orgUnitId, null);
	}

	public static RequestPostProcessor as(Role role, long orgUnitId, Long agencyId) {
		return authentication(authenticationFor(role, orgUnitId, agencyId));
	}

	/** The same for a real account row (pages that read the person's own records, e.g. notifications). */
	public static RequestPostProcessor asAccount(long accountId, Role role, long orgUnitId, Long agencyId) {
		TestUser user = new TestUser(accountId, "test-" + accountId, role, orgUnitId, agencyId, "Test " + accountId,
				"Test unit");
		return authentication(new UsernamePasswordAuthenticationToken(user, null,
				List.of(new SimpleGrantedAuthority(role.authority()))));
	}

	public static Authentication authenticationFor(Role role, long orgUnitId, Long agencyId) {
		TestUser user = new TestUser(-1, "test-" + role.name().toLowerCase(), role, orgUnitId, agencyId,
				"Test " + role.name(), "Test unit");
		return new UsernamePasswordAuthenticationToken(user, null, List.of(new SimpleGrantedAuthority(role.authority())));
	}

}
