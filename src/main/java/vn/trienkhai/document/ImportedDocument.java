package vn.trienkhai.document;

import java.time.OffsetDateTime;

/**
 * One uploaded plan document and where its review stands. The file itself, its text and the drafts are read
 * through {@link DocumentImports}, not carried here.
 *
 * @param orgUnitId the unit whose plan it is (agencies are matched among that unit's)
 * @param format TXT, MD, DOCX or PDF, from the file's content
 * @param status {@link #REVIEW} until a person confirms the draft, then {@link #CONFIRMED}
 * @param number the document's number in the latest draft ("88/KH-UBND"), null while blank
 * @param title its title in the latest draft
 * @param textLength length of the normalised text the drafts' spans point into
 */
public record ImportedDocument(long id, long orgUnitId, String fileName, String format, long sizeBytes,
		String sha256, String status, String number, String title, String createdBy, OffsetDateTime createdAt,
		OffsetDateTime updatedAt, String confirmedBy, OffsetDateTime confirmedAt, int rowVersion, int textLength) {

	public static final String REVIEW = "REVIEW";

	public static final String CONFIRMED = "CONFIRMED";

	public boolean isConfirmed() {
		return CONFIRMED.equals(status);
	}

}
