package vn.trienkhai.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.trienkhai.report.ImplementationReport.Appendix;
import vn.trienkhai.report.ImplementationReport.Heading;
import vn.trienkhai.report.ImplementationReport.Paragraph;
import vn.trienkhai.report.ImplementationReport.Table;

import static org.assertj.core.api.Assertions.assertThat;

class GlyphsTest {

	private static Glyphs glyphs;

	@BeforeAll
	static void loadFonts() {
		long start = System.nanoTime();
		glyphs = new Glyphs();
		System.out.printf("Glyphs: cmaps of the four styles read in %d ms%n", (System.nanoTime() - start) / 1_000_000);
	}

	/** The 67 letters with a diacritic (12 vowels × 6 tones, less the 6 plain ones, and đ), each in both cases. */
	static Set<String> vietnameseLetters() {
		String[] tones = { "", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323" };
		Set<String> letters = new LinkedHashSet<>();
		for (String vowel : List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")) {
			for (String tone : tones) {
				String letter = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
				if (letter.charAt(0) >= 0x80) {
					letters.add(letter);
					letters.add(letter.toUpperCase(java.util.Locale.ROOT));
				}
			}
		}
		letters.add("đ");
		letters.add("Đ");
		return letters;
	}

	private static ImplementationReport report(String text, List<String> warnings) {
		return new ImplementationReport("", "ỦY BAN NHÂN DÂN TỈNH GIA LAI", "Số:      /BC-UBND",
				"Gia Lai, ngày 07 tháng 6 năm 2026", "BÁO CÁO", List.of("Kết quả thực hiện"),
				List.of(new Heading(1, "I. KẾT QUẢ"), Paragraph.of(text),
						new Table(List.of("Nội dung"), List.of(100), List.of(), List.of(List.of(text)))),
				List.of(new Appendix("Phụ lục I", text, List.of(Paragraph.of(text)))), List.of("- Lưu: VT."), "",
				"CHỦ TỊCH", "Nguyễn Văn A", 3, warnings);
	}

	@Test
	void allVietnameseLettersPassUntouched() {
		Set<String> letters = vietnameseLetters();
		assertThat(letters).hasSize(134);
		String text = String.join(" ", letters);
		ImplementationReport in = report(text, List.of());
		ImplementationReport out = glyphs.sanitize(in);
		assertThat(out).isEqualTo(in);
		assertThat(out.warnings()).isEmpty();
		text.codePoints().forEach(cp -> assertThat(glyphs.drawable(cp)).as("U+%04X", cp).isTrue());
	}

	@Test
	void decomposedVietnameseIsComposedNotFlagged() {
		String nfc = "Triển khai Nghị quyết số 36-NQ/TW, Đắk Lắk, Hạ Long, thành phố Hồ Chí Minh";
		String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
		assertThat(nfd).isNotEqualTo(nfc);
		ImplementationReport out = glyphs.sanitize(report(nfd, List.of()));
		assertThat(out.warnings()).isEmpty();
		assertThat(((Paragraph) out.body().get(1)).text()).isEqualTo(nfc);
		assertThat(out.appendices().get(0).title()).isEqualTo(nfc);
	}

	@Test
	void missingCharactersAreReplacedAndReportedOnceEachWithTheirCount() {
		assertThat(glyphs.replacement()).isEqualTo("□");
		String text = "Vui 😀 lắm 😀, chữ 中 và\ttab\nxuống dòng";
		ImplementationReport in = report(text, List.of("Cảnh báo có sẵn."));
		ImplementationReport out = glyphs.sanitize(in);

		String expected = "Vui □ lắm □, chữ □ và\ttab\nxuống dòng";
		assertThat(((Paragraph) out.body().get(1)).text()).isEqualTo(expected);
		assertThat(((Table) out.body().get(2)).rows().get(0).get(0)).isEqualTo(expected);
		assertThat(out.appendices().get(0).title()).isEqualTo(expected);
		assertThat(((Paragraph) out.appendices().get(0).blocks().get(0)).text()).isEqualTo(expected);
		// the text occurs 4 times: paragraph, table cell, appendix title, appendix paragraph
		assertThat(out.warnings()).containsExactly("Cảnh báo có sẵn.",
				"Ký tự \"😀\" (U+1F600) không có trong phông chữ Liberation Serif, đã thay bằng \"□\" (8 chỗ).",
				"Ký tự \"中\" (U+4E2D) không có trong phông chữ Liberation Serif, đã thay bằng \"□\" (4 chỗ).");
		// sanitizing again changes nothing
		assertThat(glyphs.sanitize(out)).isEqualTo(out);
	}

	@Test
	void invisibleCharactersAreNamedByCode() {
		ImplementationReport out = glyphs.sanitize(report("a\u0001b", List.of()));
		assertThat(((Paragraph) out.body().get(1)).text()).isEqualTo("a□b");
		assertThat(out.warnings()).containsExactly(
				"Ký tự U+0001 không có trong phông chữ Liberation Serif, đã thay bằng \"□\" (4 chỗ).");
	}

	@Test
	void aReportOfAHundredKilobytesIsSanitizedQuickly() {
		StringBuilder text = new StringBuilder();
		List<String> letters = new ArrayList<>(vietnameseLetters());
		for (int i = 0; text.length() < 25_000; i++) {
			text.append(letters.get(i % letters.size())).append("ng ");
		}
		for (Normalizer.Form form : List.of(Normalizer.Form.NFC, Normalizer.Form.NFD)) {
			ImplementationReport in = report(Normalizer.normalize(text, form) + "😀", List.of());
			long best = Long.MAX_VALUE;
			ImplementationReport out = null;
			for (int i = 0; i < 5; i++) {
				long start = System.nanoTime();
				out = glyphs.sanitize(in);
				best = Math.min(best, System.nanoTime() - start);
			}
			System.out.printf("Glyphs: sanitized %d characters (%s) in %d µs (best of 5)%n",
					4 * in.appendices().get(0).title().length(), form, best / 1_000);
			assertThat(out.warnings()).hasSize(1);
		}
	}

}
