package vn.trienkhai.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after sign-in. Feature modules add their dashboards here as they arrive. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

}
