package vn.trienkhai.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan, or a placeholder for a cited document.
 *
 * @param orgUnitId the issuing unit; null for a placeholder whose issuer is not known
 * @param importedDocumentId the import it was built from (its original file), null when written by hand
 * @param horizonYears the years its targets are set for (2030, 2045 …)
 */
public record Plan(long id, Long orgUnitId, Long issuingAgencyId, Long importedDocumentId, String number,
		String kind, String issuer, String title, LocalDate issuedOn, String place, PlanStatus status,
		List<Integer> horizonYears, int rowVersion) {

	public Plan {
		horizonYears = List.copyOf(horizonYears);
	}

	public boolean isPlaceholder() {
		return status == PlanStatus.PLACEHOLDER;
	}

}
