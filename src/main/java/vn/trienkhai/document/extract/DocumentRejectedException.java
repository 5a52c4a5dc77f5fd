package vn.trienkhai.document.extract;

/**
 * A file that cannot be read as a plan document: empty, too large, of a format we do not read, damaged,
 * protected by a password, scanned without a text layer … {@link #getMessage()} is one Vietnamese sentence
 * for the person who uploaded it; {@link #code()} a stable key for programs and tests.
 */
public class DocumentRejectedException extends Exception {

	private final String code;

	public DocumentRejectedException(String code, String message) {
		super(message, null, false, false);
		this.code = code;
	}

	public DocumentRejectedException(String code, String message, Throwable cause) {
		super(message, cause, false, false);
		this.code = code;
	}

	/** e.g. EMPTY_FILE, TOO_LARGE, UNSUPPORTED_FORMAT, NOT_UTF8, DAMAGED, ENCRYPTED, NO_TEXT_LAYER, TIMEOUT. */
	public String code() {
		return code;
	}

}
