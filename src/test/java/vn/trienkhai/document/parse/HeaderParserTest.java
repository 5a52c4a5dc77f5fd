package vn.trienkhai.document.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.trienkhai.document.parse.TestTexts.parse;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.trienkhai.document.parse.PlanDraft.Kind;

class HeaderParserTest {

	private static boolean warned(PlanDraft draft, String code) {
		return draft.warnings().stream().anyMatch(w -> w.code().equals(code));
	}

	@Test
	void readsAPeoplesCommitteeHeaderWithNumberAndPlaceOnOneLine() {
		PlanDraft.DocumentInfo d = parse("ỦY BAN NHÂN DÂN", "THỊ XÃ AN KHÊ",
				"Số: 88/KH-UBND          An Khê, ngày 07 tháng 6 năm 2023", "", "KẾ HOẠCH",
				"Triển khai thực hiện Nghị quyết số 36-NQ/TW", "", "I. MỤC TIÊU")
			.document();
		assertThat(d.number()).isEqualTo("88/KH-UBND");
		assertThat(d.kind()).isEqualTo(Kind.KE_HOACH);
		assertThat(d.issuer()).isEqualTo("Ủy ban nhân dân thị xã An Khê");
		assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2023, 6, 7));
		assertThat(d.place()).isEqualTo("An Khê");
		assertThat(d.title()).isEqualTo("Triển khai thực hiện Nghị quyết số 36-NQ/TW");
	}

	@Test
	void readsATwoColumnHeaderFlattenedWithTheMotto() {
		PlanDraft.DocumentInfo d = parse("UBND TỈNH BÌNH THUẬN    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				"SỞ KHOA HỌC VÀ CÔNG NGHỆ    Độc lập - Tự do - Hạnh phúc",
				"Số: 12/KH-SKHCN    Bình Thuận, ngày 5/3/2024", "KẾ HOẠCH", "Ứng dụng công nghệ sinh học")
			.document();
		assertThat(d.issuer()).isEqualTo("Sở Khoa học và Công nghệ tỉnh Bình Thuận");
		assertThat(d.number()).isEqualTo("12/KH-SKHCN");
		assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
		assertThat(d.place()).isEqualTo("Bình Thuận");
	}

	@Test
	void readsAHeaderInAPipeTable() {
		PlanDraft.DocumentInfo d = parse("| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
				"| HUYỆN CHƯ SÊ | Độc lập - Tự do - Hạnh phúc |", "| Số: 45/KH-UBND | Chư Sê, ngày 03 tháng 3 năm 2024 |",
				"", "KẾ HOẠCH", "Ứng dụng công nghệ sinh học")
			.document();
		assertThat(d.issuer()).isEqualTo("Ủy ban nhân dân huyện Chư Sê");
		assertThat(d.number()).isEqualTo("45/KH-UBND");
		assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2024, 3, 3));
	}

	@Test
	void aDraftHasNoNumberAndNoDateAndSaysSo() {
		PlanDraft draft = parse("ỦY BAN NHÂN DÂN", "TỈNH BÌNH THUẬN", "Số: …………/KH-UBND",
				"Bình Thuận, ngày        tháng 4 năm 2024", "KẾ HOẠCH", "Triển khai thực hiện");
		assertThat(draft.document().number()).isNull();
		assertThat(draft.document().issuedOn()).isNull();
		assertThat(draft.document().place()).isEqualTo("Bình Thuận");
		assertThat(warned(draft, "NUMBER_BLANK")).isTrue();
		assertThat(warned(draft, "DATE_INCOMPLETE")).isTrue();
	}

	@Test
	void aPartyHeaderGivesTheLowestCommitteeAndTheStandingBoardFromTheSignature() {
		PlanDraft draft = parse("ĐẢNG BỘ TỈNH GIA LAI    ĐẢNG CỘNG SẢN VIỆT NAM", "HUYỆN ỦY CHƯ SÊ", "*",
				"Số 09-KH/HU    Chư Sê, ngày 12 tháng 3 năm 2024", "", "KẾ HOẠCH", "thực hiện Kế hoạch số 114-KH/TU",
				"", "I. MỤC ĐÍCH", "Quán triệt.", "", "Nơi nhận:", "- Lưu.", "", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ");
		assertThat(draft.document().issuer()).isEqualTo("Ban Thường vụ Huyện ủy Chư Sê");
		assertThat(draft.document().number()).isEqualTo("09-KH/HU");
		assertThat(draft.document().title()).isEqualTo("thực hiện Kế hoạch số 114-KH/TU");
	}

	@Test
	void withoutAHeaderTheIssuerComesFromThePreamble() {
		PlanDraft draft = parse("KẾ HOẠCH", "", "thực hiện Kế hoạch số 114-KH/TU", "",
				"Thực hiện Kế hoạch số 114-KH/TU ngày 05/01/2024 của Ban Thường vụ Tỉnh ủy; Ban Thường vụ Huyện ủy xây dựng kế hoạch triển khai thực hiện như sau:",
				"I. MỤC ĐÍCH, YÊU CẦU");
		assertThat(draft.document().issuer()).isEqualTo("Ban Thường vụ Huyện ủy");
		assertThat(draft.document().place()).isNull();
		assertThat(warned(draft, "NUMBER_MISSING")).isTrue();
	}

	@Test
	void anUpperCaseOfLineUnderTheKindNamesTheIssuer() {
		PlanDraft draft = parse("**KẾ HOẠCH**", "**CỦA BAN THƯỜNG VỤ ĐẢNG ỦY**", "**Thực hiện Chương trình số 38-CTr/TU**",
				"", "**I- MỤC ĐÍCH**");
		assertThat(draft.document().issuer()).isEqualTo("Ban Thường vụ Đảng ủy");
		assertThat(draft.document().title()).isEqualTo("Thực hiện Chương trình số 38-CTr/TU");
	}

	@Test
	void aBareCommitteeInThePreambleIsCompletedWithThePlace() {
		PlanDraft draft = parse("Số: 15/KH-UBND    Đắk Mil, ngày 2 tháng 2 năm 2024", "KẾ HOẠCH", "Ứng dụng công nghệ sinh học",
				"", "Thực hiện Nghị quyết số 36-NQ/TW, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:", "I. MỤC TIÊU");
		assertThat(draft.document().issuer()).isEqualTo("Ủy ban nhân dân huyện Đắk Mil");
	}

	@Test
	void aMissingTitleLineIsWarnedAndThePreambleIsNotTakenForIt() {
		PlanDraft draft = parse("ỦY BAN NHÂN DÂN", "XÃ NHỮ KHÊ", "Số: 05/KH-UBND    Nhữ Khê, ngày 10 tháng 3 năm 2026",
				"KẾ HOẠCH", "",
				"Thực hiện Chương trình số 38-CTr/TU của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân xã ban hành Kế hoạch thực hiện như sau:",
				"I. MỤC TIÊU");
		assertThat(draft.document().title()).isNull();
		assertThat(draft.document().issuer()).isEqualTo("Ủy ban nhân dân xã Nhữ Khê");
		assertThat(warned(draft, "TITLE_MISSING")).isTrue();
	}

	@Test
	void theKindComesFromTheNumberWhenTheKindLineIsMissing() {
		assertThat(parse("Số: 64-CTr/TU", "I. MỤC TIÊU").document().kind()).isEqualTo(Kind.CHUONG_TRINH);
		assertThat(parse("Số: 123/UBND-KT", "V/v triển khai công nghệ sinh học").document().kind()).isEqualTo(Kind.CONG_VAN);
		assertThat(parse("Số: 1234/QĐ-UBND", "Điều 1. Ban hành").document().kind()).isEqualTo(Kind.QUYET_DINH);
	}

	@Test
	void aLetterTakesItsSubjectLineAsTitle() {
		PlanDraft.DocumentInfo d = PlanParser.parse(TestTexts.read("cases/skhcn-official-letter-693.txt")).document();
		assertThat(d.kind()).isEqualTo(Kind.CONG_VAN);
		assertThat(d.number()).isEqualTo("693/SKHCN-QLCN");
		assertThat(d.issuer()).isEqualTo("Sở Khoa học và Công nghệ tỉnh Gia Lai");
		assertThat(d.title()).isEqualTo("triển khai Kế hoạch số 107/KH-UBND về công nghệ sinh học");
		assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2023, 5, 20));
	}

	@Test
	void aPartyBoardUnderItsCommitteeAndAOneLineCommittee() {
		assertThat(parse("HUYỆN ỦY ĐẠI LỘC", "BAN TUYÊN GIÁO", "Số 12-KH/BTGHU", "KẾ HOẠCH", "Tuyên truyền")
			.document()
			.issuer()).isEqualTo("Ban Tuyên giáo Huyện ủy Đại Lộc");
		assertThat(parse("UBND TỈNH QUẢNG NAM", "Số: 3/KH-UBND", "KẾ HOẠCH", "Thử").document().issuer())
			.isEqualTo("Ủy ban nhân dân tỉnh Quảng Nam");
	}

	@Test
	void aNumberWithoutSoInItsOwnCell() {
		assertThat(parse("| ỦY BAN NHÂN DÂN XÃ TÂN PHÚ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
				"| 27/KH-UBND | Tân Phú, ngày 1 tháng 10 năm 2025 |", "", "KẾ HOẠCH", "Thử")
			.document()
			.number()).isEqualTo("27/KH-UBND");
	}

	@Test
	void normalCaseOfUpperCaseNames() {
		assertThat(OrgNames.normalCase("ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN")).isEqualTo("Ủy ban nhân dân tỉnh Bình Thuận");
		assertThat(OrgNames.normalCase("BAN THƯỜNG VỤ HUYỆN ỦY")).isEqualTo("Ban Thường vụ Huyện ủy");
		assertThat(OrgNames.normalCase("SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN"))
			.isEqualTo("Sở Nông nghiệp và Phát triển nông thôn");
		assertThat(OrgNames.normalCase("ĐẢNG ỦY XÃ TÂN PHÚ")).isEqualTo("Đảng ủy xã Tân Phú");
		assertThat(OrgNames.normalCase("Sở Y tế")).isEqualTo("Sở Y tế");
	}

}
