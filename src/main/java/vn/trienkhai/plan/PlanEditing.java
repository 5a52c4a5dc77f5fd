package vn.trienkhai.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.agency.Agency;
import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.platform.InvalidInputException;

/**
 * Changes to plans after they were built: the documents a plan implements, deleting a plan. Scope and role
 * are checked by the callers; every change is audited with the state before and after.
 */
@Service
public class PlanEditing {

	private final JdbcClient jdbc;

	private final Plans plans;

	private final Cascade cascade;

	private final TaskLinks links;

	private final AuditLog audit;

	private final Assignments assignments;

	private final Indicators indicators;

	private final vn.trienkhai.document.DocumentImports documents;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final vn.trienkhai.registry.RegistryIndicators registry;

	PlanEditing(vn.trienkhai.document.DocumentImports documents, JdbcClient jdbc, Plans plans, Cascade cascade, TaskLinks links, AuditLog audit, Assignments assignments,
			Indicators indicators, org.springframework.context.ApplicationEventPublisher events,
			vn.trienkhai.registry.RegistryIndicators registry) {
		this.registry = registry;
		this.events = events;
		this.assignments = assignments;
		this.indicators = indicators;
		this.documents = documents;
		this.jdbc = jdbc;
		this.plans = plans;
		this.cascade = cascade;
		this.links = links;
		this.audit = audit;
	}

	/**
	 * Records that the plan implements the document of this number (and date): the plan when it is in the
	 * system, else a placeholder; then suggests task links against it.
	 *
	 * @return the parent's id
	 * @throws InvalidInputException {@code plan.error.parent.number} for a blank or unreadable number,
	 * {@code plan.error.parent.self} for the plan's own number, {@code plan.error.parent.cycle} when the parent
	 * already implements this plan (through any chain)
	 */
	@Transactional
	public long addParent(long planId, String number, LocalDate issuedOn) {
		Plan plan = plans.get(planId);
		String key = PlanNumbers.key(number);
		if (key == null || !key.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}./&()-]{0,59}") || !key.matches(".*\\d.*")) {
			throw new InvalidInputException("plan.error.parent.number");
		}
		if (key.equals(PlanNumbers.key(plan.number()))) {
			throw new InvalidInputException("plan.error.parent.self");
		}
		long parent = cascade.resolve(key, number.strip(), issuedOn, plan.orgUnitId());
		if (!cascade.link(planId, parent)) {
			throw new InvalidInputException("plan.error.parent.cycle", plans.get(parent).number());
		}
		links.suggest(planId, parent);
		audit.record("ADD_PARENT", Plans.ENTITY_TYPE, planId, plan.orgUnitId(), null,
				Map.of("parentId", parent, "parentNumber", plans.get(parent).number()));
		return parent;
	}

	/** The plan no longer implements that document; the suggested (not the confirmed) task links to it go. */
	@Transactional
	public void removeParent(long planId, long parentId) {
		Plan plan = plans.get(planId);
		int n = jdbc.sql("delete from plan_parent where plan_id = :plan and parent_id = :parent")
			.param("plan", planId).param("parent", parentId).update();
		if (n == 0) {
			throw new OptimisticLockingFailureException("plan " + planId + " does not implement " + parentId);
		}
		jdbc.sql("""
				delete from task_link l using task c, task p
				 where l.child_task_id = c.id and l.parent_task_id = p.id and c.plan_id = :plan and p.plan_id = :parent
				   and l.status <> 'CONFIRMED'
				""").param("plan", planId).param("parent", parentId).update();
		audit.record("REMOVE_PARENT", Plans.ENTITY_TYPE, planId, plan.orgUnitId(), Map.of("parentId", parentId), null);
	}

	/**
	 * Deletes a plan with its tasks and targets. A plan that others implement is refused: its children would be
	 * orphaned; close it instead. The import it came from goes back under review, with its original file, to
	 * be corrected and confirmed again or discarded.
	 *
	 * @throws InvalidInputException {@code plan.error.delete.children} (argument: how many) when plans implement it
	 */
	@Transactional
	public void delete(long planId, int rowVersion) {
		// locked first: a plan linked below it in the meantime waits, then finds it gone, never orphaned
		jdbc.sql("select id from plan where id = :id for update").param("id", planId).query(Long.class).optional();
		Plan plan = plans.get(planId);
		int children = jdbc.sql("select count(*) from plan_parent where parent_id = :id").param("id", planId)
			.query(Integer.class).single();
		if (children > 0) {
			throw new InvalidInputException("plan.error.delete.children", children);
		}
		int n = jdbc.sql("delete from plan where id = :id and row_version = :version and status <> 'PLACEHOLDER'")
			.param("id", planId).param("version", rowVersion).update();
		if (n == 0) {
			throw new OptimisticLockingFailureException("plan " + planId + " changed since version " + rowVersion);
		}
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("number", plan.number());
		before.put("title", plan.title());
		before.put("importedDocumentId", plan.importedDocumentId());
		audit.record("DELETE", Plans.ENTITY_TYPE, planId, plan.orgUnitId(), before, null);
		if (plan.importedDocumentId() != null) {
			documents.reopen(plan.importedDocumentId());
		}
	}

	/** Active ↔ closed (a plan whose horizon has passed, or that was replaced). */
	@Transactional
	public void setStatus(long planId, PlanStatus status, int rowVersion) {
		if (status != PlanStatus.ACTIVE && status != PlanStatus.CLOSED && status != PlanStatus.DRAFT) {
			throw new InvalidInputException("plan.error.status");
		}
		Plan plan = plans.get(planId);
		int n = jdbc.sql("""
				update plan set status = :status, updated_at = now(), row_version = row_version + 1
				 where id = :id and row_version = :version and status <> 'PLACEHOLDER'
				""").param("status", status.name()).param("id", planId).param("version", rowVersion).update();
		if (n == 0) {
			throw new OptimisticLockingFailureException("plan " + planId + " changed since version " + rowVersion);
		}
		audit.record("UPDATE", Plans.ENTITY_TYPE, planId, plan.orgUnitId(), Map.of("status", plan.status().name()),
				Map.of("status", status.name()));
	}


	/**
	 * What a person changes in a task.
	 *
	 * @param lead the lead agency's name (required: a task without a lead is nobody's)
	 * @param coordinators coordinating agencies' names
	 * @param deadline a normal form ("2024-04-30", "--11-15", "--12") or null for none
	 * @param progress NOT_STARTED, IN_PROGRESS, DONE or CANCELLED
	 * @param completedOn the day it was done, for DONE
	 */
	public record TaskChange(String text, String lead, java.util.List<String> coordinators, String deadline,
			String progress, LocalDate completedOn) {
	}

	static final java.util.Set<String> PROGRESS = java.util.Set.of("NOT_STARTED", "IN_PROGRESS", "DONE", "CANCELLED");

	/**
	 * Changes a task: its text, lead and coordinating agencies (matched to the unit's, or new), deadline and
	 * progress.
	 *
	 * @throws InvalidInputException {@code plan.error.task.*} for a rule broken
	 * @throws OptimisticLockingFailureException when someone changed the task since {@code rowVersion}
	 */
	@Transactional
	public void updateTask(long taskId, TaskChange change, int rowVersion) {
		writeTask(taskId, change, rowVersion, "UPDATE");
	}

	private void writeTask(long taskId, TaskChange change, int rowVersion, String action) {
		long planId = jdbc.sql("select plan_id from task where id = :id").param("id", taskId).query(Long.class).optional()
			.orElseThrow(() -> new vn.trienkhai.platform.NotFoundException("task " + taskId));
		Plan plan = plans.get(planId);
		String text = clean(change.text());
		if (text.isEmpty() || text.length() > 10_000) {
			throw new InvalidInputException("plan.error.task.text");
		}
		String lead = clean(change.lead()).replaceAll("\\s+", " ");
		if (lead.isEmpty()) {
			throw new InvalidInputException("plan.error.task.lead");
		}
		Deadline deadline = Deadline.parse(change.deadline());
		if (change.deadline() != null && !change.deadline().isBlank() && deadline == Deadline.NONE) {
			throw new InvalidInputException("plan.error.task.deadline");
		}
		if (deadline.date() != null && plan.issuedOn() != null && deadline.date().isBefore(plan.issuedOn())) {
			throw new InvalidInputException("plan.error.task.deadlineBeforeIssue");
		}
		if (!PROGRESS.contains(change.progress())) {
			throw new InvalidInputException("plan.error.task.progress");
		}
		LocalDate completedOn = "DONE".equals(change.progress()) ? change.completedOn() : null;
		if ("DONE".equals(change.progress()) && completedOn == null) {
			throw new InvalidInputException("plan.error.task.completedOn");
		}
		if (completedOn != null && completedOn.isAfter(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")))) {
			throw new InvalidInputException("plan.error.task.completedOnFuture");
		}
		Task before = plans.tasks(planId).stream().filter(t -> t.id() == taskId).findFirst().orElseThrow();
		int n = jdbc.sql("""
				update task set text = :text, deadline_kind = :kind, deadline_date = :date, deadline_month = :month,
				       deadline_day = :day, progress = :progress, completed_on = :completed, updated_at = now(),
				       row_version = row_version + 1
				 where id = :id and row_version = :version
				""")
			.param("text", text).param("kind", deadline.kind()).param("date", deadline.date())
			.param("month", deadline.month()).param("day", deadline.day()).param("progress", change.progress())
			.param("completed", completedOn).param("id", taskId).param("version", rowVersion)
			.update();
		if (n == 0) {
			throw new OptimisticLockingFailureException("task " + taskId + " changed since version " + rowVersion);
		}
		jdbc.sql("delete from task_assignment where task_id = :id").param("id", taskId).update();
		// several leads (co-leads, or a group) separated by ";", as the form shows them
		java.util.List<String> leadNames = new java.util.ArrayList<>();
		for (String part : lead.split(";")) {
			String name = part.strip();
			if (name.isEmpty() || leadNames.contains(name)) {
				continue;
			}
			if (name.length() < 2 || name.length() > 300) {
				throw new InvalidInputException("plan.error.task.coordinator");
			}
			leadNames.add(name);
			assignments.insert(taskId, "LEAD", name, assignments.agenciesFor(plan.orgUnitId(), name));
		}
		for (String c : change.coordinators()) {
			String name = clean(c).replaceAll("\\s+", " ");
			if (name.isEmpty() || leadNames.contains(name)) {
				continue;
			}
			if (name.length() < 2 || name.length() > 300) {
				throw new InvalidInputException("plan.error.task.coordinator");
			}
			assignments.insert(taskId, "COORDINATOR", name, assignments.agenciesFor(plan.orgUnitId(), name));
		}
		audit.record(action, "task", taskId, plan.orgUnitId(), "CREATE".equals(action) ? null : state(before),
				state(plans.tasks(planId).stream()
			.filter(t -> t.id() == taskId).findFirst().orElseThrow()));
	}

	/** Typed text without control chars (a NUL, which PostgreSQL refuses, among them), trimmed; "" for null. */
	static String clean(String s) {
		return s == null ? "" : s.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
	}

	private static Map<String, Object> state(Task t) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("text", t.text());
		m.put("leads", t.leads().stream().map(Task.Assignee::name).toList());
		m.put("coordinators", t.coordinators().stream().map(Task.Assignee::name).toList());
		m.put("deadline", t.deadline().normal());
		m.put("progress", t.progress());
		m.put("completedOn", t.completedOn() == null ? null : t.completedOn().toString());
		m.put("rowVersion", t.rowVersion());
		return m;
	}


	/** A plan written by hand: what its header says. */
	public record NewPlan(long orgUnitId, String number, String kind, String title, String issuer, LocalDate issuedOn) {
	}

	/** The kinds of document a plan can be, in the order forms offer them. */
	public static final java.util.List<String> KINDS = java.util.List.of("KE_HOACH", "CHUONG_TRINH", "NGHI_QUYET",
			"QUYET_DINH", "CONG_VAN", "BAO_CAO", "OTHER");

	/**
	 * Creates a plan without an import. A number already waiting as a placeholder fills it in.
	 *
	 * @throws InvalidInputException {@code plan.error.*} for a missing title, an unknown kind, a bad number
	 */
	@Transactional
	public long create(NewPlan p) {
		String title = clean(p.title());
		if (title.isEmpty() || title.length() > 2000) {
			throw new InvalidInputException("plan.error.title");
		}
		if (!KINDS.contains(p.kind())) {
			throw new InvalidInputException("plan.error.kind");
		}
		String number = p.number() == null || clean(p.number()).isBlank() ? null : clean(p.number());
		String key = PlanNumbers.key(number);
		if (key != null && (!key.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}./&()-]{0,59}") || !key.matches(".*\\d.*"))) {
			throw new InvalidInputException("plan.error.parent.number");
		}
		if (key != null && jdbc.sql("""
				select count(*) from plan where org_unit_id = :unit and number_key = :key and status <> 'PLACEHOLDER'
				   and (cast(:on as date) is null or issued_on is null or issued_on = :on)
				""").param("unit", p.orgUnitId()).param("key", key).param("on", p.issuedOn()).query(Integer.class).single() > 0) {
			// one document, one plan: a second would split the plans that cite it
			throw new InvalidInputException("plan.error.duplicate", number);
		}
		String issuer = p.issuer() == null || clean(p.issuer()).isBlank() ? null : clean(p.issuer());
		if (issuer != null && issuer.length() > 300) {
			throw new InvalidInputException("plan.error.issuer");
		}
		java.util.List<Agency> issuers = issuer == null ? java.util.List.of() : assignments.agenciesFor(p.orgUnitId(), issuer);
		Long agency = issuers.size() == 1 ? issuers.get(0).id() : null;
		String status = number == null ? "DRAFT" : "ACTIVE";
		Long placeholder = key == null ? null : cascade.placeholderToFill(key, p.issuedOn(), p.orgUnitId());
		long id;
		if (placeholder != null) {
			jdbc.sql("""
					update plan set org_unit_id = :unit, issuing_agency_id = :agency, number = :number, kind = :kind,
					       issuer = :issuer, title = :title, issued_on = :on, status = :status, scope_unit_id = null,
					       updated_at = now(),
					       row_version = row_version + 1
					 where id = :id and status = 'PLACEHOLDER'
					""").param("unit", p.orgUnitId()).param("agency", agency).param("number", number).param("kind", p.kind())
				.param("issuer", issuer).param("title", title).param("on", p.issuedOn()).param("status", status)
				.param("id", placeholder).update();
			id = placeholder;
			links.suggestAround(id);
		}
		else {
			id = jdbc.sql("""
					insert into plan (org_unit_id, issuing_agency_id, number, number_key, kind, issuer, title, issued_on, status,
					                  created_by)
					values (:unit, :agency, :number, :key, :kind, :issuer, :title, :on, :status, :by) returning id
					""").param("unit", p.orgUnitId()).param("agency", agency).param("number", number).param("key", key)
				.param("kind", p.kind()).param("issuer", issuer).param("title", title).param("on", p.issuedOn())
				.param("status", status).param("by", vn.trienkhai.platform.CurrentUser.actorName())
				.query(Long.class).single();
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("number", number);
		after.put("title", title);
		after.put("byHand", true);
		audit.record("CREATE", Plans.ENTITY_TYPE, id, p.orgUnitId(), null, after);
		events.publishEvent(new PlanCreated(id, p.orgUnitId(), null));
		return id;
	}

	/**
	 * Records a task's progress as an approved progress report states it (monitoring calls this on approval):
	 * only the progress and the day it was done change, audited as the report's.
	 *
	 * @param reportId the approved report, for the audit log
	 */
	@Transactional
	public void recordProgress(long taskId, String progress, LocalDate completedOn, long reportId) {
		if (!PROGRESS.contains(progress)) {
			throw new InvalidInputException("plan.error.task.progress");
		}
		Map<String, Object> before = jdbc.sql("select plan_id, progress, completed_on from task where id = :id for update")
			.param("id", taskId).query().singleRow();
		LocalDate done = "DONE".equals(progress) ? completedOn : null;
		jdbc.sql("""
				update task set progress = :progress, completed_on = :done, updated_at = now(), row_version = row_version + 1
				 where id = :id
				""").param("progress", progress).param("done", done).param("id", taskId).update();
		Plan plan = plans.get(((Number) before.get("plan_id")).longValue());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("progress", progress);
		after.put("completedOn", done == null ? null : done.toString());
		after.put("progressReport", reportId);
		Map<String, Object> was = new LinkedHashMap<>();
		was.put("progress", before.get("progress"));
		was.put("completedOn", before.get("completed_on") == null ? null : before.get("completed_on").toString());
		audit.record("PROGRESS", "task", taskId, plan.orgUnitId(), was, after);
	}

	/** Adds a task at the end of a plan, with the rules of {@link #updateTask}; its id. */
	@Transactional
	public long addTask(long planId, TaskChange change) {
		plans.get(planId);
		Integer position = jdbc.sql("select coalesce(max(position) + 1, 0) from task where plan_id = :p").param("p", planId)
			.query(Integer.class).single();
		long id = jdbc.sql("""
				insert into task (plan_id, position, text, source) values (:p, :pos, :text, 'manual') returning id
				""").param("p", planId).param("pos", position).param("text", "…").query(Long.class).single();
		writeTask(id, change, 0, "CREATE");
		links.suggestAround(planId);
		return id;
	}

	/** A target written by hand. */
	public record NewTarget(String goal, String comparator, java.math.BigDecimal value, java.math.BigDecimal valueMax,
			String unit, Integer year) {
	}

	static final java.util.Set<String> COMPARATORS = java.util.Set.of("=", "approx", ">=", ">", "<=", "<", "range");

	/**
	 * Adds a target to a plan on the unit's indicator of that goal and unit (recorded first if new).
	 *
	 * @throws InvalidInputException {@code plan.error.target.*}: no goal, a negative value, a range without its
	 * upper end or upside down, a year before the plan was issued or outside 2000–2100
	 */
	@Transactional
	public long addTarget(long planId, NewTarget t) {
		Plan plan = plans.get(planId);
		String goal = clean(t.goal());
		if (goal.isEmpty() || goal.length() > 1000) {
			throw new InvalidInputException("plan.error.target.goal");
		}
		if (!COMPARATORS.contains(t.comparator())) {
			throw new InvalidInputException("plan.error.target.comparator");
		}
		if (t.value() == null || t.value().signum() < 0) {
			throw new InvalidInputException("plan.error.target.value");
		}
		boolean range = "range".equals(t.comparator());
		if (range && (t.valueMax() == null || t.valueMax().compareTo(t.value()) < 0)) {
			throw new InvalidInputException("plan.error.target.range");
		}
		if (t.year() != null && (t.year() < 2000 || t.year() > 2100)) {
			throw new InvalidInputException("plan.error.target.year");
		}
		if (t.year() != null && plan.issuedOn() != null && t.year() < plan.issuedOn().getYear()) {
			throw new InvalidInputException("plan.error.target.yearBeforeIssue", String.valueOf(plan.issuedOn().getYear()));
		}
		String unit = t.unit() == null || clean(t.unit()).isBlank() ? null : clean(t.unit());
		if (unit != null && unit.length() > 100) {
			throw new InvalidInputException("plan.error.target.unit");
		}
		long indicator = indicators.find(plan.orgUnitId(), goal, unit, "<=".equals(t.comparator()) || "<".equals(t.comparator()));
		Integer position = jdbc.sql("select coalesce(max(position) + 1, 0) from plan_target where plan_id = :p")
			.param("p", planId).query(Integer.class).single();
		long id = jdbc.sql("""
				insert into plan_target (plan_id, indicator_id, goal, year, comparator, value, value_max, position)
				values (:plan, :indicator, :goal, :year, :comparator, :value, :max, :position) returning id
				""").param("plan", planId).param("indicator", indicator).param("goal", goal).param("year", t.year())
			.param("comparator", t.comparator()).param("value", t.value()).param("max", range ? t.valueMax() : null)
			.param("position", position).query(Long.class).single();
		if (t.year() != null) {
			jdbc.sql("""
					update plan set horizon_years = (select array_agg(distinct y order by y)
					                                   from unnest(horizon_years || cast(:year as int)) y)
					 where id = :id
					""").param("year", t.year()).param("id", planId).update();
		}
		audit.record("ADD_TARGET", Plans.ENTITY_TYPE, planId, plan.orgUnitId(), null,
				Map.of("goal", goal, "comparator", t.comparator(), "value", t.value().toPlainString(),
						"year", t.year() == null ? "" : t.year()));
		return id;
	}


	static final java.util.Set<String> AGGREGATIONS = java.util.Set.of("SUM", "AVERAGE", "WEIGHTED_AVERAGE", "MIN", "MAX", "RATIO");

	/**
	 * Changes how an indicator is measured and rolled up.
	 *
	 * @throws InvalidInputException {@code plan.error.indicator.*}: no name, an unknown rule or direction, a
	 * ratio without two other indicators of the same unit, a baseline year outside 1990–2100, a data source the
	 * biotechnology database does not offer ({@code plan.error.indicator.dataSource})
	 */
	@Transactional
	public void updateIndicator(Indicator change) {
		Indicator before = plans.indicator(change.id())
			.orElseThrow(() -> new vn.trienkhai.platform.NotFoundException("indicator " + change.id()));
		String name = clean(change.name());
		if (name.isEmpty() || name.length() > 1000) {
			throw new InvalidInputException("plan.error.indicator.name");
		}
		if (!AGGREGATIONS.contains(change.aggregation())) {
			throw new InvalidInputException("plan.error.indicator.aggregation");
		}
		if (!"HIGHER".equals(change.direction()) && !"LOWER".equals(change.direction())) {
			throw new InvalidInputException("plan.error.indicator.direction");
		}
		boolean ratio = "RATIO".equals(change.aggregation());
		if (ratio) {
			for (Long part : new Long[] { change.numeratorId(), change.denominatorId() }) {
				if (part == null || part == change.id() || plans.indicator(part)
					.filter(i -> java.util.Objects.equals(i.orgUnitId(), before.orgUnitId())).isEmpty()) {
					throw new InvalidInputException("plan.error.indicator.ratio");
				}
			}
			if (change.numeratorId().equals(change.denominatorId())) {
				throw new InvalidInputException("plan.error.indicator.ratio");
			}
		}
		boolean weighted = "WEIGHTED_AVERAGE".equals(change.aggregation());
		if (weighted && (change.weightId() == null || change.weightId() == change.id() || plans.indicator(change.weightId())
			.filter(i -> java.util.Objects.equals(i.orgUnitId(), before.orgUnitId())).isEmpty())) {
			throw new InvalidInputException("plan.error.indicator.weight");
		}
		if (change.baselineYear() != null && (change.baselineYear() < 1990 || change.baselineYear() > 2100)) {
			throw new InvalidInputException("plan.error.indicator.baselineYear");
		}
		String unit = change.unit() == null || clean(change.unit()).isBlank() ? null : clean(change.unit());
		if (unit != null && unit.length() > 100) {
			throw new InvalidInputException("plan.error.target.unit");
		}
		String source = dataSource(change.dataSource());
		if (source != null && (ratio || weighted || jdbc.sql("""
				select count(*) from indicator where numerator_id = :id or denominator_id = :id or weight_id = :id""")
			.param("id", change.id()).query(Long.class).single() > 0)) {
			// a computed figure is never reported, so a ratio or weighted average built on reported parts would
			// silently lose its inputs; a registry figure is a plain count or sum
			throw new InvalidInputException("plan.error.indicator.dataSourceComposite");
		}
		int n = jdbc.sql("""
				update indicator set name = :name, unit = :unit, aggregation = :aggregation, numerator_id = :num,
				       denominator_id = :den, weight_id = :weight, direction = :direction, baseline_value = :bv, baseline_year = :by,
				       data_source = :source, row_version = row_version + 1
				 where id = :id and row_version = :version
				""").param("name", name).param("unit", unit).param("aggregation", change.aggregation())
			.param("num", ratio ? change.numeratorId() : null).param("den", ratio ? change.denominatorId() : null)
			.param("weight", weighted ? change.weightId() : null)
			.param("direction", change.direction()).param("bv", change.baselineValue()).param("by", change.baselineYear())
			.param("source", source).param("id", change.id()).param("version", change.rowVersion()).update();
		if (n == 0) {
			throw new OptimisticLockingFailureException("indicator " + change.id() + " changed");
		}
		audit.record("UPDATE", "indicator", change.id(), before.orgUnitId(), indicatorState(before),
				indicatorState(plans.indicator(change.id()).orElseThrow()));
	}

	private static Map<String, Object> indicatorState(Indicator i) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("name", i.name());
		m.put("unit", i.unit());
		m.put("aggregation", i.aggregation());
		m.put("numeratorId", i.numeratorId());
		m.put("denominatorId", i.denominatorId());
		m.put("direction", i.direction());
		m.put("baselineValue", i.baselineValue() == null ? null : i.baselineValue().toPlainString());
		m.put("baselineYear", i.baselineYear());
		m.put("dataSource", i.dataSource());
		return m;
	}

	/** The code of a figure the biotechnology database offers, or null (blank) for values reported by units. */
	private String dataSource(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String c = code.strip();
		if (registry.sources().stream().noneMatch(s -> s.code().equals(c))) {
			throw new InvalidInputException("plan.error.indicator.dataSource", c.length() > 64 ? c.substring(0, 64) + "…" : c);
		}
		return c;
	}


	/**
	 * Changes a plan's header: number, kind, title, issuer, date, place.
	 *
	 * @throws InvalidInputException as {@link #create}; {@code plan.error.placeholder} for a placeholder
	 * @throws OptimisticLockingFailureException when the plan changed since {@code rowVersion}
	 */
	@Transactional
	public void updateHeader(long planId, NewPlan p, String place, int rowVersion) {
		Plan before = plans.get(planId);
		if (before.isPlaceholder()) {
			throw new InvalidInputException("plan.error.placeholder");
		}
		String title = clean(p.title());
		if (title.isEmpty() || title.length() > 2000) {
			throw new InvalidInputException("plan.error.title");
		}
		if (!KINDS.contains(p.kind())) {
			throw new InvalidInputException("plan.error.kind");
		}
		String number = clean(p.number()).isEmpty() ? null : clean(p.number());
		String key = PlanNumbers.key(number);
		if (key != null && (!key.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}./&()-]{0,59}") || !key.matches(".*\\d.*"))) {
			throw new InvalidInputException("plan.error.parent.number");
		}
		if (key != null && jdbc.sql("""
				select count(*) from plan where org_unit_id = :unit and number_key = :key and status <> 'PLACEHOLDER'
				   and id <> :id and (cast(:on as date) is null or issued_on is null or issued_on = :on)
				""").param("unit", before.orgUnitId()).param("key", key).param("id", planId).param("on", p.issuedOn())
			.query(Integer.class).single() > 0) {
			throw new InvalidInputException("plan.error.duplicate", number);
		}
		String issuer = clean(p.issuer()).isEmpty() ? null : clean(p.issuer());
		if (issuer != null && issuer.length() > 300) {
			throw new InvalidInputException("plan.error.issuer");
		}
		String placeText = clean(place).isEmpty() ? null : clean(place);
		if (placeText != null && placeText.length() > 200) {
			throw new InvalidInputException("plan.error.place");
		}
		java.util.List<Agency> issuers = issuer == null ? java.util.List.of() : assignments.agenciesFor(before.orgUnitId(), issuer);
		// a draft that gets its number is issued; a plan whose number is taken away is a draft again
		String status = before.status() == PlanStatus.CLOSED ? "CLOSED" : number == null ? "DRAFT" : "ACTIVE";
		int n = jdbc.sql("""
				update plan set number = :number, number_key = :key, kind = :kind, title = :title, issuer = :issuer,
				       issuing_agency_id = :agency, issued_on = :on, place = :place, status = :status, updated_at = now(),
				       row_version = row_version + 1
				 where id = :id and row_version = :version
				""").param("number", number).param("key", key).param("kind", p.kind()).param("title", title)
			.param("issuer", issuer).param("agency", issuers.size() == 1 ? issuers.get(0).id() : null)
			.param("on", p.issuedOn()).param("place", placeText).param("status", status).param("id", planId)
			.param("version", rowVersion).update();
		if (n == 0) {
			throw new OptimisticLockingFailureException("plan " + planId + " changed since version " + rowVersion);
		}
		Plan after = plans.get(planId);
		audit.record("UPDATE", Plans.ENTITY_TYPE, planId, before.orgUnitId(), header(before), header(after));
	}

	private static Map<String, Object> header(Plan p) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("number", p.number());
		m.put("kind", p.kind());
		m.put("title", p.title());
		m.put("issuer", p.issuer());
		m.put("issuedOn", p.issuedOn() == null ? null : p.issuedOn().toString());
		m.put("place", p.place());
		m.put("status", p.status().name());
		return m;
	}

	/** Deletes a task of a plan, with its assignments and links; audited. */
	@Transactional
	public void deleteTask(long planId, long taskId) {
		Plan plan = plans.get(planId);
		Task task = plans.tasks(planId).stream().filter(t -> t.id() == taskId).findFirst()
			.orElseThrow(() -> new vn.trienkhai.platform.NotFoundException("task " + taskId + " of plan " + planId));
		jdbc.sql("delete from task where id = :id and plan_id = :plan").param("id", taskId).param("plan", planId).update();
		audit.record("DELETE", "task", taskId, plan.orgUnitId(), state(task), null);
	}

	/** Deletes a target of a plan; audited (the indicator stays, other plans may measure it). */
	@Transactional
	public void deleteTarget(long planId, long targetId) {
		Plan plan = plans.get(planId);
		Target target = plans.targets(planId).stream().filter(t -> t.id() == targetId).findFirst()
			.orElseThrow(() -> new vn.trienkhai.platform.NotFoundException("target " + targetId + " of plan " + planId));
		jdbc.sql("delete from plan_target where id = :id and plan_id = :plan").param("id", targetId).param("plan", planId).update();
		audit.record("DELETE_TARGET", Plans.ENTITY_TYPE, planId, plan.orgUnitId(),
				Map.of("goal", target.goal(), "value", target.value().toPlainString()), null);
	}

}
