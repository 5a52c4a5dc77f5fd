package vn.trienkhai.plan;

/**
 * A plan came into the system, from a confirmed import or written by hand (a placeholder filled in counts):
 * published in the transaction that creates it, so that monitoring sets up its reporting regime in the same
 * transaction.
 *
 * @param importedDocumentId the import it was built from, null when written by hand
 */
public record PlanCreated(long planId, long orgUnitId, Long importedDocumentId) {
}
