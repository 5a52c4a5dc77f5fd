package vn.trienkhai.monitoring.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.trienkhai.monitoring.Round;
import vn.trienkhai.monitoring.RoundKind;

/**
 * A round's name as people say it, in the page's language: "Năm 2026", "6 tháng đầu năm 2026", "Quý III/2026",
 * "Tháng 7/2026", "Sơ kết 3 năm"; an ad hoc round keeps the coordinator's title. Templates call
 * {@code ${@roundLabels.of(round)}}.
 */
@Component("roundLabels")
public class RoundLabels {

	private static final String[] ROMAN = { "I", "II", "III", "IV" };

	private final MessageSource messages;

	RoundLabels(MessageSource messages) {
		this.messages = messages;
	}

	public String of(Round round) {
		String label = round.label();
		return switch (round.kind()) {
			case ANNUAL -> text("monitoring.round.label.ANNUAL", label);
			case SEMIANNUAL -> text(label.endsWith("H1") ? "monitoring.round.label.H1" : "monitoring.round.label.H2",
					label.substring(0, 4));
			case QUARTERLY -> text("monitoring.round.label.QUARTERLY", ROMAN[label.charAt(6) - '1'], label.substring(0, 4));
			case MONTHLY -> text("monitoring.round.label.MONTHLY", Integer.parseInt(label.substring(5)), label.substring(0, 4));
			case INTERIM_REVIEW, FINAL_REVIEW -> label.matches("\\d+")
					? text("monitoring.round.label." + round.kind(), label) : label;
			case AD_HOC -> label;
		};
	}

	public boolean isPeriodic(RoundKind kind) {
		return kind.isPeriodic();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
