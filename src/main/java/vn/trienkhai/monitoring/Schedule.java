package vn.trienkhai.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A periodic report a plan asks for, and the rounds it makes each year. The data cut-off window follows
 * Decree 09/2019/NĐ-CP unless the plan overrides it: a period ends on the {@code periodEndDay} (14th) — of
 * December for annual reports, of June and December for six-monthly ones, of each quarter's last month, of
 * every month — and starts the day after the previous one ends. The due day is the plan's ("trước ngày 15
 * tháng 11 hàng năm"): of {@code dueMonth} for annual reports, of the first half's {@code dueMonth} (then six
 * months later) for six-monthly ones, else of the period's last month.
 *
 * @param periodEndMonth for annual reports, the month the period ends in (12)
 * @param dueMonth for annual and six-monthly reports; null means the month the period ends in
 */
public record Schedule(RoundKind frequency, int periodEndDay, int periodEndMonth, int dueDay, Integer dueMonth,
		String quote) {

	public static final int DECREE_09_END_DAY = 14;

	public Schedule {
		if (!frequency.isPeriodic()) {
			throw new IllegalArgumentException("not a periodic kind: " + frequency);
		}
		if (periodEndDay < 1 || periodEndDay > 28 || periodEndMonth < 1 || periodEndMonth > 12 || dueDay < 1
				|| dueDay > 31 || (dueMonth != null && (dueMonth < 1 || dueMonth > 12))) {
			throw new IllegalArgumentException("day or month out of range");
		}
	}

	/**
	 * The schedule of Decree 09 for a frequency, due on the plan's day if it gives one. For an annual report
	 * due before the Decree's cut-off (15/11 is before 14/12), the period ends the day before the due day, so
	 * that a report never covers days after it is sent.
	 *
	 * @param dueMonth the month of the plan's due date, null if it gives none
	 * @param dueDay the day of the plan's due date, null if it gives only a month (then: the month's last day)
	 */
	public static Schedule of(RoundKind frequency, Integer dueMonth, Integer dueDay, String quote) {
		int endDay = DECREE_09_END_DAY;
		int endMonth = 12;
		int day = dueDay != null ? dueDay : dueMonth != null ? 31 : DECREE_09_END_DAY + 1;
		Integer month = frequency == RoundKind.ANNUAL || frequency == RoundKind.SEMIANNUAL ? dueMonth : null;
		if (frequency == RoundKind.ANNUAL) {
			month = month == null ? 12 : month;
			// "trước ngày 15/11": the year's report, cut off the day before; "trước ngày 15/1": next January's
			boolean sameYear = month >= 7;
			if (sameYear && (month < endMonth || (month == endMonth && Math.min(day, 31) <= endDay))) {
				LocalDate due = LocalDate.of(2001, month, Math.min(day, YearMonth.of(2001, month).lengthOfMonth()));
				LocalDate end = due.minusDays(1);
				endMonth = end.getMonthValue();
				endDay = Math.min(end.getDayOfMonth(), 28);
			}
		}
		return new Schedule(frequency, endDay, endMonth, day, month, quote);
	}

	/** A period of this schedule: its label ("2026", "2026-H1", "2026-Q3", "2026-07"), window and due day. */
	public record Period(String label, LocalDate start, LocalDate end, LocalDate due) {
	}

	/** The periods whose window ends in {@code year}. */
	public List<Period> periods(int year) {
		List<Period> out = new ArrayList<>();
		switch (frequency) {
			case ANNUAL -> out.add(period(String.valueOf(year), YearMonth.of(year, periodEndMonth), 12, dueMonthIn(year, 0)));
			case SEMIANNUAL -> {
				out.add(period(year + "-H1", YearMonth.of(year, 6), 6, dueMonthIn(year, 0)));
				out.add(period(year + "-H2", YearMonth.of(year, 12), 6, dueMonthIn(year, 6)));
			}
			case QUARTERLY -> {
				for (int q = 1; q <= 4; q++) {
					YearMonth last = YearMonth.of(year, q * 3);
					out.add(period(year + "-Q" + q, last, 3, last));
				}
			}
			case MONTHLY -> {
				for (int m = 1; m <= 12; m++) {
					YearMonth ym = YearMonth.of(year, m);
					out.add(period(String.format("%d-%02d", year, m), ym, 1, ym));
				}
			}
			default -> throw new IllegalStateException();
		}
		return out;
	}

	private YearMonth dueMonthIn(int year, int shift) {
		YearMonth base = dueMonth == null ? null : YearMonth.of(year, dueMonth).plusMonths(shift);
		return base;
	}

	private Period period(String label, YearMonth endMonth, int months, YearMonth dueIn) {
		LocalDate end = endMonth.atDay(periodEndDay);
		LocalDate start = endMonth.minusMonths(months).atDay(periodEndDay).plusDays(1);
		YearMonth dm = dueIn != null ? dueIn : endMonth;
		LocalDate due = dm.atDay(Math.min(dueDay, dm.lengthOfMonth()));
		// a due day before the cut-off is the next one after it: a monthly report due on the 10th is due on the
		// 10th of the next month, an annual one "trước ngày 15/1" in the next January
		// (a step of one month for monthly and quarterly reports, whose due day is in the period's last month; of
		// the period's length for annual and six-monthly ones, whose due month the plan names)
		int step = dueMonth == null ? 1 : months;
		for (int k = step; due.isBefore(end) && k <= 12; k += step) {
			YearMonth next = dm.plusMonths(k);
			due = next.atDay(Math.min(dueDay, next.lengthOfMonth()));
		}
		return new Period(label, start, end, due);
	}

}
