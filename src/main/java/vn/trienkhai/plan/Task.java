package vn.trienkhai.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One task of a plan with its assignments.
 *
 * @param section the number path of its section ("III.2"), null when outside any
 * @param leads lead agencies (chủ trì): usually one; several for a fanned-out group
 * @param coordinators coordinating agencies (phối hợp)
 */
public record Task(long id, long planId, String section, int position, String text, String product,
		Deadline deadline, String progress, LocalDate completedOn, List<Assignee> leads, List<Assignee> coordinators,
		int rowVersion) {

	public Task {
		leads = List.copyOf(leads);
		coordinators = List.copyOf(coordinators);
	}

	/** An agency a task is assigned to; {@code collective} names the group it was fanned out from. */
	public record Assignee(long agencyId, String name, long orgUnitId, String collective) {
	}

	public TaskStatus status(LocalDate today) {
		return TaskStatus.of(progress, deadline, completedOn, today);
	}

}
