package vn.trienkhai.monitoring.remind;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.trienkhai.monitoring.Round;
import vn.trienkhai.monitoring.RoundNames;
import vn.trienkhai.plan.Plan;

/**
 * How reminders and the letter name things, in Vietnamese: a round ("năm 2026", "6 tháng đầu năm 2026"), a
 * plan ("Kế hoạch số 12/KH-UBND"), and dates as Decree 30/2020 writes them (a day below 10 and a month below
 * 3 take a leading zero: "ngày 07 tháng 01 năm 2026", "ngày 15 tháng 6 năm 2026", "07/01/2026").
 */
@Component
class RoundTexts {

	static final Locale VIETNAMESE = RoundNames.VIETNAMESE;

	private final MessageSource messages;

	private final RoundNames names;

	RoundTexts(MessageSource messages, RoundNames names) {
		this.messages = messages;
		this.names = names;
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}

	/** The round as a sentence names it; a coordinator's own title as it is. */
	String round(Round r) {
		return names.of(r);
	}

	/** "Kế hoạch số 12/KH-UBND", or the title of a plan without a number. */
	String plan(Plan p) {
		return p.number() != null ? text("remind.plan.numbered", p.number()) : p.title();
	}

	/** "07/01/2026", "15/6/2026". */
	static String date(LocalDate d) {
		return RoundNames.date(d);
	}

	/** "ngày 07 tháng 01 năm 2026", "ngày 02 tháng 12 năm 2026". */
	String longDate(LocalDate d) {
		return names.longDate(d);
	}

}
