package vn.trienkhai.registry.enterprise;

import java.time.LocalDate;

/**
 * The OCOP star bands of Decision 148/QĐ-TTg: 5★ 90–100 points, 4★ 70–89, 3★ 50–69, 2★ 30–49, 1★ below
 * 30 (1★ and 2★ are never certified but the rule still places a total there); a certificate is valid
 * 36 months from its decision.
 */
final class OcopRating {

	static final int VALID_MONTHS = 36;

	private OcopRating() {
	}

	static int starsFor(int total) {
		if (total >= 90) {
			return 5;
		}
		if (total >= 70) {
			return 4;
		}
		if (total >= 50) {
			return 3;
		}
		return total >= 30 ? 2 : 1;
	}

	static LocalDate expiry(LocalDate decisionDate) {
		return decisionDate == null ? null : decisionDate.plusMonths(VALID_MONTHS);
	}

	/** Whether a certificate of that expiry counts as active on the day (valid through the day before expiry). */
	static boolean activeOn(LocalDate expiresOn, LocalDate day) {
		return expiresOn != null && day.isBefore(expiresOn);
	}

}
