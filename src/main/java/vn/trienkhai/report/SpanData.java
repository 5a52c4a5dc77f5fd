package vn.trienkhai.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.trienkhai.monitoring.IndicatorRollup;
import vn.trienkhai.monitoring.ProgressReport;
import vn.trienkhai.monitoring.ProgressReports;
import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.monitoring.Round;
import vn.trienkhai.monitoring.TargetProgress;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.plan.Task;

/**
 * Everything a report and the data tables of a span are made of, read once: the plan's outline and tasks,
 * the approved progress reports of the span's rounds with their lines, each round's standings, the targets
 * with their latest figures, and the values the units reported.
 *
 * @param unitName the plan's unit, as its officers name it ("tỉnh Gia Lai")
 * @param approved in round order, then by agency name
 * @param standings per round id, every responsible agency
 * @param unitNames the qualified name of every unit the values and standings mention
 * @param today the day task statuses are computed for: the last round's due date when it has passed, else today
 */
record SpanData(ReportSpan span, String unitName, List<Plans.Section> sections, List<Task> tasks,
		List<Approved> approved, Map<Long, List<ReportingRounds.Standing>> standings, List<TargetProgress.Standing> targets,
		List<IndicatorRollup.Reported> values, Map<Long, String> unitNames, LocalDate today) {

	/** One approved report with what it says of its tasks and the values it gave. */
	record Approved(Round round, ProgressReport report, String agencyName, List<ProgressReports.TaskLine> tasks) {
	}

	/** One task's entry in a report, with the report's agency. */
	record Said(Approved from, ProgressReport.TaskEntry entry) {
	}

	/**
	 * What the approved reports of the span say of a task, each agency's latest (a later round replaces an
	 * earlier one), by agency name.
	 */
	List<Said> said(long taskId) {
		Map<Long, Said> byAgency = new java.util.LinkedHashMap<>();
		for (Approved a : approved) {
			for (ProgressReports.TaskLine line : a.tasks()) {
				if (line.task().id() == taskId && line.entry() != null) {
					byAgency.put(a.report().agencyId(), new Said(a, line.entry()));
				}
			}
		}
		return byAgency.values().stream().sorted(java.util.Comparator.comparing(s -> s.from().agencyName())).toList();
	}

	/**
	 * The share of a task done: each lead agency's latest figure, averaged (a task fanned out to the communes
	 * is as far as its communes are on average); null when no report gives one.
	 */
	Integer percentDone(long taskId) {
		List<Integer> shares = said(taskId).stream().map(s -> s.entry().percentDone()).filter(java.util.Objects::nonNull).toList();
		return shares.isEmpty() ? null
				: (int) Math.round(shares.stream().mapToInt(Integer::intValue).average().orElse(0));
	}

	/** Reports by agency id, each agency's latest in the span. */
	Map<Long, Approved> latestByAgency() {
		Map<Long, Approved> out = new HashMap<>();
		for (Approved a : approved) {
			out.put(a.report().agencyId(), a);
		}
		return out;
	}

}
