package vn.trienkhai.document.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.trienkhai.document.parse.TestTexts.withGoals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class TargetFinderTest {

	@Test
	void readsComparatorsFromTheWordsBeforeTheValue() {
		PlanDraft draft = withGoals("Đến năm 2030:", "- Đóng góp khoảng 7% vào GRDP.", "- Thay thế ít nhất 50% sản phẩm nhập khẩu.",
				"- Tỷ lệ đạt trên 60%, tỷ trọng dưới 5%.", "- Chi phí tối đa 20% tổng vốn; tối thiểu 3 mô hình.",
				"- Số hộ không quá 10 hộ; có 12 hợp tác xã.", "- Diện tích đạt từ 20% trở lên.");
		assertThat(draft.targets()).extracting(PlanDraft.Target::value, PlanDraft.Target::comparator)
			.containsExactly(tuple(new BigDecimal("7"), "approx"), tuple(new BigDecimal("50"), ">="),
					tuple(new BigDecimal("60"), ">"), tuple(new BigDecimal("5"), "<"), tuple(new BigDecimal("20"), "<="),
					tuple(new BigDecimal("3"), ">="), tuple(new BigDecimal("10"), "<="), tuple(new BigDecimal("12"), "="),
					tuple(new BigDecimal("20"), ">="));
	}

	@Test
	void readsRangesAndUnits() {
		PlanDraft draft = withGoals("Tầm nhìn đến năm 2045: đóng góp 10-15% GDP; có 04 - 05 doanh nghiệp công nghệ sinh học;",
				"xây dựng 01 khu nông nghiệp công nghệ cao; từ 3 đến 5 mô hình; 2.500 ha hữu cơ; tăng 7,5%.");
		assertThat(draft.targets()).extracting(t -> t.value().toPlainString(),
				t -> t.valueMax() == null ? null : t.valueMax().toPlainString(), PlanDraft.Target::unit,
				PlanDraft.Target::comparator)
			.containsExactly(tuple("10", "15", "%", "range"), tuple("4", "5", "doanh nghiệp", "range"),
					tuple("1", null, "khu", "="), tuple("3", "5", "mô hình", "range"), tuple("2500", null, "ha", "="),
					tuple("7.5", null, "%", "="));
		assertThat(draft.targets()).allSatisfy(t -> assertThat(t.year()).isEqualTo(2045));
	}

	@Test
	void theYearIsTheHorizonOfTheHeadingOrOfTheSentence() {
		PlanDraft draft = withGoals("1. Mục tiêu đến năm 2030", "- Có 6 sản phẩm OCOP.",
				"- Phấn đấu đến năm 2035, có trên 10 sản phẩm đạt chuẩn.", "- Tỷ lệ che phủ đạt 45%.",
				"2. Tầm nhìn đến năm 2045", "Đóng góp 10% GRDP.", "3. Chỉ tiêu khác", "Tỷ lệ hộ dùng nước sạch đạt 98% vào năm 2027.");
		assertThat(draft.targets()).extracting(t -> t.value().intValue(), PlanDraft.Target::year)
			.containsExactly(tuple(6, 2030), tuple(10, 2035), tuple(45, 2030), tuple(10, 2045), tuple(98, 2027));
	}

	@Test
	void aYearOpeningAParagraphGovernsTheBulletsAfterIt() {
		PlanDraft draft = withGoals("2. Mục tiêu cụ thể", "Đến năm 2030, tỉnh phấn đấu đạt các mục tiêu sau",
				"- 100% xã có mô hình ứng dụng công nghệ sinh học;", "- Có 20 doanh nghiệp công nghệ sinh học.",
				"Đến năm 2035, có 30 doanh nghiệp.");
		assertThat(draft.targets()).extracting(t -> t.value().intValue(), PlanDraft.Target::year)
			.containsExactly(tuple(100, 2030), tuple(20, 2030), tuple(30, 2035));
	}

	@Test
	void withoutAHorizonTheTitlesPeriodIsTheYear() {
		PlanDraft draft = TestTexts.parse("KẾ HOẠCH", "Ứng dụng công nghệ sinh học giai đoạn 2024 - 2030", "",
				"I. MỤC TIÊU", "- 80% hộ chăn nuôi dùng chế phẩm sinh học.");
		assertThat(draft.targets()).extracting(PlanDraft.Target::year).containsExactly(2030);
	}

	@Test
	void numbersDatesYearsAndDurationsAreNotTargets() {
		PlanDraft draft = withGoals("1. Mục tiêu đến năm 2030",
				"Thực hiện Nghị quyết số 36-NQ/TW ngày 30/01/2023, Kế hoạch 114 và Nghị quyết 36; sau 3 năm sơ kết;",
				"giai đoạn 2024 - 2030; cách mạng công nghiệp lần thứ 4; tháng 6 năm 2024; sản phẩm OCOP 3 sao.");
		assertThat(draft.targets()).isEmpty();
	}

	@Test
	void onlyTheGoalsPartIsRead() {
		PlanDraft draft = TestTexts.parse("KẾ HOẠCH", "Thử", "", "I. MỤC TIÊU", "Đến năm 2030 có 5 doanh nghiệp.",
				"II. NHIỆM VỤ", "Tổ chức 10 lớp tập huấn.");
		assertThat(draft.targets()).hasSize(1);
	}

	@Test
	void keepsTheSubjectAndTheQuote() {
		PlanDraft.Target t = withGoals("Đến năm 2030, tỷ lệ giá trị nông sản sản xuất theo quy trình tốt đạt trên 60%.")
			.targets()
			.get(0);
		assertThat(t.subject()).isEqualTo("tỷ lệ giá trị nông sản sản xuất theo quy trình tốt");
		assertThat(t.quote()).isEqualTo("đạt trên 60%");
	}

	@Test
	void theTownPlanCase() {
		PlanDraft draft = PlanParser.parse(TestTexts.read("cases/an-khe-town-plan-88-KH-UBND.txt"));
		assertThat(draft.targets()).extracting(PlanDraft.Target::year, t -> t.value().intValue(),
				t -> t.valueMax() == null ? null : t.valueMax().intValue(), PlanDraft.Target::comparator)
			.containsExactly(tuple(2030, 7, null, "approx"), tuple(2030, 50, null, ">="), tuple(2030, 4, 5, "range"),
					tuple(2030, 1, null, "="), tuple(2030, 20, null, ">="), tuple(2035, 10, null, ">"),
					tuple(2045, 10, 15, "range"), tuple(2045, 5, null, "<="));
	}

}
