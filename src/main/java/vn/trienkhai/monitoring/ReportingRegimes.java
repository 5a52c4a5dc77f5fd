package vn.trienkhai.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.agency.Agencies;
import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.document.DocumentImports;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanCreated;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.InvalidInputException;

/**
 * The reporting regime of each plan — its focal agency and periodic reports — and the rounds it generates.
 * Set up when a plan is created, from the regime the import read ("định kỳ trước ngày 15 tháng 11 hàng năm",
 * "sơ kết sau 3 năm"); a plan that names none reports once a year by Decree 09/2019. A coordinator can change
 * it; rounds already reported on are kept.
 */
@Service
public class ReportingRegimes {

	public static final String ENTITY_TYPE = "reporting_regime";

	/** How many years a regime generates rounds for when the plan sets no nearer horizon. */
	static final int DEFAULT_YEARS = 5;

	private final JdbcClient jdbc;

	private final Plans plans;

	private final DocumentImports documents;

	private final Agencies agencies;

	private final AuditLog audit;

	ReportingRegimes(JdbcClient jdbc, Plans plans, DocumentImports documents, Agencies agencies, AuditLog audit) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.documents = documents;
		this.agencies = agencies;
		this.audit = audit;
	}

	/** A plan's regime as it stands. */
	public record Regime(long planId, Long focalAgencyId, int firstYear, int lastYear, List<Schedule> schedules,
			int rowVersion) {

		public Regime {
			schedules = List.copyOf(schedules);
		}

	}

	@EventListener
	void on(PlanCreated event) {
		setUp(event.planId(), event.importedDocumentId());
	}

	/** Creates the regime of a new plan and its rounds (in the caller's transaction). */
	void setUp(long planId, Long importedDocumentId) {
		if (find(planId).isPresent()) {
			return;
		}
		Plan plan = plans.get(planId);
		Map<String, Object> reporting = importedDocumentId == null ? Map.of()
				: map(documents.currentDraft(importedDocumentId).get("reporting"));
		Long focal = null;
		String focalName = reporting.get("focalAgency") instanceof String s ? s.strip() : null;
		if (focalName != null) {
			try {
				focal = agencies.findOrCreate(plan.orgUnitId(), focalName).id();
			}
			catch (InvalidInputException unnamed) {
				// not a body's name ("–"): the coordinator names the focal agency on the regime page
			}
		}
		List<Schedule> schedules = schedulesFrom(reporting);
		int first = plan.issuedOn() != null ? plan.issuedOn().getYear() : LocalDate.now().getYear();
		int last = lastYear(plan, first);
		jdbc.sql("""
				insert into reporting_regime (plan_id, focal_agency_id, first_year, last_year) values (:p, :f, :first, :last)
				""").param("p", planId).param("f", focal).param("first", first).param("last", last).update();
		insertSchedules(planId, schedules);
		generate(planId);
		for (Map<String, Object> review : maps(reporting.get("reviews"))) {
			openReviews(plan, review);
		}
	}

	/** The periodic reports the import read: one schedule per frequency, Decree 09 defaults for the rest. */
	static List<Schedule> schedulesFrom(Map<String, Object> reporting) {
		Map<RoundKind, Schedule> out = new LinkedHashMap<>();
		for (Map<String, Object> duty : maps(reporting.get("duties"))) {
			String due = duty.get("due") instanceof String s ? s : null;
			Integer month = null;
			Integer day = null;
			if (due != null && due.matches("--\\d{2}(-\\d{2})?")) {
				month = Integer.parseInt(due.substring(2, 4));
				day = due.length() == 7 ? Integer.parseInt(due.substring(5, 7)) : null;
			}
			else if (due != null && due.matches("\\d{4}-\\d{2}-\\d{2}")) {
				month = Integer.parseInt(due.substring(5, 7));
				day = Integer.parseInt(due.substring(8, 10));
			}
			if (month != null && (month < 1 || month > 12 || (day != null && (day < 1 || day > 31)))) {
				month = null;
				day = null;
			}
			String quote = duty.get("quote") instanceof String s ? s : null;
			for (Object f : duty.get("frequency") instanceof List<?> l ? l : List.of()) {
				RoundKind kind = switch (String.valueOf(f)) {
					case "semiannual" -> RoundKind.SEMIANNUAL;
					case "quarterly" -> RoundKind.QUARTERLY;
					case "monthly" -> RoundKind.MONTHLY;
					// "định kỳ … theo quy định": the periodic report of Decree 09 is the annual one
					default -> RoundKind.ANNUAL;
				};
				out.putIfAbsent(kind, Schedule.of(kind, month, day, quote));
			}
		}
		if (out.isEmpty()) {
			out.put(RoundKind.ANNUAL, Schedule.of(RoundKind.ANNUAL, null, null, null));
		}
		return new ArrayList<>(out.values());
	}

	/** The nearest horizon year of the plan (2030 of 2030/2045), else a few years on. */
	private static int lastYear(Plan plan, int first) {
		return plan.horizonYears().stream().filter(y -> y >= first && y <= first + 25).min(Integer::compare)
			.orElse(first + DEFAULT_YEARS - 1);
	}

	/** Reviews the import read with their years ("sơ kết sau 3 năm"); others are opened by a coordinator. */
	private void openReviews(Plan plan, Map<String, Object> review) {
		if (plan.issuedOn() == null) {
			return;
		}
		RoundKind kind = "final".equals(review.get("kind")) ? RoundKind.FINAL_REVIEW : RoundKind.INTERIM_REVIEW;
		List<Integer> years = new ArrayList<>();
		for (Object y : review.get("afterYears") instanceof List<?> l ? l : List.of()) {
			if (y instanceof Number n && n.intValue() >= 1 && n.intValue() <= 25) {
				years.add(n.intValue());
			}
		}
		if (review.get("year") instanceof Number y && y.intValue() > plan.issuedOn().getYear()) {
			years.add(y.intValue() - plan.issuedOn().getYear());
		}
		for (int after : years) {
			LocalDate end = plan.issuedOn().plusYears(after).minusDays(1);
			jdbc.sql("""
					insert into reporting_round (plan_id, kind, label, period_start, period_end, due_on, created_by)
					values (:p, :k, :label, :start, :end, :due, :by)
					""").param("p", plan.id()).param("k", kind.name()).param("label", String.valueOf(after))
				.param("start", plan.issuedOn()).param("end", end).param("due", end.plusDays(REVIEW_DUE_DAYS))
				.param("by", CurrentUser.actorName()).update();
		}
	}

	/** Days after a review's period ends that its reports are due. */
	static final int REVIEW_DUE_DAYS = 15;

	public Optional<Regime> find(long planId) {
		return jdbc.sql("select plan_id, focal_agency_id, first_year, last_year, row_version from reporting_regime where plan_id = :p")
			.param("p", planId)
			.query((rs, n) -> new Regime(rs.getLong(1), (Long) rs.getObject(2), rs.getInt(3), rs.getInt(4),
					schedules(planId), rs.getInt(5)))
			.optional();
	}

	public List<Schedule> schedules(long planId) {
		return jdbc.sql("""
				select frequency, period_end_day, period_end_month, due_day, due_month, quote from reporting_schedule
				 where plan_id = :p order by array_position(array['ANNUAL','SEMIANNUAL','QUARTERLY','MONTHLY'], frequency)
				""").param("p", planId)
			.query((rs, n) -> new Schedule(RoundKind.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getInt(4),
					(Integer) rs.getObject(5), rs.getString(6)))
			.list();
	}

	/**
	 * Replaces a plan's regime: focal agency, years and schedules. Periodic rounds nobody has reported on are
	 * regenerated; rounds with reports stay as they were.
	 *
	 * @throws InvalidInputException {@code monitoring.error.years} for a span out of order or over 25 years,
	 * {@code monitoring.error.schedule.duplicate} for two schedules of one frequency
	 */
	@Transactional
	public void update(long planId, Long focalAgencyId, int firstYear, int lastYear, List<Schedule> schedules,
			int rowVersion) {
		Plan plan = plans.get(planId);
		if (lastYear < firstYear || lastYear - firstYear > 25 || firstYear < 2000 || lastYear > 2100) {
			throw new InvalidInputException("monitoring.error.years");
		}
		if (schedules.stream().map(Schedule::frequency).distinct().count() != schedules.size()) {
			throw new InvalidInputException("monitoring.error.schedule.duplicate");
		}
		if (focalAgencyId != null && agencies.findById(focalAgencyId).filter(a -> a.orgUnitId() == plan.orgUnitId())
			.isEmpty()) {
			throw new InvalidInputException("monitoring.error.focal");
		}
		Regime before = find(planId).orElseThrow();
		int changed = jdbc.sql("""
				update reporting_regime set focal_agency_id = :f, first_year = :first, last_year = :last, updated_at = now(),
				       row_version = row_version + 1
				 where plan_id = :p and row_version = :v
				""").param("f", focalAgencyId).param("first", firstYear).param("last", lastYear).param("p", planId)
			.param("v", rowVersion).update();
		if (changed == 0) {
			throw new org.springframework.dao.OptimisticLockingFailureException("reporting regime " + planId);
		}
		jdbc.sql("delete from reporting_schedule where plan_id = :p").param("p", planId).update();
		insertSchedules(planId, schedules);
		// rounds the new regime still makes keep their ids (and links to them); others go unless reported on
		List<String> keep = new ArrayList<>();
		for (PlannedRound r : planned(planId)) {
			keep.add(r.kind() + "|" + r.period().start() + "|" + r.period().end() + "|" + r.period().due());
		}
		jdbc.sql("""
				delete from reporting_round r
				 where r.plan_id = :p and r.kind in ('ANNUAL', 'SEMIANNUAL', 'QUARTERLY', 'MONTHLY')
				   and not (r.kind || '|' || r.period_start || '|' || r.period_end || '|' || r.due_on = any(:keep))
				   and not exists (select 1 from progress_report pr where pr.round_id = r.id)
				""").param("p", planId).param("keep", keep.toArray(String[]::new)).update();
		generate(planId);
		audit.record("UPDATE", ENTITY_TYPE, planId, plan.orgUnitId(), describe(before), describe(find(planId).orElseThrow()));
	}

	private static Map<String, Object> describe(Regime r) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("focalAgencyId", r.focalAgencyId());
		m.put("years", r.firstYear() + "-" + r.lastYear());
		m.put("schedules", r.schedules().stream()
			.map(s -> s.frequency() + " end " + s.periodEndDay() + "/" + s.periodEndMonth() + " due " + s.dueDay()
					+ (s.dueMonth() == null ? "" : "/" + s.dueMonth()))
			.toList());
		return m;
	}

	private void insertSchedules(long planId, List<Schedule> schedules) {
		for (Schedule s : schedules) {
			jdbc.sql("""
					insert into reporting_schedule (plan_id, frequency, period_end_day, period_end_month, due_day, due_month, quote)
					values (:p, :f, :ed, :em, :dd, :dm, :q)
					""").param("p", planId).param("f", s.frequency().name()).param("ed", s.periodEndDay())
				.param("em", s.periodEndMonth()).param("dd", s.dueDay()).param("dm", s.dueMonth()).param("q", s.quote())
				.update();
		}
	}

	/**
	 * Inserts the periodic rounds of the regime's years that are missing; a round whose window closed before
	 * the plan was issued is skipped. Idempotent.
	 */
	int generate(long planId) {
		int n = 0;
		for (PlannedRound r : planned(planId)) {
			n += jdbc.sql("""
					insert into reporting_round (plan_id, kind, label, period_start, period_end, due_on, created_by)
					values (:p, :k, :label, :start, :end, :due, :by)
					on conflict (plan_id, kind, period_start) where kind in ('ANNUAL', 'SEMIANNUAL', 'QUARTERLY', 'MONTHLY')
					do nothing
					""").param("p", planId).param("k", r.kind().name()).param("label", r.period().label())
				.param("start", r.period().start()).param("end", r.period().end()).param("due", r.period().due())
				.param("by", CurrentUser.actorName()).update();
		}
		return n;
	}

	private record PlannedRound(RoundKind kind, Schedule.Period period) {
	}

	/** The periodic rounds the regime makes; a round whose window closed before the plan was issued is left out. */
	private List<PlannedRound> planned(long planId) {
		Regime regime = find(planId).orElseThrow();
		Plan plan = plans.get(planId);
		List<PlannedRound> out = new ArrayList<>();
		for (Schedule s : regime.schedules()) {
			for (int year = regime.firstYear(); year <= regime.lastYear(); year++) {
				for (Schedule.Period p : s.periods(year)) {
					if (plan.issuedOn() == null || !p.end().isBefore(plan.issuedOn())) {
						out.add(new PlannedRound(s.frequency(), p));
					}
				}
			}
		}
		return out;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object o) {
		return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> maps(Object o) {
		List<Map<String, Object>> out = new ArrayList<>();
		if (o instanceof List<?> l) {
			for (Object e : l) {
				if (e instanceof Map<?, ?> m) {
					out.add((Map<String, Object>) m);
				}
			}
		}
		return out;
	}

}
