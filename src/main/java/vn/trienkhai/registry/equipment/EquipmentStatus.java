package vn.trienkhai.registry.equipment;

/** Whether a device may be booked: only an available one. */
public enum EquipmentStatus {

	AVAILABLE, MAINTENANCE, RETIRED;

	public String messageKey() {
		return "equipment.status." + name();
	}

}
