package vn.trienkhai.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.trienkhai.platform.InvalidInputException;

/** Every signed-in user changes its own password here; a temporary password leads here first. */
@Controller
class PasswordController {

	static final String VIEW = "identity/password";

	private final AccountAdministration administration;

	PasswordController(AccountAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/account/password")
	String form() {
		return VIEW;
	}

	@PostMapping("/account/password")
	String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String chosen,
			@RequestParam(defaultValue = "") String repeated, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!chosen.equals(repeated)) {
			model.addAttribute("error", "password.error.repeat");
			return VIEW;
		}
		try {
			administration.changeOwnPassword(current, chosen);
		}
		catch (InvalidInputException e) {
			model.addAttribute("error", e.messageKey());
			return VIEW;
		}
		// sign in again with the new password: the session's principal still says "must change"
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		new SecurityContextLogoutHandler().logout(request, response, auth);
		redirect.addAttribute("changed", "");
		return "redirect:/login";
	}

}
