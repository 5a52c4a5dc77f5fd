package vn.trienkhai.monitoring;

import java.time.LocalDate;

/**
 * A reporting round (kỳ báo cáo) of a plan: the data cut-off window [periodStart, periodEnd] and the day
 * reports are due.
 *
 * @param label "2026", "2026-H1", "2026-Q3", "2026-07" for periodic rounds (shown through messages), or the
 * coordinator's own title for a review or an ad hoc round
 */
public record Round(long id, long planId, RoundKind kind, String label, LocalDate periodStart, LocalDate periodEnd,
		LocalDate dueOn) {

	/** Whether a value for this day's data belongs to the round. */
	public boolean covers(LocalDate day) {
		return !day.isBefore(periodStart) && !day.isAfter(periodEnd);
	}

	/** Entry is open until the due date (inclusive), or until an exception's day for one agency. */
	public boolean isOpenOn(LocalDate today, LocalDate exceptionUntil) {
		LocalDate last = exceptionUntil != null && exceptionUntil.isAfter(dueOn) ? exceptionUntil : dueOn;
		return !today.isAfter(last);
	}

	/** A round whose period has not begun is shown but not yet reported on. */
	public boolean hasBegun(LocalDate today) {
		return !today.isBefore(periodStart);
	}

}
