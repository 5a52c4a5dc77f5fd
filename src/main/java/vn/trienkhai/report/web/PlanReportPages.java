package vn.trienkhai.report.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.monitoring.Round;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.platform.VietnameseInput;
import vn.trienkhai.report.ImplementationReports;
import vn.trienkhai.report.ReportSpan;
import vn.trienkhai.report.ReportTexts;

/**
 * A plan's "Reports" page ({@code /plans/{id}/reports}): pick a round or a span of rounds, read the report as
 * it will be printed, correct its texts (coordinators), and download it as DOCX or PDF and the data tables as
 * XLSX or CSV.
 */
@Controller
class PlanReportPages {

	private final ReportAccess access;

	private final ImplementationReports reports;

	private final ReportingRounds rounds;

	PlanReportPages(ReportAccess access, ImplementationReports reports, ReportingRounds rounds) {
		this.access = access;
		this.reports = reports;
		this.rounds = rounds;
	}

	@GetMapping("/plans/{id}/reports")
	String page(@PathVariable long id, @RequestParam(required = false) Long round, @RequestParam(required = false) Long from,
			Model model) {
		Plan plan = access.readablePlan(id);
		List<Round> all = ordered(plan);
		model.addAttribute("plan", plan);
		model.addAttribute("rounds", all);
		if (all.isEmpty()) {
			return "report/reports";
		}
		Long to = round != null ? round : defaultRound(all).id();
		ReportSpan span = reports.span(plan, to, from != null && from.equals(to) ? null : from);
		show(model, plan, span, null);
		return "report/reports";
	}

	/**
	 * @param typed what the person typed (after a refused save), shown in the form instead of the saved texts;
	 * the preview is always the report as it would be generated now
	 */
	private void show(Model model, Plan plan, ReportSpan span, ReportTexts typed) {
		ImplementationReports.Preview preview = reports.preview(span);
		ReportTexts texts = typed != null ? typed : preview.texts();
		model.addAttribute("plan", plan);
		model.addAttribute("rounds", ordered(plan));
		model.addAttribute("span", span);
		model.addAttribute("texts", texts);
		model.addAttribute("dateText", texts.date() == null ? "" : texts.date().getDayOfMonth() + "/"
				+ texts.date().getMonthValue() + "/" + texts.date().getYear());
		model.addAttribute("mayEdit", access.edits(plan));
		model.addAttribute("report", preview.report());
		model.addAttribute("spanQuery", span.isSingle() ? "" : "?from=" + span.first().id());
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
		}
	}

	/** The rounds in due order, as a span is made of them. */
	private List<Round> ordered(Plan plan) {
		return rounds.ofPlan(plan.id()).stream().sorted(ReportSpan.DUE_ORDER).toList();
	}

	/** The last round already due, else the first: the report an officer is most likely writing. */
	private static Round defaultRound(List<Round> all) {
		LocalDate today = ReportingRounds.today();
		Round pick = all.get(0);
		for (Round r : all) {
			if (!r.periodStart().isAfter(today)) {
				pick = r;
			}
			if (r.dueOn().isAfter(today)) {
				break;
			}
		}
		return pick;
	}

	@PostMapping("/plans/{id}/reports/texts")
	String save(@PathVariable long id, @RequestParam long round, @RequestParam(required = false) Long from,
			@RequestParam Map<String, String> form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Plan plan = access.editablePlan(id);
		ReportSpan span = reports.span(plan, round, from);
		Map<String, ReportTexts.Problem> problems = new LinkedHashMap<>();
		LocalDate date = null;
		try {
			date = VietnameseInput.day(form.get("date"));
		}
		catch (IllegalArgumentException e) {
			problems.put("date", new ReportTexts.Problem("date", "report.error.date"));
		}
		int rowVersion = parseVersion(form.get("rowVersion"));
		ReportTexts texts = new ReportTexts(form.getOrDefault("number", ""), form.getOrDefault("place", ""), date,
				form.getOrDefault("leadership", ""), form.getOrDefault("shortcomings", ""), form.getOrDefault("proposals", ""),
				form.getOrDefault("recipients", ""), form.getOrDefault("signerAuthority", ""),
				form.getOrDefault("signerTitle", ""), form.getOrDefault("signerName", ""), rowVersion);
		for (ReportTexts.Problem p : reports.check(texts)) {
			problems.putIfAbsent(p.field(), p);
		}
		if (!problems.isEmpty()) {
			// nothing is saved: the page shows what the person typed, with each problem beside its field
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("problems", problems);
			model.addAttribute("errorKey", "report.error.invalid");
			show(model, plan, span, texts);
			model.addAttribute("dateText", form.getOrDefault("date", ""));
			return "report/reports";
		}
		try {
			reports.save(span, texts, rowVersion);
		}
		catch (OptimisticLockingFailureException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("errorKey", "report.error.conflict");
			ReportTexts now = reports.texts(span);
			show(model, plan, span, new ReportTexts(texts.number(), texts.place(), texts.date(), texts.leadership(),
					texts.shortcomings(), texts.proposals(), texts.recipients(), texts.signerAuthority(), texts.signerTitle(),
					texts.signerName(), now.rowVersion()));
			return "report/reports";
		}
		redirect.addFlashAttribute("flash", "report.flash.saved");
		return redirectTo(id, span);
	}

	@PostMapping("/plans/{id}/reports/reset")
	String reset(@PathVariable long id, @RequestParam long round, @RequestParam(required = false) Long from,
			RedirectAttributes redirect) {
		Plan plan = access.editablePlan(id);
		ReportSpan span = reports.span(plan, round, from);
		reports.reset(span);
		redirect.addFlashAttribute("flash", "report.flash.reset");
		return redirectTo(id, span);
	}

	private static String redirectTo(long planId, ReportSpan span) {
		return "redirect:/plans/" + planId + "/reports?round=" + span.last().id()
				+ (span.isSingle() ? "" : "&from=" + span.first().id());
	}

	private static int parseVersion(String v) {
		try {
			return v == null || v.isBlank() ? -1 : Integer.parseInt(v.strip());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

}
