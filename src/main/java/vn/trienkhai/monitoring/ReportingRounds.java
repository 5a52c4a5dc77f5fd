package vn.trienkhai.monitoring;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.NotFoundException;

/**
 * Reporting rounds: reading them, who must report in each (the responsible agencies), what each owes, and
 * how complete and timely a round is; opening reviews and ad hoc rounds; exceptions past a deadline.
 *
 * <p>The responsible agencies of a round are the lead agencies of the plan's tasks that are not cancelled,
 * the plan's focal agency, and any agency that has begun a report in it. An agency owes, besides its tasks,
 * the values of the plan's indicators for its own unit when it is the focal agency or a People's Committee of
 * a unit below the plan's: that is how commune figures reach a province's plan.
 */
@Service
public class ReportingRounds {

	public static final String ENTITY_TYPE = "reporting_round";

	/** Reports are dated in Vietnam's time: a report sent at 23:30 on the due day is on time. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final JdbcClient jdbc;

	private final Plans plans;

	private final AuditLog audit;

	ReportingRounds(JdbcClient jdbc, Plans plans, AuditLog audit) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.audit = audit;
	}

	static final String ROUND_COLUMNS = "r.id, r.plan_id, r.kind, r.label, r.period_start, r.period_end, r.due_on";

	static Round round(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Round(rs.getLong(1), rs.getLong(2), RoundKind.valueOf(rs.getString(3)), rs.getString(4),
				rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class));
	}

	public static LocalDate today() {
		return LocalDate.now(ZONE);
	}

	public Optional<Round> find(long id) {
		return jdbc.sql("select " + ROUND_COLUMNS + " from reporting_round r where r.id = :id").param("id", id)
			.query((rs, n) -> round(rs)).optional();
	}

	public Round get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("reporting round " + id));
	}

	/** The plan's rounds by due date. */
	public List<Round> ofPlan(long planId) {
		return jdbc.sql("select " + ROUND_COLUMNS + " from reporting_round r where r.plan_id = :p order by r.due_on, r.period_start, r.id")
			.param("p", planId).query((rs, n) -> round(rs)).list();
	}

	/** The rounds whose due date falls in [from, to], of any plan not closed: for reminders. */
	public List<Round> dueBetween(LocalDate from, LocalDate to) {
		return jdbc.sql("select " + ROUND_COLUMNS + " from reporting_round r join plan p on p.id = r.plan_id "
				+ "where r.due_on between :from and :to and p.status in ('ACTIVE', 'DRAFT') order by r.due_on, r.id")
			.param("from", from).param("to", to).query((rs, n) -> round(rs)).list();
	}

	/** The round of the plan now being reported on: the first not yet past due (exceptions aside), else the last. */
	public Optional<Round> current(long planId, LocalDate today) {
		List<Round> rounds = ofPlan(planId);
		return rounds.stream().filter(r -> r.hasBegun(today) && !today.isAfter(r.dueOn())).findFirst()
			.or(() -> rounds.stream().filter(r -> r.hasBegun(today)).reduce((a, b) -> b));
	}

	/** The agencies that must report in the round: see the class comment. */
	public List<Long> responsibleAgencies(long roundId) {
		return jdbc.sql(RESPONSIBLE + " order by 1").param("round", roundId).query(Long.class).list();
	}

	static final String RESPONSIBLE = """
			select ta.agency_id from reporting_round r
			  join task t on t.plan_id = r.plan_id and t.progress <> 'CANCELLED'
			  join task_assignment ta on ta.task_id = t.id and ta.role = 'LEAD'
			 where r.id = :round
			union
			select g.focal_agency_id from reporting_round r join reporting_regime g on g.plan_id = r.plan_id
			 where r.id = :round and g.focal_agency_id is not null
			union
			select pr.agency_id from progress_report pr where pr.round_id = :round
			""";

	/** Whether the agency must report in the round. */
	public boolean isResponsible(long roundId, long agencyId) {
		return responsibleAgencies(roundId).contains(agencyId);
	}

	/**
	 * The indicators whose values the agency owes in this plan, for its own unit: those of the plan's targets
	 * (for a ratio, its numerator and denominator; for a weighted average, also its weight), when the agency is
	 * the focal agency or a People's Committee of a unit below the plan's that leads one of its tasks.
	 */
	public List<Long> indicatorsOwed(long planId, long agencyId) {
		return jdbc.sql("""
				with owes as (
				  select 1 from reporting_regime g where g.plan_id = :p and g.focal_agency_id = :a
				  union all
				  select 1 from agency a join org_unit u on u.id = a.org_unit_id
				    join plan pl on pl.id = :p join org_unit pu on pu.id = pl.org_unit_id
				   where a.id = :a and a.type = 'PEOPLES_COMMITTEE' and u.path <@ pu.path and u.id <> pu.id
				     and exists (select 1 from task t join task_assignment ta on ta.task_id = t.id
				                  where t.plan_id = :p and ta.agency_id = :a and ta.role = 'LEAD')
				), targets as (
				  select distinct i.id, i.aggregation, i.numerator_id, i.denominator_id, i.weight_id
				    from plan_target pt join indicator i on i.id = pt.indicator_id where pt.plan_id = :p
				)
				select distinct id from (
				  select id from targets where aggregation <> 'RATIO'
				  union select numerator_id from targets where aggregation = 'RATIO'
				  union select denominator_id from targets where aggregation = 'RATIO'
				  union select weight_id from targets where weight_id is not null
				) owed
				 where exists (select 1 from owes)
				 order by id
				""").param("p", planId).param("a", agencyId).query(Long.class).list();
	}

	/** One responsible agency's standing in a round. */
	public record Standing(long agencyId, String agencyName, long orgUnitId, Long reportId, ReportStatus status,
			java.time.Instant firstSubmittedAt, LocalDate exceptionUntil, Timeliness timeliness) {
	}

	/** Every responsible agency of the round with its report's status and timeliness, by agency name. */
	public List<Standing> standings(long roundId, LocalDate today) {
		Round round = get(roundId);
		return jdbc.sql("""
				with responsible as (""" + RESPONSIBLE + """
				)
				select a.id, a.name, a.org_unit_id, pr.id, pr.status, pr.first_submitted_at, e.until
				  from responsible x join agency a on a.id = x.agency_id
				  left join progress_report pr on pr.round_id = :round and pr.agency_id = a.id
				  left join round_exception e on e.round_id = :round and e.agency_id = a.id
				 order by a.name, a.id
				""").param("round", roundId)
			.query((rs, n) -> {
				java.sql.Timestamp first = rs.getTimestamp(6);
				LocalDate until = rs.getObject(7, LocalDate.class);
				LocalDate due = until != null && until.isAfter(round.dueOn()) ? until : round.dueOn();
				LocalDate firstDay = first == null ? null : first.toInstant().atZone(ZONE).toLocalDate();
				String status = rs.getString(5);
				return new Standing(rs.getLong(1), rs.getString(2), rs.getLong(3), (Long) rs.getObject(4),
						status == null ? ReportStatus.DRAFT : ReportStatus.valueOf(status),
						first == null ? null : first.toInstant(), until, Timeliness.of(firstDay, due, today));
			})
			.list();
	}

	/** Counts of a round's standings, and the share submitted (on time or late) and on time. */
	public record Completeness(int responsible, int onTime, int late, int missing, int notDue, int approved) {

		public double onTimeRate() {
			return responsible == 0 ? 0 : (double) onTime / responsible;
		}

		public static Completeness of(List<Standing> standings) {
			int[] c = new int[5];
			for (Standing s : standings) {
				c[s.timeliness().ordinal()]++;
				if (s.status() == ReportStatus.APPROVED) {
					c[4]++;
				}
			}
			return new Completeness(standings.size(), c[0], c[1], c[2], c[3], c[4]);
		}

	}

	/**
	 * Timeliness counted over every round due before today of the plans in a unit's subtree: per unit
	 * (the unit itself, or the child of it that holds the reporting agency) or per level of the agency's unit
	 * (0 nation, 1 province, 2 commune).
	 *
	 * @param unitId null for a row of a level
	 */
	public record TimelinessRate(Long unitId, int level, int due, int onTime, int late, int missing) {

		public double onTimeRate() {
			return due == 0 ? 0 : (double) onTime / due;
		}

	}

	private static final String DUE_STANDINGS = """
			with s as (select path, nlevel(path) as lvl from org_unit where id = :scope),
			r as (
			  select rr.id, rr.plan_id, rr.due_on from reporting_round rr
			    join plan p on p.id = rr.plan_id and p.status <> 'PLACEHOLDER'
			    join org_unit pu on pu.id = p.org_unit_id cross join s
			   where pu.path <@ s.path and rr.due_on < :today
			),
			resp as (
			  select r.id as round_id, ta.agency_id from r
			    join task t on t.plan_id = r.plan_id and t.progress <> 'CANCELLED'
			    join task_assignment ta on ta.task_id = t.id and ta.role = 'LEAD'
			  union select r.id, g.focal_agency_id from r join reporting_regime g on g.plan_id = r.plan_id
			   where g.focal_agency_id is not null
			  union select r.id, pr.agency_id from r join progress_report pr on pr.round_id = r.id
			),
			st as (
			  select au.path, nlevel(au.path) - 1 as level,
			         case when pr.first_submitted_at is null then
			                   case when greatest(r.due_on, e.until) < :today then 'MISSING' else 'NOT_DUE' end
			              when (pr.first_submitted_at at time zone 'Asia/Ho_Chi_Minh')::date > greatest(r.due_on, e.until)
			                   then 'LATE' else 'ON_TIME' end as t
			    from resp join r on r.id = resp.round_id
			    join agency a on a.id = resp.agency_id join org_unit au on au.id = a.org_unit_id
			    left join progress_report pr on pr.round_id = resp.round_id and pr.agency_id = resp.agency_id
			    left join round_exception e on e.round_id = resp.round_id and e.agency_id = resp.agency_id
			)
			""";

	private static final String RATE_COLUMNS = """
			count(*) filter (where t <> 'NOT_DUE'), count(*) filter (where t = 'ON_TIME'),
			count(*) filter (where t = 'LATE'), count(*) filter (where t = 'MISSING')""";

	/** Per unit: the unit's own agencies, and each child's (with everything below it). */
	public List<TimelinessRate> timelinessByUnit(long scopeUnitId, LocalDate today) {
		return jdbc.sql(DUE_STANDINGS + """
				select u.id, u.level, """ + RATE_COLUMNS + """
				  from st cross join s
				  join org_unit u on u.path = case when nlevel(st.path) = s.lvl then st.path else subpath(st.path, 0, s.lvl + 1) end
				 group by u.id, u.level, u.code order by u.level, u.code
				""").param("scope", scopeUnitId).param("today", today)
			.query((rs, n) -> new TimelinessRate(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					rs.getInt(6)))
			.list().stream().filter(t -> t.due() > 0).toList();
	}

	/** Per level of the reporting agency's unit. */
	public List<TimelinessRate> timelinessByLevel(long scopeUnitId, LocalDate today) {
		return jdbc.sql(DUE_STANDINGS + "select level, " + RATE_COLUMNS + " from st group by level order by level")
			.param("scope", scopeUnitId).param("today", today)
			.query((rs, n) -> new TimelinessRate(null, rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
			.list().stream().filter(t -> t.due() > 0).toList();
	}

	/** The exception granted to an agency in a round: the last day it may still enter data. */
	public Optional<LocalDate> exceptionUntil(long roundId, long agencyId) {
		return jdbc.sql("select until from round_exception where round_id = :r and agency_id = :a").param("r", roundId)
			.param("a", agencyId).query(LocalDate.class).optional();
	}

	/** Whether the agency may still enter data in the round today. */
	public boolean isOpenFor(Round round, long agencyId, LocalDate today) {
		return round.isOpenOn(today, exceptionUntil(round.id(), agencyId).orElse(null));
	}

	/**
	 * Lets an agency enter data after the deadline, until a day (replacing an earlier exception).
	 *
	 * @throws InvalidInputException {@code monitoring.error.exception.until} for a day not after the due date
	 * or more than a year after it, {@code monitoring.error.reason} for a blank reason,
	 * {@code monitoring.error.agency.notResponsible} for an agency that does not report in the round
	 */
	@Transactional
	public void grantException(long roundId, long agencyId, LocalDate until, String reason) {
		Round round = get(roundId);
		String why = reason == null ? "" : reason.strip();
		if (until == null || !until.isAfter(round.dueOn()) || until.isAfter(round.dueOn().plusYears(1))) {
			throw new InvalidInputException("monitoring.error.exception.until");
		}
		if (why.isEmpty() || why.length() > 2000) {
			throw new InvalidInputException("monitoring.error.reason");
		}
		if (!isResponsible(roundId, agencyId)) {
			throw new InvalidInputException("monitoring.error.agency.notResponsible");
		}
		jdbc.sql("""
				insert into round_exception (round_id, agency_id, until, reason, granted_by) values (:r, :a, :u, :why, :by)
				on conflict (round_id, agency_id) do update set until = excluded.until, reason = excluded.reason,
				       granted_by = excluded.granted_by, granted_at = now()
				""").param("r", roundId).param("a", agencyId).param("u", until).param("why", why)
			.param("by", CurrentUser.actorName()).update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("agencyId", agencyId);
		after.put("until", until.toString());
		after.put("reason", why);
		audit.record("EXCEPTION", ENTITY_TYPE, roundId, plans.get(round.planId()).orgUnitId(), null, after);
	}

	/**
	 * Opens a review (sơ kết, tổng kết) or an ad hoc round with its own title, window and due date.
	 *
	 * @throws InvalidInputException {@code monitoring.error.round.kind} for a periodic kind,
	 * {@code monitoring.error.round.label} for a blank or long title, {@code monitoring.error.round.dates} for a
	 * window out of order, a due date before its end or dates over 30 years apart
	 */
	@Transactional
	public long open(long planId, RoundKind kind, String label, LocalDate start, LocalDate end, LocalDate due) {
		Plan plan = plans.get(planId);
		if (kind == null || kind.isPeriodic()) {
			throw new InvalidInputException("monitoring.error.round.kind");
		}
		String title = label == null ? "" : label.strip().replaceAll("\\s+", " ");
		if (title.isEmpty() || title.length() > 300) {
			throw new InvalidInputException("monitoring.error.round.label");
		}
		if (start == null || end == null || due == null || end.isBefore(start) || due.isBefore(end)
				|| start.plusYears(30).isBefore(due)) {
			throw new InvalidInputException("monitoring.error.round.dates");
		}
		long id = jdbc.sql("""
				insert into reporting_round (plan_id, kind, label, period_start, period_end, due_on, created_by)
				values (:p, :k, :label, :start, :end, :due, :by) returning id
				""").param("p", planId).param("k", kind.name()).param("label", title).param("start", start)
			.param("end", end).param("due", due).param("by", CurrentUser.actorName()).query(Long.class).single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("kind", kind.name());
		after.put("label", title);
		after.put("period", start + "/" + end);
		after.put("due", due.toString());
		audit.record("CREATE", ENTITY_TYPE, id, plan.orgUnitId(), null, after);
		return id;
	}

	/**
	 * Opens the review after some years of the plan (sơ kết 1 năm, 3 năm; tổng kết 5 năm): its window runs from
	 * the plan's date for that many years, and reports are due 15 days after.
	 *
	 * @throws InvalidInputException {@code monitoring.error.review.years} for 1–25 years not given,
	 * {@code monitoring.error.review.noDate} for a plan without a date, {@code monitoring.error.review.exists}
	 * when that review is open already
	 */
	@Transactional
	public long openReview(long planId, RoundKind kind, int years) {
		Plan plan = plans.get(planId);
		if (kind != RoundKind.INTERIM_REVIEW && kind != RoundKind.FINAL_REVIEW) {
			throw new InvalidInputException("monitoring.error.round.kind");
		}
		if (years < 1 || years > 25) {
			throw new InvalidInputException("monitoring.error.review.years");
		}
		if (plan.issuedOn() == null) {
			throw new InvalidInputException("monitoring.error.review.noDate");
		}
		boolean exists = ofPlan(planId).stream().anyMatch(r -> r.kind() == kind && r.label().equals(String.valueOf(years)));
		if (exists) {
			throw new InvalidInputException("monitoring.error.review.exists");
		}
		LocalDate end = plan.issuedOn().plusYears(years).minusDays(1);
		return open(planId, kind, String.valueOf(years), plan.issuedOn(), end, end.plusDays(15));
	}

	/**
	 * Deletes a review or ad hoc round nobody has reported in.
	 *
	 * @throws InvalidInputException {@code monitoring.error.round.inUse} when reports exist, or
	 * {@code monitoring.error.round.kind} for a periodic round (those follow the regime)
	 */
	@Transactional
	public void delete(long roundId) {
		Round round = get(roundId);
		if (round.kind().isPeriodic()) {
			throw new InvalidInputException("monitoring.error.round.kind");
		}
		Integer reports = jdbc.sql("select count(*) from progress_report where round_id = :r").param("r", roundId)
			.query(Integer.class).single();
		if (reports > 0) {
			throw new InvalidInputException("monitoring.error.round.inUse");
		}
		jdbc.sql("delete from reporting_round where id = :r").param("r", roundId).update();
		audit.record("DELETE", ENTITY_TYPE, roundId, plans.get(round.planId()).orgUnitId(),
				Map.of("label", round.label(), "kind", round.kind().name()), null);
	}

}
