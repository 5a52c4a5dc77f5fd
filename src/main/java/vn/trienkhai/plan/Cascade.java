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

	/**
	 * Where a placeholder of this number is shared: nowhere in particular (null) for the number of a central
	 * body; else the province of the citing unit — the communes of one province citing "107/KH-UBND" mean one
	 * document, those of another province their own province's.
	 */
	Long scopeFor(String key, long citingUnit) {
		if (PlanNumbers.isCentral(key)) {
			return null;
		}
		OrgUnit unit = orgUnits.get(citingUnit);
		if (unit.level() <= 1) {
			return unit.id();
		}
		for (OrgUnit a : orgUnits.ancestors(citingUnit)) {
			if (a.level() == 1) {
				return a.id();
			}
		}
		return unit.id();
	}

	/**
	 * The placeholder a document of this number, date and unit fills: of a central number only a document of
	 * the nation (a province's copy of 36-NQ/TW stays its own); of a local one only a document of the province
	 * it was cited in. Locked, so two confirmations never fill one placeholder.
	 */
	Long placeholderToFill(String key, LocalDate issuedOn, long unit) {
		boolean central = PlanNumbers.isCentral(key);
		if (central && !orgUnits.get(unit).isNation()) {
			return null;
		}
		return placeholder(key, issuedOn, central ? null : scopeFor(key, unit), true);
	}

	private Long placeholder(String key, LocalDate issuedOn, Long scope, boolean lock) {
		return jdbc.sql("""
				select id from plan
				 where status = 'PLACEHOLDER' and number_key = :key and scope_unit_id is not distinct from :scope
				   and (cast(:on as date) is null or issued_on is null or issued_on = :on)
				 order by (issued_on = :on) desc nulls last, id limit 1
				""" + (lock ? " for update" : ""))
			.param("key", key)
			.param("scope", scope)
			.param("on", issuedOn)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/**
	 * The plan a citation in a plan of {@code citingUnit} means: a plan with that number (and date, when both
	 * are known) of the citing unit or a unit above it — nearest first, but for a number of a central body the
	 * highest (the nation's, before a province's copy); else the placeholder waiting for it in the citing
	 * province (or, for a central number, the national one); else a new placeholder. A local number ("107/KH-UBND") is
	 * issued by many units, so it is never taken from a unit that is not above the citing one.
	 */
	long resolve(String key, String number, LocalDate issuedOn, long citingUnit) {
		List<Long> units = new ArrayList<>();
		units.add(citingUnit);
		for (OrgUnit a : orgUnits.ancestors(citingUnit)) {
			units.add(a.id());
		}
		boolean central = PlanNumbers.isCentral(key);
		Long found = jdbc.sql("""
				select p.id from plan p left join org_unit u on u.id = p.org_unit_id
				 where p.number_key = :key and p.status <> 'PLACEHOLDER'
				   and (cast(:on as date) is null or p.issued_on is null or p.issued_on = :on)
				   and p.org_unit_id in (:units)
				 order by case when :central then u.level else -u.level end, p.id
				 limit 1
				""")
			.param("key", key)
			.param("on", issuedOn)
			.param("units", units)
			.param("central", central)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (found != null) {
			return found;
		}
		Long scope = scopeFor(key, citingUnit);
		Long waiting = placeholder(key, issuedOn, scope, false);
		if (waiting != null) {
			if (issuedOn != null) {
				jdbc.sql("update plan set issued_on = :on where id = :id and issued_on is null")
					.param("on", issuedOn)
					.param("id", waiting)
					.update();
			}
			return waiting;
		}
		// two imports citing the same unknown document at once make one placeholder
		Long created = jdbc.sql("""
				insert into plan (number, number_key, kind, issued_on, status, scope_unit_id, created_by)
				values (:number, :key, :kind, :on, 'PLACEHOLDER', :scope, :by)
				on conflict do nothing returning id
				""")
			.param("number", number.strip())
			.param("key", key)
			.param("kind", PlanNumbers.kindOf(key))
			.param("on", issuedOn)
			.param("scope", scope)
			.param("by", CurrentUser.actorName())
			.query(Long.class)
			.optional()
			.orElse(null);
		return created != null ? created : placeholder(key, issuedOn, scope, false);
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
		// two links A→B and B→A made at once must not both pass the check
		jdbc.sql("select pg_advisory_xact_lock(7001)").query().singleRow();
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
