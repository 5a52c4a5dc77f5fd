package vn.trienkhai.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.trienkhai.monitoring.ProgressReport;
import vn.trienkhai.monitoring.ProgressReports;
import vn.trienkhai.monitoring.ReportStatus;
import vn.trienkhai.monitoring.ReportingRegimes;
import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.monitoring.Round;

/**
 * Demo monitoring data: the demo reporter's agency made the focal agency of its commune's plan, and one
 * report of the last round already due filed, submitted and approved through the real workflow, so the
 * dashboards show a figure and a completed round: the last round already due (entered under an exception
 * that says it is demo data), or the round open now for a plan issued this year (the coordinator can reopen
 * it to try the workflow).
 */
@Component
class DemoReports {

	static final String REASON = "Dữ liệu dùng thử (chế độ demo)";

	private final ReportingRegimes regimes;

	private final ReportingRounds rounds;

	private final ProgressReports reports;

	DemoReports(ReportingRegimes regimes, ReportingRounds rounds, ProgressReports reports) {
		this.regimes = regimes;
		this.rounds = rounds;
		this.reports = reports;
	}

	/** @return whether a report was approved now (false when the demo data was there already) */
	boolean fill(long planId, long agencyId) {
		ReportingRegimes.Regime regime = regimes.find(planId).orElse(null);
		if (regime == null) {
			return false;
		}
		if (regime.focalAgencyId() == null || regime.focalAgencyId() != agencyId) {
			regimes.update(planId, agencyId, regime.firstYear(), regime.lastYear(), regime.schedules(), regime.rowVersion());
		}
		LocalDate today = ReportingRounds.today();
		// the last round already due, else the one open now (a plan issued this year has no past round)
		Optional<Round> past = rounds.ofPlan(planId).stream()
			.filter(r -> r.kind().isPeriodic() && r.dueOn().isBefore(today))
			.reduce((a, b) -> b)
			.or(() -> rounds.current(planId, today));
		if (past.isEmpty()) {
			return false;
		}
		Round round = past.get();
		ProgressReport report = reports.begin(round.id(), agencyId);
		if (report.status() != ReportStatus.DRAFT) {
			return false;
		}
		if (round.dueOn().isBefore(today)) {
			rounds.grantException(round.id(), agencyId, today.plusDays(1), REASON);
		}
		List<ProgressReport.TaskEntry> tasks = reports.taskLines(report).stream()
			.map(l -> new ProgressReport.TaskEntry(l.task().id(), "IN_PROGRESS", 50,
					null, "Đã triển khai, đang thực hiện (dữ liệu dùng thử).", null, null))
			.toList();
		// figures computed from the registry are not typed into reports (the service refuses them)
		List<ProgressReport.ValueEntry> values = reports.valueLines(report).stream()
			.filter(l -> !l.indicator().fromRegistry())
			.map(l -> new ProgressReport.ValueEntry(l.indicator().id(), demoValue(l.indicator().unit()), REASON))
			.toList();
		ProgressReports.Content content = new ProgressReports.Content(
				"Đã quán triệt, tuyên truyền kế hoạch đến cán bộ, đảng viên và nhân dân (dữ liệu dùng thử).",
				"Nguồn lực còn hạn chế.", "Đề nghị hỗ trợ kinh phí chuyển giao công nghệ.", tasks, values);
		ProgressReport submitted = reports.submit(report.id(), content, report.rowVersion());
		reports.approve(submitted.id(), submitted.rowVersion());
		return true;
	}

	/** A plausible figure: a share of 40 %, or a count of 2. */
	private static BigDecimal demoValue(String unit) {
		return unit != null && unit.strip().equals("%") ? BigDecimal.valueOf(40) : BigDecimal.valueOf(2);
	}

}
