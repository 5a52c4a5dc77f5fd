package vn.trienkhai.registry.project;

import java.time.LocalDate;

/**
 * The annual list of S&amp;T tasks (danh mục nhiệm vụ khoa học và công nghệ) of a province: open for proposals,
 * compiled by the Department of Science and Technology once every proposal is reviewed, approved by the
 * People's Committee's decision — after which it no longer changes.
 */
public record TaskList(long id, long orgUnitId, int year, Status status, LocalDate proposalDeadline,
		String decisionNumber, LocalDate decisionDate, int rowVersion) {

	public enum Status {
		OPEN, COMPILED, APPROVED;

		public String messageKey() {
			return "registry.tasklist.status." + name();
		}
	}

	public boolean isOpen() {
		return status == Status.OPEN;
	}

	public boolean isApproved() {
		return status == Status.APPROVED;
	}

}
