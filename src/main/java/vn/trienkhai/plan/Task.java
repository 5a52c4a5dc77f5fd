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

	/**
	 * The leads as a person names them: a group fanned out to the units below once by its name ("Ủy ban nhân
	 * dân các xã, phường"), every other lead by its own; separated by "; ".
	 */
	public String leadNames() {
		return names(leads);
	}

	/** The coordinators named the same way. */
	public String coordinatorNames() {
		return names(coordinators);
	}

	/** Whether some lead stands for a group of units below. */
	public boolean fannedOut() {
		return leads.stream().anyMatch(a -> a.collective() != null);
	}

	private static String names(List<Assignee> assignees) {
		List<String> names = new java.util.ArrayList<>();
		for (Assignee a : assignees) {
			String n = a.collective() != null ? a.collective() : a.name();
			if (!names.contains(n)) {
				names.add(n);
			}
		}
		return String.join("; ", names);
	}

	public TaskStatus status(LocalDate today) {
		return TaskStatus.of(progress, deadline, completedOn, today);
	}

}
