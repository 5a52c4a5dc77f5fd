package vn.trienkhai.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.platform.CurrentUser;

/**
 * The links between levels: which plan a citation means, placeholders for documents not in the system, and
 * parent links that never make a cycle.
 */
@Component
class Cascade {

	private final JdbcClient jdbc;

	private final OrgUnits orgUnits;

	Cascade(JdbcClient jdbc, OrgUnits orgUnits) {
		this.jdbc = jdbc;
		this.orgUnits = orgUnits;
	}

	/** A placeholder waiting for the document of this number (and date, when both are known). */
	Long placeholderFor(String key, LocalDate issuedOn) {
		return jdbc.sql("""
				select id from plan
				 where status = 'PLACEHOLDER' and number_key = :key
				   and (cast(:on as date) is null or issued_on is null or issued_on = :on)
				 order by (issued_on = :on) desc nulls last, id limit 1
				""")
			.param("key", key)
			.param("on", issuedOn)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/**
	 * The plan a citation in a plan of {@code citingUnit} means: a plan with that number (and date, when both are
	 * known) of the citing unit or a unit above it, nearest first; for a number of a central body, one of
	 * anywhere; else a waiting placeholder; else a new placeholder. A local number ("107/KH-UBND") is issued
	 * by many units, so it is never taken from a unit that is not above the citing one.
	 */
	long resolve(String key, String number, LocalDate issuedOn, long citingUnit) {
		List<Long> units = new ArrayList<>();
		units.add(citingUnit);
		for (OrgUnit a : orgUnits.ancestors(citingUnit)) {
			units.add(a.id());
		}
		Long found = jdbc.sql("""
				select p.id from plan p left join org_unit u on u.id = p.org_unit_id
				 where p.number_key = :key and p.status <> 'PLACEHOLDER'
				   and (cast(:on as date) is null or p.issued_on is null or p.issued_on = :on)
				   and (p.org_unit_id in (:units) or :central)
				 order by u.level desc nulls last, p.id limit 1
				""")
			.param("key", key)
			.param("on", issuedOn)
			.param("units", units)
			.param("central", PlanNumbers.isCentral(key))
			.query(Long.class)
			.optional()
			.orElse(null);
		if (found != null) {
			return found;
		}
		Long waiting = placeholderFor(key, issuedOn);
		if (waiting != null) {
			if (issuedOn != null) {
				jdbc.sql("update plan set issued_on = :on where id = :id and issued_on is null")
					.param("on", issuedOn)
					.param("id", waiting)
					.update();
			}
			return waiting;
		}
		return jdbc.sql("""
				insert into plan (number, number_key, kind, issued_on, status, created_by)
				values (:number, :key, :kind, :on, 'PLACEHOLDER', :by) returning id
				""")
			.param("number", number.strip())
			.param("key", key)
			.param("kind", PlanNumbers.kindOf(key))
			.param("on", issuedOn)
			.param("by", CurrentUser.actorName())
			.query(Long.class)
			.single();
	}

	/** Whether {@code ancestor} is {@code plan} or a plan it implements, directly or through others. */
	boolean implementsTransitively(long plan, long ancestor) {
		return Boolean.TRUE.equals(jdbc.sql("""
				with recursive up(id) as (
				    select cast(:plan as bigint)
				    union
				    select pp.parent_id from plan_parent pp join up on pp.plan_id = up.id
				)
				select exists (select 1 from up where id = :ancestor)
				""")
			.param("plan", plan)
			.param("ancestor", ancestor)
			.query(Boolean.class)
			.single());
	}

	/**
	 * Records that {@code plan} implements {@code parent}, unless it would close a cycle (the parent already
	 * implements the plan, through any chain) or the link is there already.
	 *
	 * @return whether the plan now implements the parent
	 */
	boolean link(long plan, long parent) {
		if (plan == parent || implementsTransitively(parent, plan)) {
			return false;
		}
		jdbc.sql("insert into plan_parent (plan_id, parent_id) values (:plan, :parent) on conflict do nothing")
			.param("plan", plan)
			.param("parent", parent)
			.update();
		return true;
	}

}
