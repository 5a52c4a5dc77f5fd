package vn.trienkhai.monitoring;

/**
 * A progress report changed hands: submitted to the coordinator, returned to its agency (with the comment),
 * approved, or reopened (RETURNED with the reason). Published in the transaction of the change, for
 * notifications.
 */
public record ReportDecided(long reportId, long roundId, long agencyId, ReportStatus status, String comment) {
}
