package vn.trienkhai.audit;

import java.time.Instant;

/** One audit log entry as shown to administrators. */
record AuditEvent(long id, Instant at, String actor, String action, String entityType, String entityId,
		Long orgUnitId, String before, String after, String remoteAddr) {
}
