package vn.trienkhai.monitoring.remind;

import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.monitoring.Round;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.VietnameseInput;

/**
 * A coordinator's reminders of one round: send them now, or download the reminder letter (công văn đôn đốc)
 * to sign and send on paper. Both only for coordinators and administrators whose scope wholly contains the
 * plan's unit: a reminder speaks for the unit that issued the plan.
 */
@Controller
class RemindController {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	/** The new deadline a letter gives when none is chosen, and the furthest one it may give. */
	static final int DEFAULT_DAYS = 7;

	static final int MAX_DAYS = 90;

	private final vn.trienkhai.monitoring.web.MonitoringAccess access;

	private final Reminders reminders;

	private final ReminderLetter letter;

	RemindController(vn.trienkhai.monitoring.web.MonitoringAccess access, Reminders reminders, ReminderLetter letter) {
		this.access = access;
		this.reminders = reminders;
		this.letter = letter;
	}

	@PostMapping("/rounds/{roundId}/remind")
	String remind(@PathVariable long roundId, RedirectAttributes redirect) {
		writable(roundId);
		Reminders.Result r = reminders.remindNow(roundId, ReportingRounds.today());
		redirect.addFlashAttribute("flash", r.agencies() == 0 ? "remind.flash.none" : "remind.flash.sent");
		redirect.addFlashAttribute("flashArgs", new Object[] { r.agencies(), r.notifications(), r.agenciesWithoutReporters() });
		return "redirect:/rounds/" + roundId;
	}

	/** The letter, with a new deadline typed as 30/6/2026 or 2026-06-30 (a week from today when none). */
	@GetMapping("/rounds/{roundId}/reminder-letter.docx")
	ResponseEntity<byte[]> letter(@PathVariable long roundId, @RequestParam(defaultValue = "") String deadline) {
		Round round = writable(roundId);
		LocalDate today = ReportingRounds.today();
		LocalDate until;
		try {
			until = deadline.isBlank() ? today.plusDays(DEFAULT_DAYS) : VietnameseInput.day(deadline);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("remind.error.deadline");
		}
		if (!until.isAfter(today) || until.isAfter(today.plusDays(MAX_DAYS))) {
			throw new InvalidInputException("remind.error.deadline");
		}
		ReminderLetter.Written docx = letter.write(round, today, until);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(docx.fileName()).build().toString())
			.contentType(MediaType.parseMediaType(DOCX)).body(docx.bytes());
	}

	/** The round, if the user coordinates its plan (the rule of the monitoring pages). */
	private Round writable(long roundId) {
		Round round = access.visibleRound(roundId);
		access.coordinatedPlan(round.planId());
		return round;
	}

}
