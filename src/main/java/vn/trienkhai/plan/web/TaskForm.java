package vn.trienkhai.plan.web;

import java.util.ArrayList;
import java.util.List;

import vn.trienkhai.plan.Deadline;
import vn.trienkhai.plan.Task;

/** The task edit form: agencies by name (coordinators separated by ";"), the deadline as officers write it. */
public class TaskForm {

	private Integer rowVersion;

	private String text;

	private String lead;

	private String coordinators;

	private String deadline;

	private String progress;

	private String completedOn;

	static TaskForm of(Task t) {
		TaskForm f = new TaskForm();
		f.rowVersion = t.rowVersion();
		f.text = t.text();
		// a task fanned out to every commune keeps the group's name as its lead
		f.lead = t.leads().isEmpty() ? null : t.leadNames();
		f.coordinators = t.coordinatorNames();
		f.deadline = shown(t.deadline());
		f.progress = t.progress();
		f.completedOn = t.completedOn() == null ? null
				: t.completedOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		return f;
	}

	/** "30/04/2024", "15/11" (every year), "tháng 12" (every December). */
	static String shown(Deadline d) {
		return switch (d.kind()) {
			case "DATE" -> d.date().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
			case "YEARLY" -> d.day() == null ? "tháng " + d.month() : String.format("%02d/%02d", d.day(), d.month());
			default -> null;
		};
	}

	/** The typed deadline in the normal form; the text as it is when it is none of the forms (refused later). */
	static String normalDeadline(String typed) {
		try {
			return vn.trienkhai.platform.VietnameseInput.deadline(typed);
		}
		catch (IllegalArgumentException e) {
			return typed.strip();
		}
	}

	List<String> coordinatorList() {
		List<String> out = new ArrayList<>();
		if (coordinators != null) {
			for (String c : coordinators.split("[;\\n]")) {
				if (!c.isBlank()) {
					out.add(c.strip());
				}
			}
		}
		return out;
	}

	public Integer getRowVersion() {
		return rowVersion;
	}

	public void setRowVersion(Integer rowVersion) {
		this.rowVersion = rowVersion;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getLead() {
		return lead;
	}

	public void setLead(String lead) {
		this.lead = lead;
	}

	public String getCoordinators() {
		return coordinators;
	}

	public void setCoordinators(String coordinators) {
		this.coordinators = coordinators;
	}

	public String getDeadline() {
		return deadline;
	}

	public void setDeadline(String deadline) {
		this.deadline = deadline;
	}

	public String getProgress() {
		return progress;
	}

	public void setProgress(String progress) {
		this.progress = progress;
	}

	public String getCompletedOn() {
		return completedOn;
	}

	public void setCompletedOn(String completedOn) {
		this.completedOn = completedOn;
	}

}
