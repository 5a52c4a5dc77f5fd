package vn.trienkhai.monitoring.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.trienkhai.agency.Agencies;
import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.monitoring.EvidenceFiles;
import vn.trienkhai.monitoring.InvalidReportException;
import vn.trienkhai.monitoring.ProgressReport;
import vn.trienkhai.monitoring.ProgressReports;
import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.monitoring.Round;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.platform.InvalidInputException;

/**
 * One progress report ({@code /reports/{id}}): the agency's reporter fills it (tasks, indicator values,
 * prose), saves and submits it; the coordinator returns it with a comment, approves it, or reopens an
 * approved one with a reason. A broken rule comes back beside its field with the person's own text; nothing
 * is half-saved; a stale save keeps the person's text and says someone saved in between.
 */
@Controller
class ReportPages {

	private final MonitoringAccess access;

	private final ProgressReports reports;

	private final ReportingRounds rounds;

	private final Agencies agencies;

	private final AuditLog audit;

	private final EvidenceFiles evidence;

	private final vn.trienkhai.monitoring.RegistryFigures registry;

	ReportPages(MonitoringAccess access, ProgressReports reports, ReportingRounds rounds, Agencies agencies, AuditLog audit,
			EvidenceFiles evidence, vn.trienkhai.monitoring.RegistryFigures registry) {
		this.registry = registry;
		this.evidence = evidence;
		this.access = access;
		this.reports = reports;
		this.rounds = rounds;
		this.agencies = agencies;
		this.audit = audit;
	}

	@GetMapping("/reports/{id}")
	String show(@PathVariable long id, Model model) {
		ProgressReport report = access.readableReport(id);
		return page(report, ReportForm.of(report, reports.taskLines(report), reports.valueLines(report)), Map.of(), model);
	}

	@PostMapping("/reports/{id}")
	String save(@PathVariable long id, ReportForm form, @RequestParam(defaultValue = "save") String action, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		ProgressReport report = access.writableReport(id);
		if (form.getRowVersion() == null) {
			throw new InvalidInputException("monitoring.error.rowVersion");
		}
		Map<String, InvalidReportException.Problem> problems = new LinkedHashMap<>();
		ProgressReports.Content content = read(form, problems);
		if (!problems.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(report, form, problems, model);
		}
		try {
			if ("submit".equals(action)) {
				reports.submit(id, content, form.getRowVersion());
				redirect.addFlashAttribute("flash", "monitoring.flash.submitted");
			}
			else {
				reports.save(id, content, form.getRowVersion());
				redirect.addFlashAttribute("flash", "monitoring.flash.saved");
			}
		}
		catch (InvalidReportException e) {
			e.problems().forEach(p -> problems.put(p.field(), p));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(report, form, problems, model);
		}
		catch (InvalidInputException e) {
			model.addAttribute("errorKey", e.messageKey());
			model.addAttribute("errorArgs", e.args());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(reports.get(id), form, problems, model);
		}
		catch (OptimisticLockingFailureException e) {
			ProgressReport now = reports.get(id);
			form.setRowVersion(now.rowVersion());
			model.addAttribute("errorKey", "monitoring.error.conflict");
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page(now, form, problems, model);
		}
		return "redirect:/reports/" + id;
	}

	/** The typed form as content; what cannot be read goes into problems, keyed by field. */
	static ProgressReports.Content read(ReportForm form, Map<String, InvalidReportException.Problem> problems) {
		List<ProgressReport.TaskEntry> tasks = new ArrayList<>();
		for (int i = 0; i < form.getTasks().size(); i++) {
			ReportForm.TaskRow r = form.getTasks().get(i);
			if (r.getTaskId() == null) {
				continue;
			}
			String field = "tasks[" + i + "].";
			Integer percent = null;
			java.time.LocalDate done = null;
			try {
				percent = Inputs.percent(r.getPercentDone());
			}
			catch (InvalidInputException e) {
				problems.put(field + "percentDone", new InvalidReportException.Problem(field + "percentDone", e.messageKey(), e.args()));
			}
			try {
				done = Inputs.day(r.getCompletedOn());
			}
			catch (InvalidInputException e) {
				problems.put(field + "completedOn", new InvalidReportException.Problem(field + "completedOn", e.messageKey(), e.args()));
			}
			tasks.add(new ProgressReport.TaskEntry(r.getTaskId(), r.getProgress(), percent, done, r.getResults(),
					r.getDifficulties(), r.getProposals()));
		}
		List<ProgressReport.ValueEntry> values = new ArrayList<>();
		for (int i = 0; i < form.getValues().size(); i++) {
			ReportForm.ValueRow r = form.getValues().get(i);
			if (r.getIndicatorId() == null) {
				continue;
			}
			String field = "values[" + i + "].value";
			try {
				values.add(new ProgressReport.ValueEntry(r.getIndicatorId(), Inputs.number(r.getValue()), r.getSourceNote()));
			}
			catch (InvalidInputException e) {
				problems.put(field, new InvalidReportException.Problem(field, e.messageKey(), e.args()));
			}
		}
		return new ProgressReports.Content(form.getSummary(), form.getDifficulties(), form.getProposals(), tasks, values);
	}

	@PostMapping("/reports/{id}/return")
	String returnToAgency(@PathVariable long id, @RequestParam String comment, @RequestParam int rowVersion,
			RedirectAttributes redirect) {
		decider(id);
		return decide(id, redirect, "monitoring.flash.returned", () -> reports.returnToAgency(id, comment, rowVersion));
	}

	@PostMapping("/reports/{id}/approve")
	String approve(@PathVariable long id, @RequestParam int rowVersion, RedirectAttributes redirect) {
		decider(id);
		return decide(id, redirect, "monitoring.flash.approved", () -> reports.approve(id, rowVersion));
	}

	@PostMapping("/reports/{id}/reopen")
	String reopen(@PathVariable long id, @RequestParam String reason, @RequestParam int rowVersion,
			RedirectAttributes redirect) {
		decider(id);
		return decide(id, redirect, "monitoring.flash.reopened", () -> reports.reopen(id, reason, rowVersion));
	}

	private void decider(long reportId) {
		ProgressReport report = access.readableReport(reportId);
		access.coordinatedPlan(rounds.get(report.roundId()).planId());
	}

	private String decide(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
		}
		catch (InvalidInputException e) {
			RoundPages.error(redirect, e);
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("errorKey", "monitoring.error.conflict");
		}
		return "redirect:/reports/" + id;
	}

	private String page(ProgressReport report, ReportForm form, Map<String, InvalidReportException.Problem> problems,
			Model model) {
		Round round = rounds.get(report.roundId());
		Plan plan = access.visiblePlan(round.planId());
		boolean author = access.isAuthor(report);
		boolean open = rounds.isOpenFor(round, report.agencyId(), ReportingRounds.today());
		model.addAttribute("plan", plan);
		model.addAttribute("round", round);
		model.addAttribute("report", report);
		model.addAttribute("agency", agencies.get(report.agencyId()));
		List<ProgressReports.TaskLine> taskLines = reports.taskLines(report);
		model.addAttribute("taskLines", taskLines);
		// evidence by task (null: the report's own), every task present so the page never looks up a missing key
		Map<Long, List<EvidenceFiles.Evidence>> evidenceOf = new java.util.HashMap<>();
		evidenceOf.put(null, new ArrayList<>());
		taskLines.forEach(l -> evidenceOf.put(l.task().id(), new ArrayList<>()));
		for (EvidenceFiles.Evidence e : evidence.ofReport(report.id())) {
			evidenceOf.computeIfAbsent(e.taskId(), k -> new ArrayList<>()).add(e);
		}
		model.addAttribute("evidenceOf", evidenceOf);
		List<ProgressReports.ValueLine> valueLines = reports.valueLines(report);
		model.addAttribute("valueLines", valueLines);
		// indicators tracked from the biotechnology database: the figure of the agency's unit in the year the
		// round's period ends, shown instead of an input
		Map<Long, java.math.BigDecimal> computed = new java.util.HashMap<>();
		Map<Long, String> sourceKeys = new java.util.HashMap<>();
		long unit = agencies.get(report.agencyId()).orgUnitId();
		for (ProgressReports.ValueLine l : valueLines) {
			if (l.indicator().fromRegistry()) {
				registry.labelKey(l.indicator().dataSource()).ifPresent(key -> sourceKeys.put(l.indicator().id(), key));
				registry.value(l.indicator().dataSource(), unit, round.periodEnd().getYear())
					.ifPresent(v -> computed.put(l.indicator().id(), v));
			}
		}
		model.addAttribute("computed", computed);
		model.addAttribute("sourceKeys", sourceKeys);
		model.addAttribute("reportForm", form);
		model.addAttribute("problems", problems);
		boolean returned = report.status() == vn.trienkhai.monitoring.ReportStatus.RETURNED;
		model.addAttribute("editable", author && (open || returned) && report.status().isEditable());
		model.addAttribute("author", author);
		model.addAttribute("entryOpen", open);
		model.addAttribute("canDecide", access.coordinates(plan));
		model.addAttribute("progresses", List.of("NOT_STARTED", "IN_PROGRESS", "DONE", "CANCELLED"));
		model.addAttribute("history", audit.history(ProgressReports.ENTITY_TYPE, List.of(String.valueOf(report.id())), 100));
		model.addAttribute("zone", ReportingRounds.ZONE);
		return "monitoring/report";
	}

}
