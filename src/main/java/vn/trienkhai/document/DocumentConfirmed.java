package vn.trienkhai.document;

/**
 * Published when a person confirms the reviewed draft of an imported document, in the transaction that
 * stores it: the plan module turns the draft into a plan.
 */
public record DocumentConfirmed(long documentId, long orgUnitId) {
}
