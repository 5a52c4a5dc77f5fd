package vn.trienkhai.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After a sign-in: an account with a temporary password goes to the change-password page first; a
 * failure goes back to the login page with the reason kept in the session (never in the URL).
 */
@Component
class LoginHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	static final String FAILURE = "trienkhai.loginFailure";

	private final SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		if (authentication.getPrincipal() instanceof AccountPrincipal p && p.mustChangePassword()) {
			response.sendRedirect(request.getContextPath() + "/account/password");
			return;
		}
		saved.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		LoginFailure failure;
		if (exception instanceof LoginBlockedException blocked) {
			failure = new LoginFailure(blocked.isLockout() ? "login.error.locked" : "login.error.throttled",
					blocked.until());
		}
		else if (exception instanceof DisabledException) {
			failure = new LoginFailure("login.error.disabled", null);
		}
		else {
			failure = new LoginFailure("login.error.bad", null);
		}
		request.getSession().setAttribute(FAILURE, failure);
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	record LoginFailure(String messageKey, java.time.Instant until) implements java.io.Serializable {
	}

}
