package vn.trienkhai.monitoring.remind;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When reporters are reminded of a report they have not sent: days before the due date and days after it
 * (after it, the coordinators of the plan's unit are told too). Each day is a stage sent once.
 *
 * @param beforeDays e.g. 7 and 1: a week before, and the day before (or on the day)
 * @param afterDays e.g. 1, 7 and 14 days late
 */
@ConfigurationProperties("trienkhai.reminders")
record ReminderSettings(List<Integer> beforeDays, List<Integer> afterDays) {

	ReminderSettings {
		beforeDays = clean(beforeDays, List.of(7, 1));
		afterDays = clean(afterDays, List.of(1, 7, 14));
	}

	/** Positive days, sorted; the default when none is left (a typo must not switch reminders off silently). */
	private static List<Integer> clean(List<Integer> days, List<Integer> otherwise) {
		List<Integer> ok = days == null ? List.of()
				: days.stream().filter(d -> d != null && d > 0 && d <= 366).distinct().sorted().toList();
		return ok.isEmpty() ? otherwise.stream().sorted().toList() : ok;
	}

}
