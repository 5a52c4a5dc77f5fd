package vn.trienkhai.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One agency's report in one round (báo cáo kết quả thực hiện), without its lines.
 *
 * @param summary leadership, direction and dissemination: the report's own prose
 * @param comment the coordinator's comment when it was returned, or the reason it was reopened
 */
public record ProgressReport(long id, long roundId, long agencyId, ReportStatus status, String summary,
		String difficulties, String proposals, Instant firstSubmittedAt, Instant submittedAt, String submittedBy,
		Instant decidedAt, String decidedBy, String comment, int rowVersion) {

	/** What the report says of one of its agency's tasks. */
	public record TaskEntry(long taskId, String progress, Integer percentDone, LocalDate completedOn, String results,
			String difficulties, String proposals) {
	}

	/** The value the report gives an indicator for its agency's unit and the round's period. */
	public record ValueEntry(long indicatorId, BigDecimal value, String sourceNote) {
	}

}
