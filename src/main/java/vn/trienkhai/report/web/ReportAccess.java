package vn.trienkhai.report.web;

import org.springframework.stereotype.Component;

import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.NotFoundException;
import vn.trienkhai.platform.OutOfScopeException;
import vn.trienkhai.platform.Role;
import vn.trienkhai.platform.UserScope;

/**
 * Who may read and edit a plan's implementation report. It speaks of every agency of the plan, so only users
 * whose scope holds the plan's unit read it (the unit's officers and those above: the province, the
 * ministry, overseers); a commune carrying out its province's plan reads its own rows on the dashboard, not
 * this. Coordinators and administrators of a scope wholly holding the unit edit its texts.
 */
@Component
class ReportAccess {

	private final Plans plans;

	private final OrgUnits orgUnits;

	ReportAccess(Plans plans, OrgUnits orgUnits) {
		this.plans = plans;
		this.orgUnits = orgUnits;
	}

	Plan readablePlan(long planId) {
		Plan plan = plans.find(planId).orElseThrow(() -> new NotFoundException("plan " + planId));
		if (plan.isPlaceholder() || plan.orgUnitId() == null
				|| !orgUnits.isWhollyWithin(plan.orgUnitId(), CurrentUser.get().orgUnitId())) {
			throw new OutOfScopeException("report of plan " + planId);
		}
		return plan;
	}

	boolean edits(Plan plan) {
		UserScope user = CurrentUser.get();
		return (user.is(Role.COORDINATOR) || user.is(Role.ADMINISTRATOR)) && plan.orgUnitId() != null
				&& orgUnits.isWhollyWithin(plan.orgUnitId(), user.orgUnitId());
	}

	Plan editablePlan(long planId) {
		Plan plan = readablePlan(planId);
		if (!edits(plan)) {
			throw new OutOfScopeException("report of plan " + planId + " is not edited by this user");
		}
		return plan;
	}

}
