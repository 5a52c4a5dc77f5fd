package vn.trienkhai.report;

import java.time.LocalDate;
import java.util.List;

import vn.trienkhai.monitoring.Round;
import vn.trienkhai.plan.Plan;

/**
 * What a report covers: a plan and one round, or a run of its rounds in due order (a review over 1, 3 or 5
 * years compiles every round of those years).
 *
 * @param rounds at least one, in due order; the last one names the report
 */
public record ReportSpan(Plan plan, List<Round> rounds) {

	/** The order rounds make a span in: by due date, then period, then id. */
	public static final java.util.Comparator<Round> DUE_ORDER = java.util.Comparator.comparing(Round::dueOn)
		.thenComparing(Round::periodStart)
		.thenComparingLong(Round::id);

	public ReportSpan {
		rounds = List.copyOf(rounds);
		if (rounds.isEmpty()) {
			throw new IllegalArgumentException("a report covers at least one round");
		}
	}

	public Round first() {
		return rounds.get(0);
	}

	public Round last() {
		return rounds.get(rounds.size() - 1);
	}

	public boolean isSingle() {
		return rounds.size() == 1;
	}

	public LocalDate periodStart() {
		return rounds.stream().map(Round::periodStart).min(LocalDate::compareTo).orElseThrow();
	}

	public LocalDate periodEnd() {
		return rounds.stream().map(Round::periodEnd).max(LocalDate::compareTo).orElseThrow();
	}

}
