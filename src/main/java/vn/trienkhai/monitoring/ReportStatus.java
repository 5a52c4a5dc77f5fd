package vn.trienkhai.monitoring;

/**
 * Where a progress report stands: being written (or not yet begun), sent to the coordinator, sent back with a
 * comment, or approved (its data locked and counted).
 */
public enum ReportStatus {

	DRAFT, SUBMITTED, RETURNED, APPROVED;

	/** Whether the reporting agency may still change it. */
	public boolean isEditable() {
		return this == DRAFT || this == RETURNED;
	}

}
