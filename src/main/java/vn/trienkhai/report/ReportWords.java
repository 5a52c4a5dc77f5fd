package vn.trienkhai.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.trienkhai.monitoring.ReportStatus;
import vn.trienkhai.monitoring.Round;
import vn.trienkhai.monitoring.RoundNames;
import vn.trienkhai.monitoring.TargetStatus;
import vn.trienkhai.monitoring.Timeliness;
import vn.trienkhai.plan.Deadline;
import vn.trienkhai.plan.TaskStatus;

/**
 * The words of generated documents, always Vietnamese (an official document is, whatever the reader's
 * language): phrases from the message bundles, status labels, rounds, dates, and numbers with a decimal comma
 * and a dot between thousands ("1.234,5").
 */
@Component
class ReportWords {

	private final MessageSource messages;

	private final RoundNames rounds;

	ReportWords(MessageSource messages, RoundNames rounds) {
		this.messages = messages;
		this.rounds = rounds;
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, RoundNames.VIETNAMESE);
	}

	String round(Round r) {
		return rounds.of(r);
	}

	static String date(LocalDate d) {
		return d == null ? "" : RoundNames.date(d);
	}

	String longDate(LocalDate d) {
		return rounds.longDate(d);
	}

	/** "1.234,5"; at most four decimals, trailing zeros dropped; empty for null. */
	static String number(BigDecimal n) {
		if (n == null) {
			return "";
		}
		DecimalFormat f = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(RoundNames.VIETNAMESE));
		return f.format(n);
	}

	String status(TaskStatus s) {
		return text("task.status." + s.name());
	}

	String status(TargetStatus s) {
		return s == null ? text("report.doc.target.noLine") : text("monitoring.target." + s.name());
	}

	String status(ReportStatus s) {
		return text("monitoring.report.status." + s.name());
	}

	String timeliness(Timeliness t) {
		return text("monitoring.timeliness." + t.name());
	}

	/** "30/4/2026", "trước ngày 15/11 hằng năm", "tháng 12 hằng năm", "hằng quý", "không quy định". */
	String deadline(Deadline d) {
		if (d == null) {
			return text("report.doc.deadline.NONE");
		}
		return switch (d.kind()) {
			case "DATE" -> date(d.date());
			case "YEARLY" -> d.day() == null ? text("report.doc.deadline.month", d.month())
					: text("report.doc.deadline.day", d.day() + "/" + d.month());
			case "QUARTERLY" -> text("report.doc.deadline.QUARTERLY");
			case "MONTHLY" -> text("report.doc.deadline.MONTHLY");
			default -> text("report.doc.deadline.NONE");
		};
	}

	/** "phát triển …" from "Phát triển …"; an abbreviation ("UBND …", "KH&CN") keeps its case. */
	static String lowerFirst(String s) {
		if (s == null || s.isEmpty()) {
			return "";
		}
		if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
			return s;
		}
		return s.substring(0, 1).toLowerCase(RoundNames.VIETNAMESE) + s.substring(1);
	}

	static String upper(String s) {
		return s == null ? "" : s.toUpperCase(RoundNames.VIETNAMESE);
	}

}
