package vn.trienkhai.monitoring;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How official Vietnamese texts name a round ("năm 2026", "6 tháng đầu năm 2026", "quý III năm 2026") and
 * write dates as Decree 30/2020 has them: a day below 10 and a month below 3 take a leading zero ("ngày 07
 * tháng 01 năm 2026", "ngày 15 tháng 6 năm 2026", "07/01/2026"). Letters, reminders and reports use it; they are
 * written in Vietnamese whatever the reader's language.
 */
@Component
public class RoundNames {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	public RoundNames(MessageSource messages) {
		this.messages = messages;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}

	/** The round as a sentence names it; a coordinator's own title as it is. */
	public String of(Round r) {
		String label = r.label();
		return switch (r.kind()) {
			case ANNUAL -> text("remind.round.ANNUAL", label);
			case SEMIANNUAL -> label.endsWith("-H1") ? text("remind.round.H1", label.substring(0, 4))
					: label.endsWith("-H2") ? text("remind.round.H2", label.substring(0, 4)) : label;
			case QUARTERLY -> label.matches("\\d{4}-Q[1-4]")
					? text("remind.round.QUARTERLY", roman(label.charAt(6) - '0'), label.substring(0, 4)) : label;
			case MONTHLY -> label.matches("\\d{4}-\\d{2}")
					? text("remind.round.MONTHLY", Integer.parseInt(label.substring(5)), label.substring(0, 4)) : label;
			case INTERIM_REVIEW -> label.matches("\\d{1,2}") ? text("remind.round.INTERIM_REVIEW", label) : label;
			case FINAL_REVIEW -> label.matches("\\d{1,2}") ? text("remind.round.FINAL_REVIEW", label) : label;
			case AD_HOC -> label;
		};
	}

	private static String roman(int quarter) {
		return switch (quarter) {
			case 1 -> "I";
			case 2 -> "II";
			case 3 -> "III";
			default -> "IV";
		};
	}

	/** "07/01/2026", "15/6/2026". */
	public static String date(LocalDate d) {
		return twoDigits(d.getDayOfMonth()) + "/" + month(d) + "/" + d.getYear();
	}

	/** "ngày 07 tháng 01 năm 2026", "ngày 02 tháng 12 năm 2026". */
	public String longDate(LocalDate d) {
		return text("remind.date.long", twoDigits(d.getDayOfMonth()), month(d), String.valueOf(d.getYear()));
	}

	private static String month(LocalDate d) {
		return d.getMonthValue() < 3 ? twoDigits(d.getMonthValue()) : String.valueOf(d.getMonthValue());
	}

	private static String twoDigits(int n) {
		return n < 10 ? "0" + n : String.valueOf(n);
	}

}
