package vn.trienkhai.registry.shared;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Dates as the officers live them: in Vietnam's time zone whatever the server's, so a deadline does not
 * pass at 07:00 and a decision signed today is not "in the future" before 07:00 on a UTC server.
 */
public final class Today {

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private Today() {
	}

	public static LocalDate date() {
		return LocalDate.now(VIETNAM);
	}

	/** A moment as a Vietnamese clock shows it. */
	public static OffsetDateTime local(OffsetDateTime at) {
		return at == null ? null : at.atZoneSameInstant(VIETNAM).toOffsetDateTime();
	}

}
