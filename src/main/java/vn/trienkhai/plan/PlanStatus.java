package vn.trienkhai.plan;

/** Where a plan stands. */
public enum PlanStatus {
	/** A document plans cite that is not in the system yet: only its number (and date). */
	PLACEHOLDER,
	/** Not issued yet (no number: "Số: …/KH-UBND"). */
	DRAFT,
	/** Issued and being carried out. */
	ACTIVE,
	/** Its horizon has passed or it was replaced. */
	CLOSED
}
