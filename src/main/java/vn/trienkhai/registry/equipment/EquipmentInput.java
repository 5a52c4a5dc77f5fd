package vn.trienkhai.registry.equipment;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

import vn.trienkhai.registry.Visibility;

/** What a form or import row gives for a device. */
public record EquipmentInput(long orgUnitId, Long ownerAgencyId, Visibility visibility, String labName,
		String deviceName, String model, String manufacturer, String specifications, EquipmentStatus status,
		Set<DayOfWeek> openDays, LocalTime opensAt, LocalTime closesAt) {
}
