package vn.trienkhai.registry.equipment;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import vn.trienkhai.registry.Visibility;

/** A device for shared use, open on the given weekdays between {@code opensAt} and {@code closesAt}. */
public record Equipment(long id, long orgUnitId, Long ownerAgencyId, Visibility visibility, String labName,
		String deviceName, String model, String manufacturer, String specifications, EquipmentStatus status,
		Set<DayOfWeek> openDays, LocalTime opensAt, LocalTime closesAt, int rowVersion) {

	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("orgUnitId", orgUnitId);
		state.put("ownerAgencyId", ownerAgencyId);
		state.put("visibility", visibility.name());
		state.put("labName", labName);
		state.put("deviceName", deviceName);
		state.put("model", model);
		state.put("manufacturer", manufacturer);
		state.put("specifications", specifications);
		state.put("status", status.name());
		state.put("openDays", OpenDays.format(openDays));
		state.put("opensAt", opensAt.toString());
		state.put("closesAt", closesAt.toString());
		return state;
	}

}
