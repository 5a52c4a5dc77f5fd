package vn.trienkhai.platform;

/**
 * Input that breaks a rule the form validation cannot see (a duplicate, a unit outside scope chosen in a
 * form): carries a message key of the bundles, shown to the user in their language.
 */
public class InvalidInputException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] args;

	public InvalidInputException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args;
	}

}
