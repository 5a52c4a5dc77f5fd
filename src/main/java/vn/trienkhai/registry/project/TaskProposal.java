package vn.trienkhai.registry.project;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.Visibility;

/**
 * A task a department, commune or other unit proposes for the year's list: what it is for, what it will
 * produce, how long and how much; the Department of Science and Technology accepts it into the list or
 * returns it with a reason, and a returned proposal can be corrected and sent again.
 *
 * @param review null while waiting for review
 */
public record TaskProposal(Long id, long taskListId, long orgUnitId, Long ownerAgencyId, String title, String necessity,
		String objectives, String expectedOutputs, String expectedHost, Integer durationMonths, BigDecimal estimatedBudget,
		BiotechField field, Review review, String reviewReason, Visibility visibility, int rowVersion) {

	public enum Review {
		ACCEPTED, RETURNED;

		public String messageKey() {
			return "registry.task.review." + name();
		}
	}

	public boolean isPending() {
		return review == null;
	}

	Map<String, Object> auditState() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("title", title);
		s.put("field", field == null ? null : field.name());
		s.put("durationMonths", durationMonths);
		s.put("estimatedBudget", estimatedBudget == null ? null : estimatedBudget.toPlainString());
		s.put("review", review == null ? null : review.name());
		s.put("reviewReason", reviewReason);
		return s;
	}

}
