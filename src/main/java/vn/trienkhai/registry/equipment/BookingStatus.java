package vn.trienkhai.registry.equipment;

public enum BookingStatus {

	REQUESTED, APPROVED, REJECTED, CANCELLED;

	public String messageKey() {
		return "equipment.booking.status." + name();
	}

}
