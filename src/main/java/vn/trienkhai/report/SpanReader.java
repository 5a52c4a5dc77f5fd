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
		List<Round> all = rounds.ofPlan(plan.id()).stream()
			.sorted(java.util.Comparator.comparing(Round::dueOn).thenComparing(Round::periodStart).thenComparingLong(Round::id))
			.toList();
		int to = indexOf(all, roundId);
		int from = fromRoundId == null ? to : indexOf(all, fromRoundId);
		if (from > to) {
			throw new InvalidInputException("report.error.spanOrder");
		}
		return new ReportSpan(plan, all.subList(from, to + 1));
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
					approved.add(new SpanData.Approved(round, report, s.agencyName(), reports.taskLines(report),
							reports.valueLines(report)));
				}
			}
		}
		List<Long> indicatorIds = plans.targets(plan.id()).stream().map(Target::indicatorId).distinct().toList();
		List<IndicatorRollup.Reported> values = rollup.reported(plan.orgUnitId(), indicatorIds, span.periodStart(),
				span.periodEnd());
		values.forEach(v -> units.add(v.orgUnitId()));
		return new SpanData(span, orgUnits.qualifiedName(plan.orgUnitId()), plans.sections(plan.id()),
				plans.tasks(plan.id()), approved, standings, progress.of(plan, asOf, span.periodEnd()), values,
				orgUnits.qualifiedNames(units), asOf);
	}

}
