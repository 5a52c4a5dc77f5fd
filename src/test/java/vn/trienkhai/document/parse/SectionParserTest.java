package vn.trienkhai.document.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.trienkhai.document.parse.TestTexts.parse;

import java.util.List;

import org.junit.jupiter.api.Test;

class SectionParserTest {

	private static String outline(List<PlanDraft.Section> sections) {
		StringBuilder out = new StringBuilder();
		for (PlanDraft.Section s : sections) {
			outline(s, out);
		}
		return out.toString();
	}

	private static void outline(PlanDraft.Section s, StringBuilder out) {
		out.append("  ".repeat(s.level() - 1)).append(s.number() == null ? "•" : s.number()).append(' ')
			.append(s.title()).append('\n');
		for (PlanDraft.Section c : s.children()) {
			outline(c, out);
		}
	}

	@Test
	void nestsRomanArabicDecimalLetterAndBullets() {
		PlanDraft draft = parse("KẾ HOẠCH", "Ứng dụng công nghệ sinh học", "", "I. MỤC TIÊU", "1. Mục tiêu chung",
				"Phát triển.", "2. Mục tiêu cụ thể", "2.1. Đến năm 2030", "a) Nông nghiệp", "- Một", "+ Hai",
				"b) Y tế", "2.2. Tầm nhìn đến năm 2045", "II. TỔ CHỨC THỰC HIỆN", "1. Sở Y tế");
		assertThat(outline(draft.sections())).isEqualTo("""
				I MỤC TIÊU
				  1 Mục tiêu chung
				  2 Mục tiêu cụ thể
				    2.1 Đến năm 2030
				      a Nông nghiệp
				        • Một
				          • Hai
				      b Y tế
				    2.2 Tầm nhìn đến năm 2045
				II TỔ CHỨC THỰC HIỆN
				  1 Sở Y tế
				""");
	}

	@Test
	void readsDashedRomanNumeralsBoldAndMarkdownHeadings() {
		PlanDraft draft = parse("**KẾ HOẠCH**", "**Thực hiện Nghị quyết**", "", "**I- MỤC TIÊU**", "## **2. Mục tiêu cụ thể**",
				"### **Đến năm 2030**", "Nội dung.", "### **Tầm nhìn đến năm 2045**", "*4.1. Về nông nghiệp:* Tăng cường",
				"## **II- TỔ CHỨC THỰC HIỆN**");
		assertThat(outline(draft.sections())).isEqualTo("""
				I MỤC TIÊU
				  2 Mục tiêu cụ thể
				    • Đến năm 2030
				    • Tầm nhìn đến năm 2045
				      4.1 Về nông nghiệp
				II TỔ CHỨC THỰC HIỆN
				""");
	}

	@Test
	void aBulletBeforeANumberIsNotABullet() {
		PlanDraft draft = parse("KẾ HOẠCH", "Thử", "", "III. TỔ CHỨC THỰC HIỆN", "· 1. Sở Khoa học và Công nghệ",
				"· Là cơ quan đầu mối", "2. Sở Y tế");
		assertThat(outline(draft.sections())).isEqualTo("""
				III TỔ CHỨC THỰC HIỆN
				  1 Sở Khoa học và Công nghệ
				    • Là cơ quan đầu mối
				  2 Sở Y tế
				""");
	}

	@Test
	void aHigherLevelClosesLowerOnesEvenWhenNotSeenBefore() {
		PlanDraft draft = parse("KẾ HOẠCH", "Thử", "", "1. Mục đích", "- Nội dung", "II. NHIỆM VỤ", "1. Tuyên truyền");
		assertThat(outline(draft.sections())).isEqualTo("""
				1 Mục đích
				  • Nội dung
				II NHIỆM VỤ
				  1 Tuyên truyền
				""");
	}

	@Test
	void partsWithTheirTitleOnTheNextLineAndLettersWithDots() {
		PlanDraft draft = PlanParser.parse(TestTexts.read("cases/chu-se-district-plan-45-KH-UBND.txt"));
		assertThat(draft.sections()).extracting(PlanDraft.Section::title)
			.containsExactly("MỤC ĐÍCH, YÊU CẦU VÀ CHỈ TIÊU", "NHIỆM VỤ, GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN");
		assertThat(draft.sections()).extracting(PlanDraft.Section::role)
			.containsExactly("purpose", "tasks", "implementation");
	}

	@Test
	void anAnnexAfterTheSignatureStartsANewOutline() {
		PlanDraft draft = PlanParser.parse(TestTexts.read("cases/gia-lai-decision-1234-QD-UBND.txt"));
		assertThat(draft.sections()).extracting(PlanDraft.Section::number).containsExactly("1", "2", "3", "I", "II");
		assertThat(draft.sections()).extracting(PlanDraft.Section::role)
			.containsExactly(null, "implementation", "implementation", "goals", "tasks");
	}

	@Test
	void rolesOfTheStandardParts() {
		PlanDraft draft = PlanParser.parse(TestTexts.read("samples/district-party-plan-114-KH-TU.txt"));
		assertThat(draft.sections()).extracting(PlanDraft.Section::role)
			.containsExactly("purpose", "goals", "tasks", "implementation");
	}

	@Test
	void spansCoverTheHeadingAndItsBodyAndNotTheRecipients() {
		PlanDraft draft = parse("KẾ HOẠCH", "Thử", "", "I. MỤC TIÊU", "Nội dung.", "II. TỔ CHỨC THỰC HIỆN", "Giao Sở Y tế.",
				"", "Nơi nhận:", "- Sở Y tế;", "- Lưu.");
		PlanDraft.Section last = draft.sections().get(1);
		assertThat(draft.text().substring(last.span().start(), last.span().end()))
			.isEqualTo("II. TỔ CHỨC THỰC HIỆN\nGiao Sở Y tế.");
		assertThat(draft.sections()).hasSize(2);
	}


	@Test
	void dashedArabicNumbersOfPartyDocumentsButNotRanges() {
		PlanDraft draft = parse("KẾ HOẠCH", "Thử", "", "II- MỤC TIÊU", "1- Đến năm 2027", "- Có 01 mô hình.",
				"2- Đến năm 2030", "- Từ 5 - 7 sản phẩm được chứng nhận, có", "5 - 7 mô hình.");
		assertThat(outline(draft.sections())).isEqualTo("""
				II MỤC TIÊU
				  1 Đến năm 2027
				    • Có 01 mô hình
				  2 Đến năm 2030
				    • Từ 5 - 7 sản phẩm được chứng nhận, có
				""");
	}

	@Test
	void anAnnexHeadingEndsTheImplementationItems() {
		PlanDraft draft = parse("KẾ HOẠCH", "Thử", "", "## IV. TỔ CHỨC THỰC HIỆN", "1. Sở Tài chính bố trí kinh phí.",
				"## PHỤ LỤC: DANH MỤC NHIỆM VỤ", "| TT | Nội dung |");
		assertThat(outline(draft.sections())).isEqualTo("""
				IV TỔ CHỨC THỰC HIỆN
				  1 Sở Tài chính bố trí kinh phí
				• PHỤ LỤC
				""");
	}

}
