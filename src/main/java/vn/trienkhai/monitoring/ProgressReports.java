package vn.trienkhai.monitoring;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.agency.Agencies;
import vn.trienkhai.agency.Agency;
import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.plan.Deadline;
import vn.trienkhai.plan.Indicator;
import vn.trienkhai.plan.PlanEditing;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.plan.Task;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.NotFoundException;

/**
 * Progress reports and their workflow: DRAFT → SUBMITTED → RETURNED (with a comment) → SUBMITTED → APPROVED;
 * a coordinator may reopen an approved report with a reason. The agency writes while the report is a draft
 * or returned and the round is open for it (due date, or an exception); approval locks it, counts its
 * indicator values in roll-ups and records its tasks' progress on the plan. Who may do what is checked by the
 * callers (pages, API); this class keeps the states and the data consistent. Every change is audited.
 */
@Service
public class ProgressReports {

	public static final String ENTITY_TYPE = "progress_report";

	/** Longest prose field of a report, in characters. */
	public static final int MAX_PROSE = 20000;

	public static final int MAX_ENTRY_TEXT = 10000;

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** The largest indicator value accepted (a province's GRDP in đồng is about 10^14). */
	static final BigDecimal MAX_VALUE = new BigDecimal("1e18");

	private final JdbcClient jdbc;

	private final ReportingRounds rounds;

	private final Plans plans;

	private final PlanEditing planEditing;

	private final Agencies agencies;

	private final AuditLog audit;

	private final org.springframework.context.ApplicationEventPublisher events;

	ProgressReports(JdbcClient jdbc, ReportingRounds rounds, Plans plans, PlanEditing planEditing, Agencies agencies,
			AuditLog audit, org.springframework.context.ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.rounds = rounds;
		this.plans = plans;
		this.planEditing = planEditing;
		this.agencies = agencies;
		this.audit = audit;
		this.events = events;
	}

	private static final String COLUMNS = """
			id, round_id, agency_id, status, summary, difficulties, proposals, first_submitted_at, submitted_at,
			submitted_by, decided_at, decided_by, comment, row_version""";

	private static ProgressReport report(ResultSet rs) throws SQLException {
		return new ProgressReport(rs.getLong(1), rs.getLong(2), rs.getLong(3), ReportStatus.valueOf(rs.getString(4)),
				rs.getString(5), rs.getString(6), rs.getString(7), instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)),
				rs.getString(10), instant(rs.getTimestamp(11)), rs.getString(12), rs.getString(13), rs.getInt(14));
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	public Optional<ProgressReport> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from progress_report where id = :id").param("id", id)
			.query((rs, n) -> report(rs)).optional();
	}

	public ProgressReport get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("progress report " + id));
	}

	public Optional<ProgressReport> find(long roundId, long agencyId) {
		return jdbc.sql("select " + COLUMNS + " from progress_report where round_id = :r and agency_id = :a")
			.param("r", roundId).param("a", agencyId).query((rs, n) -> report(rs)).optional();
	}

	/**
	 * The agency's report in the round, begun as an empty draft the first time (safe to call twice at once).
	 *
	 * @throws InvalidInputException {@code monitoring.error.agency.notResponsible} for an agency that does not
	 * report in the round
	 */
	@Transactional
	public ProgressReport begin(long roundId, long agencyId) {
		Optional<ProgressReport> existing = find(roundId, agencyId);
		if (existing.isPresent()) {
			return existing.get();
		}
		if (!rounds.isResponsible(roundId, agencyId)) {
			throw new InvalidInputException("monitoring.error.agency.notResponsible");
		}
		Round round = rounds.get(roundId);
		if (!round.hasBegun(ReportingRounds.today())) {
			throw new InvalidInputException("monitoring.error.notBegun", DAY.format(round.periodStart()));
		}
		jdbc.sql("insert into progress_report (round_id, agency_id) values (:r, :a) on conflict (round_id, agency_id) do nothing")
			.param("r", roundId).param("a", agencyId).update();
		return find(roundId, agencyId).orElseThrow();
	}

	/** One task the report speaks of, with what the plan records and what the report says (null: nothing yet). */
	public record TaskLine(Task task, ProgressReport.TaskEntry entry) {
	}

	/** The agency's tasks in the round's plan (it leads them, they are not cancelled), in plan order. */
	public List<TaskLine> taskLines(ProgressReport report) {
		Round round = rounds.get(report.roundId());
		Map<Long, ProgressReport.TaskEntry> entries = new HashMap<>();
		for (ProgressReport.TaskEntry e : taskEntries(report.id())) {
			entries.put(e.taskId(), e);
		}
		List<TaskLine> out = new ArrayList<>();
		for (Task t : plans.tasks(round.planId())) {
			boolean leads = t.leads().stream().anyMatch(a -> a.agencyId() == report.agencyId());
			if (leads && (!"CANCELLED".equals(t.progress()) || entries.containsKey(t.id()))) {
				out.add(new TaskLine(t, entries.get(t.id())));
			}
		}
		return out;
	}

	List<ProgressReport.TaskEntry> taskEntries(long reportId) {
		return jdbc.sql("""
				select task_id, progress, percent_done, completed_on, results, difficulties, proposals
				  from report_task_entry where report_id = :r
				""").param("r", reportId)
			.query((rs, n) -> new ProgressReport.TaskEntry(rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3),
					rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}

	/** One indicator the agency owes, with the value the report gives (null: none yet). */
	public record ValueLine(Indicator indicator, ProgressReport.ValueEntry entry) {
	}

	public List<ValueLine> valueLines(ProgressReport report) {
		Round round = rounds.get(report.roundId());
		long unit = agencies.get(report.agencyId()).orgUnitId();
		Map<Long, ProgressReport.ValueEntry> given = new HashMap<>();
		jdbc.sql("""
				select indicator_id, value, source_note from indicator_value
				 where org_unit_id = :u and period_start = :s and period_end = :e
				""").param("u", unit).param("s", round.periodStart()).param("e", round.periodEnd())
			.query((rs, n) -> given.put(rs.getLong(1), new ProgressReport.ValueEntry(rs.getLong(1), rs.getBigDecimal(2), rs.getString(3))))
			.list();
		List<ValueLine> out = new ArrayList<>();
		for (long id : rounds.indicatorsOwed(round.planId(), report.agencyId())) {
			plans.indicator(id).ifPresent(i -> out.add(new ValueLine(i, given.get(id))));
		}
		return out;
	}

	/**
	 * What the agency writes into its report. A null text or list leaves it as it is; a list of values is the
	 * whole list (a value left out is no longer reported).
	 */
	public record Content(String summary, String difficulties, String proposals, List<ProgressReport.TaskEntry> tasks,
			List<ProgressReport.ValueEntry> values) {
	}

	/**
	 * Saves the agency's draft (or returned report): all of it or, when a rule is broken, none of it.
	 *
	 * @throws InvalidReportException the broken rules, field by field
	 * @throws InvalidInputException {@code monitoring.error.locked} when the report is submitted or approved,
	 * {@code monitoring.error.closed} when the round's entry has closed for the agency
	 * @throws OptimisticLockingFailureException when someone saved it in between
	 */
	@Transactional
	public ProgressReport save(long reportId, Content content, int rowVersion) {
		ProgressReport report = lockEditable(reportId, rowVersion);
		write(report, content);
		bump(report, "SAVE", report.status(), Map.of());
		return get(reportId);
	}

	/**
	 * Saves and sends the report to the coordinator. Every task needs a progress. Sending a report that is
	 * already submitted (a double click) changes nothing.
	 */
	@Transactional
	public ProgressReport submit(long reportId, Content content, int rowVersion) {
		ProgressReport current = lock(reportId);
		if (current.status() == ReportStatus.SUBMITTED || current.status() == ReportStatus.APPROVED) {
			if (current.rowVersion() == rowVersion + 1 || current.rowVersion() == rowVersion) {
				return current;
			}
		}
		ProgressReport report = lockEditable(reportId, rowVersion);
		if (content != null) {
			write(report, content);
		}
		Set<Long> reported = new HashSet<>();
		taskEntries(reportId).forEach(e -> reported.add(e.taskId()));
		List<InvalidReportException.Problem> problems = new ArrayList<>();
		List<TaskLine> lines = taskLines(report);
		for (int i = 0; i < lines.size(); i++) {
			if (!reported.contains(lines.get(i).task().id())) {
				problems.add(new InvalidReportException.Problem("tasks[" + i + "].progress", "monitoring.error.task.missing"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidReportException(problems);
		}
		jdbc.sql("""
				update progress_report set status = 'SUBMITTED', submitted_at = now(), submitted_by = :by,
				       first_submitted_at = coalesce(first_submitted_at, now())
				 where id = :id
				""").param("by", CurrentUser.actorName()).param("id", reportId).update();
		bump(report, "SUBMIT", ReportStatus.SUBMITTED, Map.of());
		events.publishEvent(new ReportDecided(reportId, report.roundId(), report.agencyId(), ReportStatus.SUBMITTED, null));
		return get(reportId);
	}

	/**
	 * Sends a submitted report back to its agency with what to correct.
	 *
	 * @throws InvalidInputException {@code monitoring.error.comment} for a blank or long comment,
	 * {@code monitoring.error.state} unless the report is submitted
	 */
	@Transactional
	public ProgressReport returnToAgency(long reportId, String comment, int rowVersion) {
		String why = clean(comment);
		if (why == null || why.length() > 4000) {
			throw new InvalidInputException("monitoring.error.comment");
		}
		return sendBack(lockIn(reportId, rowVersion, ReportStatus.SUBMITTED), why, "RETURN", Map.of("comment", why));
	}

	/**
	 * Approves a submitted report: locks it, counts its indicator values, and records the progress of the
	 * tasks the agency alone leads on the plan (a task fanned out to many communes keeps each commune's
	 * progress in its own report). Approving twice changes nothing.
	 */
	@Transactional
	public ProgressReport approve(long reportId, int rowVersion) {
		ProgressReport current = lock(reportId);
		if (current.status() == ReportStatus.APPROVED && (current.rowVersion() == rowVersion + 1 || current.rowVersion() == rowVersion)) {
			return current;
		}
		ProgressReport report = lockIn(reportId, rowVersion, ReportStatus.SUBMITTED);
		jdbc.sql("update progress_report set status = 'APPROVED', comment = null, decided_at = now(), decided_by = :by where id = :id")
			.param("by", CurrentUser.actorName()).param("id", reportId).update();
		jdbc.sql("update indicator_value set approved = true, updated_at = now() where report_id = :id").param("id", reportId)
			.update();
		LocalDate periodEnd = rounds.get(report.roundId()).periodEnd();
		for (TaskLine line : taskLines(report)) {
			ProgressReport.TaskEntry e = line.entry();
			boolean soleLead = line.task().leads().size() == 1;
			if (e != null && soleLead && !laterApproved(reportId, e.taskId(), periodEnd)
					&& (!e.progress().equals(line.task().progress())
							|| !java.util.Objects.equals(e.completedOn(), line.task().completedOn()))) {
				planEditing.recordProgress(e.taskId(), e.progress(), e.completedOn(), reportId);
			}
		}
		bump(report, "APPROVE", ReportStatus.APPROVED, Map.of());
		events.publishEvent(new ReportDecided(reportId, report.roundId(), report.agencyId(), ReportStatus.APPROVED, null));
		return get(reportId);
	}

	/**
	 * Reopens an approved report for correction: back to RETURNED with the reason, its values no longer
	 * counted until it is approved again.
	 *
	 * @throws InvalidInputException {@code monitoring.error.reason} for a blank reason,
	 * {@code monitoring.error.state} unless the report is approved
	 */
	@Transactional
	public ProgressReport reopen(long reportId, String reason, int rowVersion) {
		String why = clean(reason);
		if (why == null || why.length() > 4000) {
			throw new InvalidInputException("monitoring.error.reason");
		}
		ProgressReport report = lockIn(reportId, rowVersion, ReportStatus.APPROVED);
		jdbc.sql("update indicator_value set approved = false, updated_at = now() where report_id = :id").param("id", reportId)
			.update();
		return sendBack(report, why, "REOPEN", Map.of("reason", why));
	}

	/** Back to its agency (returned, or reopened) with the coordinator's words; audited and told. */
	private ProgressReport sendBack(ProgressReport report, String why, String action, Map<String, Object> audited) {
		jdbc.sql("update progress_report set status = 'RETURNED', comment = :c, decided_at = now(), decided_by = :by where id = :id")
			.param("c", why).param("by", CurrentUser.actorName()).param("id", report.id()).update();
		bump(report, action, ReportStatus.RETURNED, audited);
		events.publishEvent(new ReportDecided(report.id(), report.roundId(), report.agencyId(), ReportStatus.RETURNED, why));
		return get(report.id());
	}

	/** Whether an approved report of a later period already speaks of the task: then it is the newer word. */
	private boolean laterApproved(long reportId, long taskId, LocalDate periodEnd) {
		return jdbc.sql("""
				select exists (select 1 from report_task_entry e
				                 join progress_report pr on pr.id = e.report_id and pr.status = 'APPROVED' and pr.id <> :me
				                 join reporting_round r on r.id = pr.round_id
				                where e.task_id = :t and r.period_end > :end)
				""").param("me", reportId).param("t", taskId).param("end", periodEnd).query(Boolean.class).single();
	}

	private ProgressReport lock(long reportId) {
		return jdbc.sql("select " + COLUMNS + " from progress_report where id = :id for update").param("id", reportId)
			.query((rs, n) -> report(rs)).optional().orElseThrow(() -> new NotFoundException("progress report " + reportId));
	}

	private ProgressReport lockIn(long reportId, int rowVersion, ReportStatus expected) {
		ProgressReport report = lock(reportId);
		if (report.rowVersion() != rowVersion) {
			throw new OptimisticLockingFailureException("progress report " + reportId);
		}
		if (report.status() != expected) {
			throw new InvalidInputException("monitoring.error.state");
		}
		return report;
	}

	private ProgressReport lockEditable(long reportId, int rowVersion) {
		ProgressReport report = lock(reportId);
		if (!report.status().isEditable()) {
			throw new InvalidInputException("monitoring.error.locked");
		}
		if (report.rowVersion() != rowVersion) {
			throw new OptimisticLockingFailureException("progress report " + reportId);
		}
		Round round = rounds.get(report.roundId());
		// a report the coordinator sent back may be corrected after the deadline: the coordinator asked for it
		if (report.status() != ReportStatus.RETURNED && !rounds.isOpenFor(round, report.agencyId(), ReportingRounds.today())) {
			throw new InvalidInputException("monitoring.error.closed", DAY.format(round.dueOn()));
		}
		return report;
	}

	private void bump(ProgressReport before, String action, ReportStatus status, Map<String, Object> extra) {
		jdbc.sql("update progress_report set updated_at = now(), row_version = row_version + 1 where id = :id")
			.param("id", before.id()).update();
		Agency agency = agencies.get(before.agencyId());
		Map<String, Object> after = new LinkedHashMap<>(extra);
		after.put("status", status.name());
		after.put("roundId", before.roundId());
		after.put("agency", agency.name());
		audit.record(action, ENTITY_TYPE, before.id(), agency.orgUnitId(), Map.of("status", before.status().name()), after);
	}

	/** Validates everything first, then writes: a broken rule leaves the report as it was. */
	private void write(ProgressReport report, Content content) {
		Round round = rounds.get(report.roundId());
		List<InvalidReportException.Problem> problems = new ArrayList<>();
		// null leaves a text as it is (an API call sending only tasks); an empty text clears it
		String summary = content.summary() == null ? report.summary() : prose(content.summary(), "summary", MAX_PROSE, problems);
		String difficulties = content.difficulties() == null ? report.difficulties()
				: prose(content.difficulties(), "difficulties", MAX_PROSE, problems);
		String proposals = content.proposals() == null ? report.proposals()
				: prose(content.proposals(), "proposals", MAX_PROSE, problems);
		Map<Long, TaskLine> mine = new LinkedHashMap<>();
		for (TaskLine l : taskLines(report)) {
			mine.put(l.task().id(), l);
		}
		List<ProgressReport.TaskEntry> tasks = content.tasks() == null ? null : new ArrayList<>();
		if (content.tasks() != null) {
			for (int i = 0; i < content.tasks().size(); i++) {
				ProgressReport.TaskEntry e = content.tasks().get(i);
				ProgressReport.TaskEntry ok = taskEntry(e, "tasks[" + i + "].", mine, round, problems);
				if (ok != null) {
					tasks.add(ok);
				}
			}
		}
		List<ProgressReport.ValueEntry> values = content.values() == null ? null : new ArrayList<>();
		// the form's row of each value kept, for messages beside the right field
		List<Integer> valueFields = new ArrayList<>();
		if (content.values() != null) {
			List<Long> owed = rounds.indicatorsOwed(round.planId(), report.agencyId());
			for (int i = 0; i < content.values().size(); i++) {
				ProgressReport.ValueEntry v = content.values().get(i);
				String field = "values[" + i + "].";
				if (!owed.contains(v.indicatorId())) {
					problems.add(new InvalidReportException.Problem(field + "value", "monitoring.error.value.notOwed"));
					continue;
				}
				if (v.value() == null) {
					continue;
				}
				Indicator indicator = plans.indicator(v.indicatorId()).orElseThrow();
				if (indicator.fromRegistry()) {
					// computed from the biotechnology database: nobody types it, so nobody overwrites it
					problems.add(new InvalidReportException.Problem(field + "value", "monitoring.error.value.fromRegistry"));
					continue;
				}
				String key = valueProblem(indicator, v.value());
				if (key != null) {
					problems.add(new InvalidReportException.Problem(field + "value", key));
				}
				String note = prose(v.sourceNote(), field + "sourceNote", 2000, problems);
				values.add(new ProgressReport.ValueEntry(v.indicatorId(), v.value(), note));
				valueFields.add(i);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidReportException(problems);
		}
		jdbc.sql("update progress_report set summary = :s, difficulties = :d, proposals = :p where id = :id")
			.param("s", summary).param("d", difficulties).param("p", proposals).param("id", report.id()).update();
		if (tasks != null) {
			for (ProgressReport.TaskEntry e : tasks) {
				jdbc.sql("""
						insert into report_task_entry (report_id, task_id, progress, percent_done, completed_on, results,
						                               difficulties, proposals)
						values (:r, :t, :p, :pct, :done, :res, :d, :pr)
						on conflict (report_id, task_id) do update set progress = excluded.progress,
						       percent_done = excluded.percent_done, completed_on = excluded.completed_on,
						       results = excluded.results, difficulties = excluded.difficulties, proposals = excluded.proposals
						""").param("r", report.id()).param("t", e.taskId()).param("p", e.progress())
					.param("pct", e.percentDone()).param("done", e.completedOn()).param("res", e.results())
					.param("d", e.difficulties()).param("pr", e.proposals()).update();
			}
		}
		if (values != null) {
			long unit = agencies.get(report.agencyId()).orgUnitId();
			Set<Long> kept = new HashSet<>();
			for (ProgressReport.ValueEntry v : values) {
				kept.add(v.indicatorId());
				// two plans of a unit may measure the same indicator in the same period: the figure is one, held by
				// the report that gave it first; the other report shows it and may repeat it, but not change it
				BigDecimal held = jdbc.sql("""
						select value from indicator_value
						 where indicator_id = :i and org_unit_id = :u and period_start = :s and period_end = :e
						   and report_id is not null and report_id <> :r
						""").param("i", v.indicatorId()).param("u", unit).param("s", round.periodStart())
					.param("e", round.periodEnd()).param("r", report.id()).query(BigDecimal.class).optional().orElse(null);
				if (held != null) {
					if (held.compareTo(v.value()) == 0) {
						continue;
					}
					throw new InvalidReportException(List.of(new InvalidReportException.Problem(
							"values[" + valueFields.get(values.indexOf(v)) + "].value", "monitoring.error.value.taken")));
				}
				int written = jdbc.sql("""
						insert into indicator_value (indicator_id, org_unit_id, period_start, period_end, value, source_note, report_id)
						values (:i, :u, :s, :e, :v, :note, :r)
						on conflict (indicator_id, org_unit_id, period_start, period_end) do update
						   set value = excluded.value, source_note = excluded.source_note, report_id = excluded.report_id,
						       approved = false, updated_at = now()
						 where indicator_value.report_id is null or indicator_value.report_id = excluded.report_id
						""").param("i", v.indicatorId()).param("u", unit).param("s", round.periodStart())
					.param("e", round.periodEnd()).param("v", v.value()).param("note", v.sourceNote()).param("r", report.id())
					.update();
				if (written == 0) {
					// another report of the unit (another plan's round of the same period) holds an approved value
					throw new InvalidReportException(List.of(new InvalidReportException.Problem(
							"values[" + valueFields.get(values.indexOf(v)) + "].value", "monitoring.error.value.taken")));
				}
			}
			// a value cleared on the form is no longer reported
			for (ValueLine l : valueLines(report)) {
				if (l.entry() != null && !kept.contains(l.indicator().id())) {
					jdbc.sql("delete from indicator_value where report_id = :r and indicator_id = :i and org_unit_id = :u")
						.param("r", report.id()).param("i", l.indicator().id()).param("u", unit).update();
				}
			}
		}
	}

	private static ProgressReport.TaskEntry taskEntry(ProgressReport.TaskEntry e, String field,
			Map<Long, TaskLine> mine, Round round, List<InvalidReportException.Problem> problems) {
		if (!mine.containsKey(e.taskId())) {
			problems.add(new InvalidReportException.Problem(field + "progress", "monitoring.error.task.notYours"));
			return null;
		}
		if (e.progress() == null || e.progress().isBlank()) {
			// a line left empty says nothing yet
			return null;
		}
		int before = problems.size();
		if (!List.of("NOT_STARTED", "IN_PROGRESS", "DONE", "CANCELLED").contains(e.progress())) {
			problems.add(new InvalidReportException.Problem(field + "progress", "monitoring.error.task.progress"));
		}
		if (e.percentDone() != null && (e.percentDone() < 0 || e.percentDone() > 100)) {
			problems.add(new InvalidReportException.Problem(field + "percentDone", "monitoring.error.percent"));
		}
		LocalDate done = "DONE".equals(e.progress()) ? e.completedOn() : null;
		if ("DONE".equals(e.progress()) && done == null) {
			problems.add(new InvalidReportException.Problem(field + "completedOn", "monitoring.error.task.completedOn"));
		}
		if (done != null && (done.isAfter(ReportingRounds.today()) || done.getYear() < 2000)) {
			problems.add(new InvalidReportException.Problem(field + "completedOn", "monitoring.error.task.completedOn.future"));
		}
		String results = prose(e.results(), field + "results", MAX_ENTRY_TEXT, problems);
		String difficulties = prose(e.difficulties(), field + "difficulties", MAX_ENTRY_TEXT, problems);
		String proposals = prose(e.proposals(), field + "proposals", MAX_ENTRY_TEXT, problems);
		if (problems.size() > before) {
			return null;
		}
		Integer pct = "DONE".equals(e.progress()) && e.percentDone() == null ? Integer.valueOf(100) : e.percentDone();
		return new ProgressReport.TaskEntry(e.taskId(), e.progress(), pct, done, results, difficulties, proposals);
	}

	/**
	 * Why a value cannot be right for the indicator, as a message key; null when it can. A share ("%") lies
	 * between 0 and 100; other values are counts, amounts or areas and are not negative.
	 */
	static String valueProblem(Indicator indicator, BigDecimal value) {
		if (value.abs().compareTo(MAX_VALUE) > 0 || value.scale() > 6) {
			return "monitoring.error.value.range";
		}
		boolean share = indicator.unit() != null && indicator.unit().strip().equals("%");
		if (value.signum() < 0) {
			return share ? "monitoring.error.value.share" : "monitoring.error.value.negative";
		}
		if (share && value.compareTo(BigDecimal.valueOf(100)) > 0) {
			return "monitoring.error.value.share";
		}
		return null;
	}

	private static String prose(String text, String field, int max, List<InvalidReportException.Problem> problems) {
		String t = clean(text);
		if (t != null && t.length() > max) {
			problems.add(new InvalidReportException.Problem(field, "monitoring.error.tooLong", max));
			return null;
		}
		return t;
	}

	private static String clean(String text) {
		if (text == null) {
			return null;
		}
		String t = text.replace("\r\n", "\n").replaceAll("[\\p{Cc}&&[^\n\t]]", "").strip();
		return t.isEmpty() ? null : t;
	}

}
