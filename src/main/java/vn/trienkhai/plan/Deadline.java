package vn.trienkhai.plan;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A task's deadline: none, a day, or recurring every year (on a day of a month, or in a month), every quarter
 * or every month (on a day). Read from the draft's normal forms: "2024-04-30", "--11-15", "--12".
 *
 * @param kind NONE, DATE, YEARLY, QUARTERLY or MONTHLY
 * @param date the day, for DATE
 * @param month the month, for YEARLY
 * @param day the day of the month, for YEARLY (null: within the month), QUARTERLY (of the quarter's last
 * month) and MONTHLY
 */
public record Deadline(String kind, LocalDate date, Integer month, Integer day) {

	public static final Deadline NONE = new Deadline("NONE", null, null, null);

	/** The deadline of a draft's normal form; NONE for null or anything unreadable. */
	public static Deadline parse(String normal) {
		if (normal == null || normal.isBlank()) {
			return NONE;
		}
		try {
			if (normal.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return new Deadline("DATE", LocalDate.parse(normal), null, null);
			}
			if (normal.matches("--\\d{2}-\\d{2}")) {
				int month = Integer.parseInt(normal.substring(2, 4));
				int day = Integer.parseInt(normal.substring(5, 7));
				java.time.MonthDay.of(month, day);
				return new Deadline("YEARLY", null, month, day);
			}
			if (normal.matches("--\\d{2}")) {
				int month = Integer.parseInt(normal.substring(2));
				if (month >= 1 && month <= 12) {
					return new Deadline("YEARLY", null, month, null);
				}
			}
		}
		catch (DateTimeException | NumberFormatException e) {
			return NONE;
		}
		return NONE;
	}

	public boolean isRecurring() {
		return "YEARLY".equals(kind) || "QUARTERLY".equals(kind) || "MONTHLY".equals(kind);
	}

	/** The day of a one-off deadline; null for none and for recurring ones. */
	public LocalDate fixedDay() {
		return "DATE".equals(kind) ? date : null;
	}

	/** Back to the draft's normal form ("2024-04-30", "--11-15", "--12"); null for none. */
	public String normal() {
		return switch (kind) {
			case "DATE" -> date.toString();
			case "YEARLY" -> day == null ? String.format("--%02d", month) : String.format("--%02d-%02d", month, day);
			default -> null;
		};
	}

}
