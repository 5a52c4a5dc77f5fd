package vn.trienkhai.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.NotFoundException;

/** The notification centre: the signed-in person's own notifications, nobody else's. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	private static long me() {
		return CurrentUser.get().accountId();
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("result", notifications.list(me(), page));
		model.addAttribute("unread", notifications.unreadCount(me()));
		model.addAttribute("zone", java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
		return "notification/list";
	}

	/** Marks it read and goes to what it is about (the list, when it links nowhere). */
	@PostMapping("/{id}/open")
	String open(@PathVariable long id) {
		Notification n = notifications.find(me(), id).orElseThrow(() -> new NotFoundException("notification " + id));
		notifications.markRead(me(), id);
		return "redirect:" + (n.link() == null ? "/notifications" : n.link());
	}

	@PostMapping("/{id}/read")
	String read(@PathVariable long id, @RequestParam(defaultValue = "0") int page) {
		if (!notifications.markRead(me(), id)) {
			throw new NotFoundException("notification " + id);
		}
		return "redirect:/notifications?page=" + Math.max(page, 0);
	}

	@PostMapping("/read-all")
	String readAll(RedirectAttributes redirect) {
		int n = notifications.markAllRead(me());
		redirect.addFlashAttribute("flash", "notification.flash.allRead");
		redirect.addFlashAttribute("flashArgs", new Object[] { n });
		return "redirect:/notifications";
	}

}
