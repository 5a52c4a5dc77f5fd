package vn.trienkhai.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.NotFoundException;

/**
 * The outbox for administrators (/admin needs that role): the digest mails of the accounts of their subtree,
 * newest first, by status; a mail not sent is retried (a missing address read again from the account).
 */
@Controller
@RequestMapping("/admin/outbox")
class OutboxController {

	static final int PAGE_SIZE = 50;

	private static final String SCOPE = """
			from outbox_mail o join org_unit u on u.id = o.org_unit_id
			where u.path <@ (select path from org_unit where id = :scope) and (:status = '' or o.status = :status)
			""";

	/** A row of the list. */
	record Mail(long id, String recipient, String recipientName, String subject, String body, LocalDate createdFor,
			String status, int attempts, String lastError, Instant sentAt) {
	}

	private final JdbcClient jdbc;

	private final Outbox outbox;

	OutboxController(JdbcClient jdbc, Outbox outbox) {
		this.jdbc = jdbc;
		this.outbox = outbox;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "0") int page, Model model) {
		String wanted = status.strip();
		if (!wanted.isEmpty() && !Outbox.STATUSES.contains(wanted)) {
			throw new InvalidInputException("notification.error.outbox.status");
		}
		Map<String, Object> params = new HashMap<>();
		params.put("scope", CurrentUser.get().orgUnitId());
		params.put("status", wanted);
		int total = jdbc.sql("select count(*) " + SCOPE).params(params).query(Integer.class).single();
		int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 0), pages - 1);
		params.put("offset", current * PAGE_SIZE);
		List<Mail> mails = jdbc.sql("""
				select o.id, o.recipient, o.recipient_name, o.subject, o.body, o.created_for, o.status, o.attempts,
				       o.last_error, o.sent_at
				""" + SCOPE + " order by o.created_for desc, o.id desc offset :offset limit " + PAGE_SIZE)
			.params(params)
			.query((rs, n) -> new Mail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getObject(6, LocalDate.class), rs.getString(7), rs.getInt(8), rs.getString(9),
					rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant()))
			.list();
		model.addAttribute("mails", mails);
		model.addAttribute("total", total);
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("status", wanted);
		model.addAttribute("statuses", Outbox.STATUSES);
		model.addAttribute("canSend", outbox.canSend());
		model.addAttribute("zone", Outbox.VIETNAM);
		model.addAttribute("url", "/admin/outbox?status=" + wanted);
		return "notification/outbox";
	}

	/** Puts a mail back in the queue (and sends it now when a server is configured). A sent mail stays sent. */
	@PostMapping("/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		String status = outbox.requeue(id, CurrentUser.get().orgUnitId())
			.orElseThrow(() -> new NotFoundException("outbox mail " + id));
		String flash = "NO_ADDRESS".equals(status) ? "notification.flash.outbox.noAddress"
				: outbox.sendOne(id) ? "notification.flash.outbox.sent" : "notification.flash.outbox.queued";
		redirect.addFlashAttribute("flash", flash);
		return "redirect:/admin/outbox";
	}

}
