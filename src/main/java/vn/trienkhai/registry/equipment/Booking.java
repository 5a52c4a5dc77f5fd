package vn.trienkhai.registry.equipment;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

public record Booking(long id, long equipmentId, String requesterName, String requesterAgency, String purpose,
		OffsetDateTime startsAt, OffsetDateTime endsAt, BookingStatus status, String requestedBy, String decidedBy,
		String reason, int rowVersion) {

	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("equipmentId", equipmentId);
		state.put("requesterName", requesterName);
		state.put("requesterAgency", requesterAgency);
		state.put("purpose", purpose);
		state.put("startsAt", startsAt.toString());
		state.put("endsAt", endsAt.toString());
		state.put("status", status.name());
		state.put("decidedBy", decidedBy);
		state.put("reason", reason);
		return state;
	}

}
