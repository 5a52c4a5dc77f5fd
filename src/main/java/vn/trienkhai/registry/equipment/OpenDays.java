package vn.trienkhai.registry.equipment;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Opening days stored as ISO numbers "1,2,3,4,5" (Monday = 1). */
public final class OpenDays {

	private OpenDays() {
	}

	public static String format(Set<DayOfWeek> days) {
		return days.stream().sorted().map(d -> String.valueOf(d.getValue())).collect(Collectors.joining(","));
	}

	/** @throws IllegalArgumentException for anything but numbers 1..7 separated by commas */
	public static Set<DayOfWeek> parse(String text) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (String part : text.split(",")) {
			int n = Integer.parseInt(part.trim());
			days.add(DayOfWeek.of(n));
		}
		return days;
	}

}
