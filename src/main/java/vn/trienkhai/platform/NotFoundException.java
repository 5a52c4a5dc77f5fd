package vn.trienkhai.platform;

/** A record that does not exist (or is not shown to the caller): answered with 404 and a clear page. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what);
	}

}
