package vn.trienkhai.registry.project;

/** Lifecycle of an S&T project: forward one step at a time, or REJECTED while still being selected. */
enum ProjectStatus {

	PROPOSED, SELECTED, APPROVED, IN_PROGRESS, ACCEPTED, APPLIED, REJECTED;

	boolean canMoveTo(ProjectStatus target) {
		if (target == REJECTED) {
			return this == PROPOSED || this == SELECTED;
		}
		return this != REJECTED && this != APPLIED && target.ordinal() == ordinal() + 1;
	}

}
