package vn.trienkhai.platform;

/**
 * A record of another unit's scope, or a write the caller's role does not allow: answered with 403 and a
 * page that shows nothing of the record.
 */
public class OutOfScopeException extends RuntimeException {

	public OutOfScopeException(String what) {
		super(what);
	}

}
