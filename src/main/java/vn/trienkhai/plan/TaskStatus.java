package vn.trienkhai.plan;

import java.time.LocalDate;

/**
 * The status of a task against its deadline, in the model of the Government Office's task tracking: done on
 * time or late, still open within the deadline or overdue, not started, in progress (no deadline), or
 * cancelled. Computed, never stored: it changes with the calendar.
 */
public enum TaskStatus {

	NOT_STARTED, IN_PROGRESS, DONE_ON_TIME, DONE_LATE, OPEN_WITHIN_DEADLINE, OVERDUE, CANCELLED;

	/**
	 * @param progress what the agencies reported: NOT_STARTED, IN_PROGRESS, DONE or CANCELLED
	 * @param deadline the task's deadline
	 * @param completedOn when it was done (for DONE)
	 * @param today the day the status is for
	 */
	public static TaskStatus of(String progress, Deadline deadline, LocalDate completedOn, LocalDate today) {
		if ("CANCELLED".equals(progress)) {
			return CANCELLED;
		}
		LocalDate due = deadline == null ? null : deadline.fixedDay();
		if ("DONE".equals(progress)) {
			return due == null || completedOn == null || !completedOn.isAfter(due) ? DONE_ON_TIME : DONE_LATE;
		}
		if (due != null) {
			return today.isAfter(due) ? OVERDUE : OPEN_WITHIN_DEADLINE;
		}
		if (deadline != null && deadline.isRecurring()) {
			// a duty every year or quarter is never finished; each period's report tells how it went
			return OPEN_WITHIN_DEADLINE;
		}
		return "IN_PROGRESS".equals(progress) ? IN_PROGRESS : NOT_STARTED;
	}

}
