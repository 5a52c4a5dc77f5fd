package vn.trienkhai.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current request. */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<UserScope> find() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof UserScope scope) {
			return Optional.of(scope);
		}
		return Optional.empty();
	}

	/** The signed-in user; fails when there is none (a page that needs one is never public). */
	public static UserScope get() {
		return find().orElseThrow(() -> new IllegalStateException("No signed-in user in this request"));
	}

	/** For the audit log: the username, or "system" for start-up jobs. */
	public static String actorName() {
		return find().map(UserScope::username).orElse("system");
	}

}
