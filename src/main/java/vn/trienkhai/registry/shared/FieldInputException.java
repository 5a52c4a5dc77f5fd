package vn.trienkhai.registry.shared;

import vn.trienkhai.platform.InvalidInputException;

/** Input breaking a rule of one form field: the pages show the message next to that field. */
public class FieldInputException extends InvalidInputException {

	private final String field;

	public FieldInputException(String field, String messageKey, Object... args) {
		super(messageKey, args);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
