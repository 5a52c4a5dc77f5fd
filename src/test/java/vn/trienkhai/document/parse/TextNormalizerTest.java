package vn.trienkhai.document.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

	private static String normalize(String raw) {
		return TextNormalizer.normalize(raw).text();
	}

	@Test
	void dropsTheBomAndTurnsCrlfIntoLf() {
		assertThat(normalize("\uFEFFKẾ HOẠCH\r\nI. MỤC TIÊU\r\n")).isEqualTo("KẾ HOẠCH\nI. MỤC TIÊU");
	}

	@Test
	void composesNfdText() {
		String nfd = Normalizer.normalize("Sở Khoa học và Công nghệ", Normalizer.Form.NFD);
		assertThat(nfd).isNotEqualTo("Sở Khoa học và Công nghệ");
		assertThat(normalize(nfd)).isEqualTo("Sở Khoa học và Công nghệ");
	}

	@Test
	void putsTheToneMarkInOnePlace() {
		assertThat(normalize("UỶ BAN NHÂN DÂN, Uỷ ban, hoà bình, thuỷ sản, khoẻ, hoá học"))
			.isEqualTo("ỦY BAN NHÂN DÂN, Ủy ban, hòa bình, thủy sản, khỏe, hóa học");
	}

	@Test
	void leavesToneMarksBeforeAFinalConsonantAndAfterQAlone() {
		assertThat(normalize("hoàn thành, khoảng, Quý II, quý báu, Quỳnh")).isEqualTo("hoàn thành, khoảng, Quý II, quý báu, Quỳnh");
	}

	@Test
	void keepsAColumnGapAsTwoSpacesAndCollapsesOtherSpace() {
		assertThat(normalize("Số: 88/KH-UBND\t\t\tAn Khê,   ngày 07")).isEqualTo("Số: 88/KH-UBND  An Khê,  ngày 07");
		assertThat(normalize("  Sở Y tế  \u00A0")).isEqualTo("Sở Y tế");
	}

	@Test
	void joinsALineThatGoesOnInLowerCase() {
		assertThat(normalize("Tập trung các nguồn lực; phát huy,\n\nsử dụng bền vững tài nguyên"))
			.isEqualTo("Tập trung các nguồn lực; phát huy, sử dụng bền vững tài nguyên");
	}

	@Test
	void joinsADocumentNumberCutAtTheLineEnd() {
		assertThat(normalize("Thực hiện Nghị quyết số 36-NQ/\nTW ngày 30/01/2023")).isEqualTo("Thực hiện Nghị quyết số 36-NQ/TW ngày 30/01/2023");
		assertThat(normalize("Nghị quyết số 189/NQ-\nCP của Chính phủ")).isEqualTo("Nghị quyết số 189/NQ-CP của Chính phủ");
	}

	@Test
	void joinsAnAgencyNameCutAfterAConnector() {
		assertThat(normalize("3. Sở Thông tin và\nTruyền thông chủ trì")).isEqualTo("3. Sở Thông tin và Truyền thông chủ trì");
	}

	@Test
	void neverJoinsHeadingsListItemsOrTableRows() {
		String text = "I. MỤC TIÊU\n1. Mục tiêu chung\nPhát triển công nghệ sinh học\n- Một là\n+ Hai là\na) Ba là\n| A | B |\n| c | d |";
		assertThat(normalize(text)).isEqualTo(text);
	}

	@Test
	void keepsTheKindLineApartFromALowerCaseTitle() {
		assertThat(normalize("KẾ HOẠCH\n\nthực hiện Kế hoạch số 114-KH/TU")).isEqualTo("KẾ HOẠCH\n\nthực hiện Kế hoạch số 114-KH/TU");
	}

	@Test
	void joinsHardWrappedLinesOfAPdf() {
		StringBuilder text = new StringBuilder("I. NHIỆM VỤ\n");
		for (int i = 0; i < 20; i++) {
			text.append("Nội dung dòng thứ ").append(i).append(" của một đoạn văn bản dài được ngắt dòng cố định\n");
		}
		String out = normalize(text.toString());
		assertThat(out.split("\n")).hasSize(2);
	}

	@Test
	void dropsPageNumberLines() {
		assertThat(normalize("phát triển kinh tế\n4\nxã hội bền vững")).isEqualTo("phát triển kinh tế xã hội bền vững");
	}

	@Test
	void mapsEveryCharBackToItsSource() {
		String raw = "\uFEFFSở Khoa học\r\n\tCông nghệ";
		TextNormalizer.Result result = TextNormalizer.normalize(raw);
		assertThat(result.sourceOffsets()).hasSize(result.text().length() + 1);
		int s = result.text().indexOf("Công");
		assertThat(raw.substring(result.sourceOffsets()[s])).startsWith("Công");
		assertThat(result.sourceOffsets()[result.text().length()]).isEqualTo(raw.length());
	}

	@Test
	void replacesControlCharsAndKeepsOddText() {
		assertThat(normalize("a\u0000b\u0007c\u200Bd")).isEqualTo("a b cd");
		assertThat(normalize(null)).isEmpty();
	}

}
