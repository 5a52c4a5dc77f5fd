package vn.trienkhai.registry.project;

import java.util.Arrays;
import java.util.List;

/**
 * Lifecycle of an S&amp;T project: proposed → selected → approved → in progress → accepted (nghiệm thu) →
 * applied/transferred, forward one step at a time, or rejected while still being selected.
 */
public enum ProjectStatus {

	PROPOSED, SELECTED, APPROVED, IN_PROGRESS, ACCEPTED, APPLIED, REJECTED;

	boolean canMoveTo(ProjectStatus target) {
		if (target == REJECTED) {
			return this == PROPOSED || this == SELECTED;
		}
		return this != REJECTED && this != APPLIED && target.ordinal() == ordinal() + 1;
	}

	/** Whether a project in this status may still be deleted: until selection it is not a decision yet. */
	public boolean deletable() {
		return this == PROPOSED || this == REJECTED;
	}

	/** The steps the project can take from here, for the buttons of its page. */
	public List<ProjectStatus> next() {
		return Arrays.stream(values()).filter(this::canMoveTo).toList();
	}

	public String messageKey() {
		return "registry.project.status." + name();
	}

}
