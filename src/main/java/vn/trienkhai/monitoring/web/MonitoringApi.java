package vn.trienkhai.monitoring.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.support.RequestContextUtils;

import vn.trienkhai.monitoring.IndicatorRollup;
import vn.trienkhai.monitoring.InvalidReportException;
import vn.trienkhai.monitoring.ProgressReport;
import vn.trienkhai.monitoring.ProgressReports;
import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.monitoring.Round;
import vn.trienkhai.monitoring.TargetStatus;
import vn.trienkhai.monitoring.TaskStatistics;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.TaskStatus;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.OutOfScopeException;
import vn.trienkhai.platform.Role;

/**
 * Monitoring as JSON, with the rules and scope of the pages ({@link MonitoringAccess}): a plan's rounds, a
 * round's standings, a report with its lines; a reporter saves and submits its report
 * ({@code PUT /api/reports/{id}}, {@code POST …/submit}); a coordinator returns, approves, reopens; a plan's
 * dashboard figures. A report whose content breaks rules answers 422 problem+json with one error per field;
 * a stale row version 409.
 */
@RestController
@RequestMapping("/api")
class MonitoringApi {

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final MonitoringAccess access;

	private final ReportingRounds rounds;

	private final ProgressReports reports;

	private final IndicatorCards cards;

	private final vn.trienkhai.plan.Plans plans;

	private final vn.trienkhai.monitoring.RegistryFigures registry;

	private final vn.trienkhai.agency.Agencies agencies;

	MonitoringApi(MonitoringAccess access, ReportingRounds rounds, ProgressReports reports, IndicatorCards cards,
			vn.trienkhai.plan.Plans plans, vn.trienkhai.monitoring.RegistryFigures registry,
			vn.trienkhai.agency.Agencies agencies) {
		this.registry = registry;
		this.agencies = agencies;
		this.access = access;
		this.rounds = rounds;
		this.reports = reports;
		this.cards = cards;
		this.plans = plans;
	}

	record RoundSummary(long id, String kind, String label, LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn,
			ReportingRounds.Completeness completeness) {
	}

	@GetMapping("/plans/{id}/rounds")
	List<RoundSummary> rounds(@PathVariable long id) {
		access.visiblePlan(id);
		LocalDate today = ReportingRounds.today();
		List<RoundSummary> out = new ArrayList<>();
		for (Round r : rounds.ofPlan(id)) {
			out.add(summary(r, access.visible(rounds.standings(r.id(), today))));
		}
		return out;
	}

	private static RoundSummary summary(Round r, List<ReportingRounds.Standing> standings) {
		return new RoundSummary(r.id(), r.kind().name(), r.label(), r.periodStart(), r.periodEnd(), r.dueOn(),
				ReportingRounds.Completeness.of(standings));
	}

	record RoundDetail(RoundSummary round, long planId, List<ReportingRounds.Standing> standings) {
	}

	@GetMapping("/rounds/{id}")
	RoundDetail round(@PathVariable long id) {
		Round r = access.visibleRound(id);
		List<ReportingRounds.Standing> standings = access.visible(rounds.standings(id, ReportingRounds.today()));
		return new RoundDetail(summary(r, standings), r.planId(), standings);
	}

	/** The reporter's own report in the round, begun when it does not exist yet. */
	@PostMapping("/rounds/{id}/report")
	ReportDetail begin(@PathVariable long id) {
		access.visibleRound(id);
		Long agency = CurrentUser.get().agencyId();
		if (!CurrentUser.get().is(Role.REPORTER) || agency == null) {
			throw new OutOfScopeException("only a reporter of an agency writes a report");
		}
		return detail(reports.begin(id, agency));
	}

	record TaskLine(long taskId, String text, String section, LocalDate deadline, String recordedProgress,
			ProgressReport.TaskEntry entry) {
	}

	/**
	 * @param dataSource the biotechnology database's figure the value is computed from (then {@code value} is
	 * that figure for the agency's unit in the year the round ends, and is not to be sent), null when reported
	 */
	record ValueLine(long indicatorId, String name, String unit, BigDecimal value, String sourceNote, String dataSource) {
	}

	record ReportDetail(long id, long roundId, long agencyId, String status, String summary, String difficulties,
			String proposals, Instant firstSubmittedAt, Instant submittedAt, String comment, int rowVersion,
			boolean editable, List<TaskLine> tasks, List<ValueLine> values) {
	}

	@GetMapping("/reports/{id}")
	ReportDetail report(@PathVariable long id) {
		return detail(access.readableReport(id));
	}

	private ReportDetail detail(ProgressReport r) {
		List<TaskLine> tasks = reports.taskLines(r).stream()
			.map(l -> new TaskLine(l.task().id(), l.task().text(), l.task().section(), l.task().deadline().fixedDay(),
					l.task().progress(), l.entry()))
			.toList();
		int year = rounds.get(r.roundId()).periodEnd().getYear();
		long unit = agencies.get(r.agencyId()).orgUnitId();
		List<ValueLine> values = reports.valueLines(r).stream()
			.map(l -> l.indicator().fromRegistry()
					? new ValueLine(l.indicator().id(), l.indicator().name(), l.indicator().unit(),
							registry.value(l.indicator().dataSource(), unit, year).orElse(null), null, l.indicator().dataSource())
					: new ValueLine(l.indicator().id(), l.indicator().name(), l.indicator().unit(),
							l.entry() == null ? null : l.entry().value(), l.entry() == null ? null : l.entry().sourceNote(), null))
			.toList();
		boolean editable = access.isAuthor(r) && r.status().isEditable()
				&& (r.status() == vn.trienkhai.monitoring.ReportStatus.RETURNED
						|| rounds.isOpenFor(rounds.get(r.roundId()), r.agencyId(), ReportingRounds.today()));
		return new ReportDetail(r.id(), r.roundId(), r.agencyId(), r.status().name(), r.summary(), r.difficulties(),
				r.proposals(), r.firstSubmittedAt(), r.submittedAt(), r.comment(), r.rowVersion(), editable, tasks, values);
	}

	/** A report's content as a client sends it; null lists leave those lines as they are. */
	record ReportBody(Integer rowVersion, String summary, String difficulties, String proposals,
			List<ProgressReport.TaskEntry> tasks, List<ValueBody> values) {

		ProgressReports.Content content() {
			return new ProgressReports.Content(summary, difficulties, proposals, tasks,
					values == null ? null : values.stream().map(ValueBody::entry).toList());
		}

		int version() {
			if (rowVersion == null) {
				throw new InvalidInputException("monitoring.error.rowVersion");
			}
			return rowVersion;
		}

	}

	@PutMapping("/reports/{id}")
	ReportDetail save(@PathVariable long id, @RequestBody ReportBody body) {
		access.writableReport(id);
		checkPeriods(id, body);
		return detail(reports.save(id, body.content(), body.version()));
	}

	@PostMapping("/reports/{id}/submit")
	ReportDetail submit(@PathVariable long id, @RequestBody ReportBody body) {
		access.writableReport(id);
		checkPeriods(id, body);
		return detail(reports.submit(id, body.tasks() == null && body.values() == null && body.summary() == null ? null
				: body.content(), body.version()));
	}

	/**
	 * A value as a client sends it. The period is optional: a value is always for its round's period, and one
	 * naming another period is refused rather than filed under the wrong one.
	 */
	record ValueBody(long indicatorId, BigDecimal value, String sourceNote, LocalDate periodStart, LocalDate periodEnd) {

		ProgressReport.ValueEntry entry() {
			return new ProgressReport.ValueEntry(indicatorId, value, sourceNote);
		}

	}

	/** Values naming a period other than the round's. */
	private void checkPeriods(long reportId, ReportBody body) {
		if (body.values() == null) {
			return;
		}
		Round round = rounds.get(reports.get(reportId).roundId());
		List<InvalidReportException.Problem> problems = new ArrayList<>();
		for (int i = 0; i < body.values().size(); i++) {
			ValueBody v = body.values().get(i);
			if ((v.periodStart() != null && !v.periodStart().equals(round.periodStart()))
					|| (v.periodEnd() != null && !v.periodEnd().equals(round.periodEnd()))) {
				problems.add(new InvalidReportException.Problem("values[" + i + "].periodEnd", "monitoring.error.value.period",
						DAY.format(round.periodStart()), DAY.format(round.periodEnd())));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidReportException(problems);
		}
	}

	record Decision(Integer rowVersion, String comment) {

		int version() {
			if (rowVersion == null) {
				throw new InvalidInputException("monitoring.error.rowVersion");
			}
			return rowVersion;
		}

	}

	@PostMapping("/reports/{id}/return")
	ReportDetail returnToAgency(@PathVariable long id, @RequestBody Decision d) {
		decider(id);
		return detail(reports.returnToAgency(id, d.comment(), d.version()));
	}

	@PostMapping("/reports/{id}/approve")
	ReportDetail approve(@PathVariable long id, @RequestBody Decision d) {
		decider(id);
		return detail(reports.approve(id, d.version()));
	}

	@PostMapping("/reports/{id}/reopen")
	ReportDetail reopen(@PathVariable long id, @RequestBody Decision d) {
		decider(id);
		return detail(reports.reopen(id, d.comment(), d.version()));
	}

	private void decider(long reportId) {
		ProgressReport report = access.readableReport(reportId);
		access.coordinatedPlan(rounds.get(report.roundId()).planId());
	}

	record IndicatorStatus(long targetId, long indicatorId, String indicator, String unit, String goal, Integer year,
			BigDecimal targetValue, BigDecimal latest, LocalDate latestPeriodEnd, BigDecimal expected, TargetStatus status,
			List<IndicatorRollup.Figure> figures, String dataSource) {
	}

	record Dashboard(long planId, Map<TaskStatus, Integer> tasks, List<IndicatorStatus> indicators) {
	}

	@GetMapping("/plans/{id}/dashboard")
	Dashboard dashboard(@PathVariable long id) {
		Plan plan = access.visiblePlan(id);
		LocalDate today = ReportingRounds.today();
		List<IndicatorStatus> indicators = new ArrayList<>();
		for (IndicatorCards.Card c : cards.of(plan, today)) {
			indicators.add(new IndicatorStatus(c.target().id(), c.indicator().id(), c.indicator().name(),
					c.indicator().unit(), c.target().goal(), c.target().year(), c.target().value(),
					c.latest() == null ? null : c.latest().value(), c.latest() == null ? null : c.latest().periodEnd(),
					c.expected(), c.status(), c.series(), c.indicator().dataSource()));
		}
		return new Dashboard(id, TaskStatistics.count(plans.tasks(id), today), indicators);
	}

	/** Field-by-field problems of a report's content: 422 problem+json with an {@code errors} list. */
	@RestControllerAdvice(assignableTypes = MonitoringApi.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class Problems {

		private final MessageSource messages;

		Problems(MessageSource messages) {
			this.messages = messages;
		}

		@ExceptionHandler(InvalidReportException.class)
		ResponseEntity<ProblemDetail> invalid(HttpServletRequest request, InvalidReportException e) {
			java.util.Locale locale = RequestContextUtils.getLocale(request);
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
					messages.getMessage(e.messageKey(), e.args(), locale));
			problem.setTitle(messages.getMessage("monitoring.error.report.title", null, locale));
			problem.setInstance(URI.create(request.getRequestURI()));
			List<Map<String, String>> errors = new ArrayList<>();
			for (InvalidReportException.Problem p : e.problems()) {
				Map<String, String> m = new LinkedHashMap<>();
				m.put("field", p.field());
				m.put("code", p.key());
				m.put("message", messages.getMessage(p.key(), p.args(), locale));
				errors.add(m);
			}
			problem.setProperty("errors", errors);
			return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}

	}

}
