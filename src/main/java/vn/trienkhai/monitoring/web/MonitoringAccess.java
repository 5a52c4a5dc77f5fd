package vn.trienkhai.monitoring.web;

import org.springframework.stereotype.Component;

import vn.trienkhai.agency.Agencies;
import vn.trienkhai.monitoring.ProgressReport;
import vn.trienkhai.monitoring.ProgressReports;
import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.monitoring.Round;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.OutOfScopeException;
import vn.trienkhai.platform.Role;
import vn.trienkhai.platform.UserScope;

/**
 * Who may do what in monitoring. A plan's rounds are read by everyone who reads the plan (its unit's subtree
 * and the units below, which carry it out); but a report, and an agency's line in a round, only by users
 * whose scope holds the agency's unit — a commune sees its own report, not its neighbour's. A report is
 * written only by a reporter of its own agency; coordinators (and administrators) of a scope wholly holding
 * the plan's unit open rounds, grant exceptions, return, approve and reopen, and remind ({@code remind}, which
 * uses this class too); overseers read and comment.
 */
@Component
public class MonitoringAccess {

	private final Plans plans;

	private final OrgUnits orgUnits;

	private final Agencies agencies;

	private final ReportingRounds rounds;

	private final ProgressReports reports;

	MonitoringAccess(Plans plans, OrgUnits orgUnits, Agencies agencies, ReportingRounds rounds, ProgressReports reports) {
		this.plans = plans;
		this.orgUnits = orgUnits;
		this.agencies = agencies;
		this.rounds = rounds;
		this.reports = reports;
	}

	public Plan visiblePlan(long planId) {
		Plan plan = plans.get(planId);
		if (plan.isPlaceholder() || !isVisible(plan)) {
			throw new OutOfScopeException("plan " + planId);
		}
		return plan;
	}

	boolean isVisible(Plan plan) {
		long mine = CurrentUser.get().orgUnitId();
		return plan.orgUnitId() != null
				&& (orgUnits.isWithin(plan.orgUnitId(), mine) || orgUnits.isWithin(mine, plan.orgUnitId()));
	}

	public Round visibleRound(long roundId) {
		Round round = rounds.get(roundId);
		visiblePlan(round.planId());
		return round;
	}

	/** Whether the user's scope holds the agency's unit: then its line and report are theirs to read. */
	boolean seesAgency(long agencyId) {
		return orgUnits.isWithin(agencies.get(agencyId).orgUnitId(), CurrentUser.get().orgUnitId());
	}

	/** The standings whose agency's unit lies in the user's scope: one query for all of them. */
	java.util.List<ReportingRounds.Standing> visible(java.util.List<ReportingRounds.Standing> standings) {
		java.util.Set<Long> units = orgUnits.within(standings.stream().map(ReportingRounds.Standing::orgUnitId).toList(),
				CurrentUser.get().orgUnitId());
		return standings.stream().filter(s -> units.contains(s.orgUnitId())).toList();
	}

	/** Of these units, those in the user's scope. */
	java.util.Set<Long> inScope(java.util.Collection<Long> unitIds) {
		return orgUnits.within(unitIds, CurrentUser.get().orgUnitId());
	}

	ProgressReport readableReport(long reportId) {
		ProgressReport report = reports.get(reportId);
		visibleRound(report.roundId());
		if (!seesAgency(report.agencyId())) {
			throw new OutOfScopeException("progress report " + reportId);
		}
		return report;
	}

	/** A reporter of the report's own agency. */
	boolean isAuthor(ProgressReport report) {
		UserScope user = CurrentUser.get();
		return user.is(Role.REPORTER) && user.agencyId() != null && user.agencyId() == report.agencyId();
	}

	ProgressReport writableReport(long reportId) {
		ProgressReport report = readableReport(reportId);
		if (!isAuthor(report)) {
			throw new OutOfScopeException("progress report " + reportId + " belongs to another agency");
		}
		return report;
	}

	/** Coordinators and administrators whose scope wholly holds the plan's unit. */
	boolean coordinates(Plan plan) {
		UserScope user = CurrentUser.get();
		return (user.is(Role.COORDINATOR) || user.is(Role.ADMINISTRATOR)) && plan.orgUnitId() != null
				&& orgUnits.isWhollyWithin(plan.orgUnitId(), user.orgUnitId());
	}

	public Plan coordinatedPlan(long planId) {
		Plan plan = visiblePlan(planId);
		if (!coordinates(plan)) {
			throw new OutOfScopeException("plan " + planId + " is not coordinated by this user");
		}
		return plan;
	}

	/** Overseers and coordinators of the plan's subtree (or above it) leave comments; reporters do not. */
	boolean mayComment(Plan plan) {
		UserScope user = CurrentUser.get();
		return (user.is(Role.OVERSEER) || user.is(Role.COORDINATOR) || user.is(Role.ADMINISTRATOR))
				&& orgUnits.isWithin(plan.orgUnitId(), user.orgUnitId());
	}

}
