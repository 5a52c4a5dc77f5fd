package vn.trienkhai.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What the coordinator writes or corrects before the report is generated: the number, place and date, parts
 * I (leadership and dissemination), IV (shortcomings) and V (directions and proposals), the recipients and
 * the signer. Prefilled from the approved progress reports; a paragraph per line.
 *
 * @param rowVersion the saved draft's version, -1 when nothing is saved (the prefilled texts)
 */
public record ReportTexts(String number, String place, LocalDate date, String leadership, String shortcomings,
		String proposals, String recipients, String signerAuthority, String signerTitle, String signerName,
		int rowVersion) {

	public static final int MAX_PART = 50_000;

	public static final int MAX_RECIPIENTS = 5_000;

	public static final int MAX_LINE = 200;

	/** A broken rule of the texts: the form field and the message key with its arguments. */
	public record Problem(String field, String key, Object... args) {
	}

	public boolean saved() {
		return rowVersion >= 0;
	}

	/** A text's non-blank lines, trimmed: the paragraphs of a part, the recipient lines. */
	static List<String> lines(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

}
