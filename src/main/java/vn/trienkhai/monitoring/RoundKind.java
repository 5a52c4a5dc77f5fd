package vn.trienkhai.monitoring;

/** What a reporting round is for: a periodic report, a review after some years, or a one-off request. */
public enum RoundKind {

	ANNUAL, SEMIANNUAL, QUARTERLY, MONTHLY, INTERIM_REVIEW, FINAL_REVIEW, AD_HOC;

	public boolean isPeriodic() {
		return this == ANNUAL || this == SEMIANNUAL || this == QUARTERLY || this == MONTHLY;
	}

}
