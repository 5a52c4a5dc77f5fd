package vn.trienkhai.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.agency.Agencies;
import vn.trienkhai.monitoring.IndicatorRollup;
import vn.trienkhai.monitoring.ProgressReport;
import vn.trienkhai.monitoring.ProgressReports;
import vn.trienkhai.monitoring.ReportStatus;
import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.monitoring.Round;
import vn.trienkhai.monitoring.TargetProgress;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.plan.Target;
import vn.trienkhai.plan.Task;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.NotFoundException;

/** Resolves a span from a request and reads its data in one read-only transaction. */
@Component
class SpanReader {

	private final Plans plans;

	private final ReportingRounds rounds;

	private final ProgressReports reports;

	private final TargetProgress progress;

	private final IndicatorRollup rollup;

	private final OrgUnits orgUnits;

	private final Agencies agencies;

	SpanReader(Plans plans, ReportingRounds rounds, ProgressReports reports, TargetProgress progress,
			IndicatorRollup rollup, OrgUnits orgUnits, Agencies agencies) {
		this.plans = plans;
		this.rounds = rounds;
		this.reports = reports;
		this.progress = progress;
		this.rollup = rollup;
		this.orgUnits = orgUnits;
		this.agencies = agencies;
	}

	/**
	 * The rounds of the plan from {@code fromRoundId} (null: the same round) to {@code roundId}, in due order.
	 *
	 * @throws NotFoundException when a round is not the plan's
	 * @throws InvalidInputException when the first round is due after the last
	 */
	ReportSpan span(Plan plan, long roundId, Long fromRoundId) {
		List<Round> all = rounds.ofPlan(plan.id()).stream().sorted(ReportSpan.DUE_ORDER).toList();
		int to = indexOf(all, roundId);
		int from = fromRoundId == null ? to : indexOf(all, fromRoundId);
		if (from > to) {
			throw new InvalidInputException("report.error.spanOrder");
		}
		// a review from one annual round to another takes the annual rounds between, not every quarterly,
		// ad hoc or earlier review round due in those years
		java.util.Set<vn.trienkhai.monitoring.RoundKind> kinds = java.util.EnumSet.of(all.get(from).kind(), all.get(to).kind());
		List<Round> span = all.subList(from, to + 1).stream().filter(r -> kinds.contains(r.kind())).toList();
		return new ReportSpan(plan, span);
	}

	private static int indexOf(List<Round> all, long roundId) {
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).id() == roundId) {
				return i;
			}
		}
		throw new NotFoundException("round " + roundId + " of this plan");
	}

	@Transactional(readOnly = true)
	SpanData read(ReportSpan span, LocalDate today) {
		Plan plan = span.plan();
		LocalDate asOf = today.isAfter(span.last().dueOn()) ? span.last().dueOn() : today;
		Map<Long, List<ReportingRounds.Standing>> standings = new LinkedHashMap<>();
		List<SpanData.Approved> approved = new ArrayList<>();
		Set<Long> units = new HashSet<>();
		units.add(plan.orgUnitId());
		for (Round round : span.rounds()) {
			List<ReportingRounds.Standing> of = rounds.standings(round.id(), today);
			standings.put(round.id(), of);
			for (ReportingRounds.Standing s : of) {
				units.add(s.orgUnitId());
				if (s.status() == ReportStatus.APPROVED && s.reportId() != null) {
					ProgressReport report = reports.get(s.reportId());
					approved.add(new SpanData.Approved(round, report, s.agencyName(), reports.taskLines(report)));
				}
			}
		}
		// a ratio's values are reported on its numerator and denominator
		Set<Long> indicatorIds = new java.util.LinkedHashSet<>();
		for (Target t : plans.targets(plan.id())) {
			indicatorIds.add(t.indicatorId());
			plans.indicator(t.indicatorId()).ifPresent(i -> {
				if (i.numeratorId() != null) {
					indicatorIds.add(i.numeratorId());
				}
				if (i.denominatorId() != null) {
					indicatorIds.add(i.denominatorId());
				}
			});
		}
		List<IndicatorRollup.Reported> values = rollup.reported(plan.orgUnitId(), indicatorIds, span.periodStart(),
				span.periodEnd());
		values.forEach(v -> units.add(v.orgUnitId()));
		return new SpanData(span, orgUnits.get(plan.orgUnitId()).name(), plans.sections(plan.id()),
				asOf(plans.tasks(plan.id()), asOf), approved, standings, progress.of(plan, asOf, span.periodEnd()), values,
				orgUnits.qualifiedNames(units), asOf);
	}

	/**
	 * The tasks as they stood on the day: one done later is still in progress then, so a report of a past span
	 * says the same when it is generated again years later.
	 */
	static List<Task> asOf(List<Task> tasks, LocalDate day) {
		return tasks.stream().map(t -> "DONE".equals(t.progress()) && t.completedOn() != null && t.completedOn().isAfter(day)
				? new Task(t.id(), t.planId(), t.section(), t.position(), t.text(), t.product(), t.deadline(), "IN_PROGRESS",
						null, t.leads(), t.coordinators(), t.rowVersion())
				: t).toList();
	}

}
