package vn.trienkhai.registry.enterprise;

import vn.trienkhai.platform.InvalidInputException;

/** Input breaking a rule of one form field: the pages show the message next to that field. */
class FieldInputException extends InvalidInputException {

	private final String field;

	FieldInputException(String field, String messageKey, Object... args) {
		super(messageKey, args);
		this.field = field;
	}

	String field() {
		return field;
	}

}
