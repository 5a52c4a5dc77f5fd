package vn.trienkhai.monitoring;

/**
 * Whether an agency's report of a round came in time: first submitted on or before the due date (or the
 * exception's day), after it, not yet though the round is due, or not yet and not due.
 */
public enum Timeliness {

	ON_TIME, LATE, MISSING, NOT_DUE;

	static Timeliness of(java.time.LocalDate firstSubmitted, java.time.LocalDate due, java.time.LocalDate today) {
		if (firstSubmitted != null) {
			return firstSubmitted.isAfter(due) ? LATE : ON_TIME;
		}
		return today.isAfter(due) ? MISSING : NOT_DUE;
	}

}
