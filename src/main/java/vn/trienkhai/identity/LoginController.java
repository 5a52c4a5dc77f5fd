package vn.trienkhai.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.trienkhai.platform.CurrentUser;

@Controller
class LoginController {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final DemoAccounts demo;

	LoginController(DemoAccounts demo) {
		this.demo = demo;
	}

	@GetMapping("/login")
	String login(HttpSession session, Model model) {
		if (CurrentUser.find().isPresent()) {
			return "redirect:/";
		}
		Object failure = session.getAttribute(LoginHandlers.FAILURE);
		if (failure instanceof LoginHandlers.LoginFailure f) {
			session.removeAttribute(LoginHandlers.FAILURE);
			model.addAttribute("loginError", f.messageKey());
			Object[] args = {};
			if (f.until() != null) {
				// {0} seconds to wait, {1} the time the lock ends
				long seconds = Math.max(1, Duration.between(Instant.now(), f.until()).toSeconds());
				args = new Object[] { seconds, DateTimeFormatter.ofPattern("HH:mm").format(f.until().atZone(VIETNAM)) };
			}
			model.addAttribute("loginErrorArgs", args);
		}
		// demo mode only: the demo accounts and their passwords, so that a first-time user can look around
		model.addAttribute("demoAccounts", demo.shown());
		return "identity/login";
	}

}
