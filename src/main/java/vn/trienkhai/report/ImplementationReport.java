package vn.trienkhai.report;

import java.util.List;

/**
 * The report on a plan's implementation (báo cáo kết quả thực hiện kế hoạch), compiled and ready to lay out:
 * every text is final Vietnamese, so the DOCX and PDF writers and the preview only place it on the page as
 * Decree 30/2020/NĐ-CP has it. An official document is written in Vietnamese whatever the reader's language.
 *
 * @param superior the issuer's governing body, first line of the issuer block (may be empty)
 * @param issuer the issuing body ("ỦY BAN NHÂN DÂN TỈNH GIA LAI"), upper case
 * @param number "Số:      /BC-UBND": the office writes the number in when it registers the report
 * @param placeAndDate "An Khê, ngày 07 tháng 6 năm 2023", set in italics
 * @param title "BÁO CÁO"
 * @param subject the lines under the title ("Kết quả thực hiện Kế hoạch số 12/KH-UBND … năm 2026")
 * @param body the opening paragraph and parts I–V
 * @param appendices task status per agency; reporting completeness per unit
 * @param recipients the "Nơi nhận" lines ("- Bộ Khoa học và Công nghệ;")
 * @param signerAuthority "TM. ỦY BAN NHÂN DÂN", "KT. GIÁM ĐỐC" …, upper case, may be empty
 * @param signerTitle "CHỦ TỊCH", upper case
 * @param signerName the signer's name, may be empty (written in by hand)
 * @param approvedReports how many approved progress reports the report is compiled from
 * @param warnings what the writers should tell the person: characters outside the font, replaced visibly
 */
public record ImplementationReport(String superior, String issuer, String number, String placeAndDate, String title,
		List<String> subject, List<Block> body, List<Appendix> appendices, List<String> recipients,
		String signerAuthority, String signerTitle, String signerName, int approvedReports, List<String> warnings) {

	public ImplementationReport {
		subject = List.copyOf(subject);
		body = List.copyOf(body);
		appendices = List.copyOf(appendices);
		recipients = List.copyOf(recipients);
		warnings = List.copyOf(warnings);
	}

	/** A piece of the body, laid out in order. */
	public sealed interface Block permits Heading, Paragraph, Table {
	}

	/**
	 * A heading: level 1 the parts ("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO …", bold, upper case), level 2 their items
	 * ("1. Nhiệm vụ …", bold), level 3 a task ("a) …", bold italic).
	 */
	public record Heading(int level, String text) implements Block {
	}

	/** A justified body paragraph with its first line indented; {@code italic} for notes ("Chưa có …"). */
	public record Paragraph(String text, boolean italic) implements Block {

		public static Paragraph of(String text) {
			return new Paragraph(text, false);
		}

	}

	/**
	 * A table whose header row repeats on every page it crosses.
	 *
	 * @param widths each column's share of the width, in percent (they add up to 100)
	 * @param numeric the columns aligned right (figures)
	 */
	public record Table(List<String> header, List<Integer> widths, List<Integer> numeric, List<List<String>> rows)
			implements Block {

		public Table {
			header = List.copyOf(header);
			widths = List.copyOf(widths);
			numeric = List.copyOf(numeric);
			rows = rows.stream().map(List::copyOf).toList();
			int columns = header.size();
			if (widths.size() != columns || rows.stream().anyMatch(r -> r.size() != columns)) {
				throw new IllegalArgumentException("every row needs one cell per column");
			}
		}

	}

	/** An appendix on a new page: "Phụ lục I", its title, and its blocks. */
	public record Appendix(String label, String title, List<Block> blocks) {

		public Appendix {
			blocks = List.copyOf(blocks);
		}

	}

}
