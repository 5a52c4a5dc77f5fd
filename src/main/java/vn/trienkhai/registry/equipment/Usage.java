package vn.trienkhai.registry.equipment;

import java.time.OffsetDateTime;

/** What was actually done in an approved booking. */
public record Usage(long id, long bookingId, OffsetDateTime actualStart, OffsetDateTime actualEnd, String samples,
		String notes, String recordedBy) {
}
