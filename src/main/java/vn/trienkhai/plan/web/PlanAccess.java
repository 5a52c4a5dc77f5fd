package vn.trienkhai.plan.web;

import org.springframework.stereotype.Component;

import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.OutOfScopeException;
import vn.trienkhai.platform.Role;
import vn.trienkhai.platform.UserScope;

/**
 * Who sees which plan: everyone signed in reads the plans of the units within their scope and of the units
 * above (the plans they carry out); a placeholder (a cited document's number, nothing more) is readable by
 * all. Only coordinators and administrators of units wholly within their scope change plans.
 */
@Component
class PlanAccess {

	private final Plans plans;

	private final OrgUnits orgUnits;

	PlanAccess(Plans plans, OrgUnits orgUnits) {
		this.plans = plans;
		this.orgUnits = orgUnits;
	}

	Plan visible(long id) {
		Plan plan = plans.get(id);
		if (!isVisible(plan)) {
			throw new OutOfScopeException("plan " + id);
		}
		return plan;
	}

	/**
	 * A plan of the user's subtree, or of a unit above the user's: a plan is a directive to the units below
	 * it, and a commune must read the province's plan it carries out (never a sibling's).
	 */
	boolean isVisible(Plan plan) {
		if (plan.orgUnitId() == null) {
			return true;
		}
		long mine = CurrentUser.get().orgUnitId();
		return orgUnits.isWithin(plan.orgUnitId(), mine) || orgUnits.isWithin(mine, plan.orgUnitId());
	}

	/** Whether the unit lies within the user's own subtree (not merely above it). */
	boolean contains(long unitId) {
		return orgUnits.isWithin(unitId, CurrentUser.get().orgUnitId());
	}

	/** Whether the user's role writes plans: coordinators and administrators. */
	boolean isWriter() {
		UserScope user = CurrentUser.get();
		return user.is(Role.ADMINISTRATOR) || user.is(Role.COORDINATOR);
	}

	/** 403 unless the user's role writes plans. */
	void requireWriter() {
		if (!isWriter()) {
			throw new OutOfScopeException("role " + CurrentUser.get().role() + " may not write plans");
		}
	}

	/** Coordinators and administrators change the plans of units wholly within their scope. */
	boolean canWrite(Plan plan) {
		return isWriter() && plan.orgUnitId() != null
				&& orgUnits.isWhollyWithin(plan.orgUnitId(), CurrentUser.get().orgUnitId());
	}

	/** Whether the user may write plans of this unit (a current unit, or the nation, wholly within scope). */
	boolean mayWriteIn(long unitId) {
		return orgUnits.findById(unitId).map(u -> u.isCurrent() || u.isNation()).orElse(false)
				&& orgUnits.isWhollyWithin(unitId, CurrentUser.get().orgUnitId());
	}

	Plan writable(long id) {
		Plan plan = visible(id);
		if (!canWrite(plan)) {
			throw new OutOfScopeException("plan " + id);
		}
		return plan;
	}

	String unitLabel(Long unitId) {
		return unitId == null ? null : orgUnits.qualifiedName(unitId);
	}

}
