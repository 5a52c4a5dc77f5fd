package vn.trienkhai.platform;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values as officers type them into forms, read into one normal form: numbers with Vietnamese decimals and
 * thousands, days as 30/4/2024, deadlines as "15/11" (every year) or "quý IV/2025". Each method gives null
 * for blank input and throws {@link IllegalArgumentException} for input it cannot read; the caller turns
 * that into its own message beside the field.
 */
public final class VietnameseInput {

	private VietnameseInput() {
	}

	/** Days before or after this range are typing mistakes, not plans. */
	public static final int FIRST_YEAR = 1945;

	public static final int LAST_YEAR = 2100;

	private static final BigDecimal LARGEST = new BigDecimal("1e15");

	/**
	 * A non-negative number: "7", "7,5" and "7.5" (decimals), "1.000" and "1.000,5" (Vietnamese thousands),
	 * "1,000.5" (English), without trailing zeros.
	 */
	public static BigDecimal number(String value) {
		String t = blankToNull(value);
		if (t == null) {
			return null;
		}
		t = t.replace(" ", "").replace("\u00a0", "");
		String plain;
		if (t.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
			plain = t.replace(".", "").replace(',', '.');
		}
		else if (t.matches("\\d{1,3}(,\\d{3})+\\.\\d+")) {
			plain = t.replace(",", "");
		}
		else if (t.matches("\\d+([.,]\\d+)?")) {
			plain = t.replace(',', '.');
		}
		else {
			throw new IllegalArgumentException("not a number: " + t);
		}
		BigDecimal number = new BigDecimal(plain);
		if (number.compareTo(LARGEST) > 0) {
			throw new IllegalArgumentException("too large: " + t);
		}
		return number.stripTrailingZeros().scale() < 0 ? number.setScale(0) : number.stripTrailingZeros();
	}

	private static final Pattern DAY = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");

	/** A day: 30/4/2024 (also with "." or "-") or 2024-04-30, between {@value #FIRST_YEAR} and {@value #LAST_YEAR}. */
	public static LocalDate day(String value) {
		String t = blankToNull(value);
		if (t == null) {
			return null;
		}
		try {
			Matcher m = DAY.matcher(t);
			LocalDate date = m.matches()
					? LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
					: LocalDate.parse(t);
			if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
				throw new IllegalArgumentException("out of range: " + t);
			}
			return date;
		}
		catch (DateTimeException e) {
			throw new IllegalArgumentException("not a day: " + t, e);
		}
	}

	/** Thrown by {@link #deadline} for a deadline form with impossible values ("tháng 13", "--02-30"). */
	public static final class BadDeadline extends IllegalArgumentException {

		BadDeadline(String value) {
			super("not a deadline: " + value);
		}

	}

	/** "quý IV/2025", "Quý 2 năm 2025": the quarter's last day. */
	private static final Pattern QUARTER = Pattern.compile("quý\\s*(IV|I{1,3}|[1-4])\\s*(?:/|năm)\\s*(\\d{4})",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** "năm 2026", "trong năm 2026": the year's last day. */
	private static final Pattern YEAR_END = Pattern.compile("(?:trong\\s+)?năm\\s*(\\d{4})",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})");

	private static final Pattern MONTH = Pattern.compile("(?:tháng\\s*)?(\\d{1,2})(?:\\s*hằng năm|\\s*hàng năm)?",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/**
	 * A deadline in the normal forms of a plan draft: a day ("2024-04-30"; typed also "30/4/2024", "quý
	 * IV/2025", "năm 2026"), every year on a day ("--11-15"; typed also "15/11"), or every year in a month
	 * ("--12"; typed also "12" or "tháng 12").
	 *
	 * @throws BadDeadline for one of these forms with impossible values
	 * @throws IllegalArgumentException for anything else that is not a day (as {@link #day})
	 */
	public static String deadline(String value) {
		String t = blankToNull(value);
		if (t == null) {
			return null;
		}
		try {
			if (t.matches("--\\d{2}-\\d{2}")) {
				return MonthDay.parse(t).toString();
			}
			if (t.matches("--\\d{2}")) {
				return month(Integer.parseInt(t.substring(2)), t);
			}
			Matcher q = QUARTER.matcher(t);
			if (q.matches()) {
				return YearMonth.of(Integer.parseInt(q.group(2)), quarter(q.group(1)) * 3).atEndOfMonth().toString();
			}
			Matcher y = YEAR_END.matcher(t);
			if (y.matches()) {
				return LocalDate.of(Integer.parseInt(y.group(1)), 12, 31).toString();
			}
			Matcher dm = DAY_MONTH.matcher(t);
			if (dm.matches()) {
				return MonthDay.of(Integer.parseInt(dm.group(2)), Integer.parseInt(dm.group(1))).toString();
			}
			Matcher mo = MONTH.matcher(t);
			if (mo.matches()) {
				return month(Integer.parseInt(mo.group(1)), t);
			}
		}
		catch (DateTimeException | NumberFormatException e) {
			throw new BadDeadline(t);
		}
		return day(t).toString();
	}

	private static String month(int month, String typed) {
		if (month < 1 || month > 12) {
			throw new BadDeadline(typed);
		}
		return String.format("--%02d", month);
	}

	private static int quarter(String q) {
		return switch (q.toUpperCase(Locale.ROOT)) {
			case "I", "1" -> 1;
			case "II", "2" -> 2;
			case "III", "3" -> 3;
			default -> 4;
		};
	}

	private static String blankToNull(String value) {
		if (value == null) {
			return null;
		}
		String t = value.strip();
		return t.isEmpty() ? null : t;
	}

}
