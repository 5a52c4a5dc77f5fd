package vn.trienkhai.document.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.trienkhai.document.parse.TestTexts.withImplementation;

import org.junit.jupiter.api.Test;

class DeadlineFinderTest {

	@Test
	void normalisesEveryWayOfWritingALimit() {
		PlanDraft draft = withImplementation("1. Sở Y tế xây dựng kế hoạch, xong trong tháng 4/2024.",
				"2. Sở Tài chính báo cáo trước ngày 15 tháng 11 hàng năm.",
				"3. Sở Nội vụ tổng hợp, báo cáo vào tháng 12 hàng năm.", "4. Sở Công Thương hoàn thành trong quý II/2024.",
				"5. Sở Xây dựng hoàn thành trước ngày 30/6/2025.", "6. Sở Tư pháp gửi báo cáo chậm nhất là ngày 20/12.",
				"7. Sở Giao thông vận tải hoàn thành trong năm 2025.", "8. Sở Ngoại vụ hoàn thành trước quý IV hằng năm.");
		assertThat(draft.deadlines()).extracting(PlanDraft.Deadline::date, PlanDraft.Deadline::recurring,
				PlanDraft.Deadline::quote)
			.containsExactly(tuple("2024-04-30", false, "xong trong tháng 4/2024"),
					tuple("--11-15", true, "trước ngày 15 tháng 11 hàng năm"),
					tuple("--12", true, "vào tháng 12 hàng năm"), tuple("2024-06-30", false, "hoàn thành trong quý II/2024"),
					tuple("2025-06-30", false, "hoàn thành trước ngày 30/6/2025"),
					tuple("--12-20", true, "chậm nhất là ngày 20/12"), tuple("2025-12-31", false, "hoàn thành trong năm 2025"),
					tuple("--12-31", true, "hoàn thành trước quý IV hằng năm"));
	}

	@Test
	void aTimeLabelIsAWordOfLimit() {
		PlanDraft draft = withImplementation("1. Sở Y tế xây dựng đề án. Thời gian thực hiện: Quý III/2024.",
				"2. Sở Nội vụ tổ chức đào tạo. Thời gian hoàn thành: năm 2025.",
				"3. Trong năm 2024, Sở Tài chính vào năm 2025 bố trí kinh phí.");
		assertThat(draft.deadlines()).extracting(PlanDraft.Deadline::date)
			.containsExactly("2024-09-30", "2025-12-31", "2024-12-31");
	}

	@Test
	void readsAMarkdownBoldDate() {
		PlanDraft draft = withImplementation("1. UBND huyện rà soát văn bản; xong trong **tháng 4/2024**.");
		assertThat(draft.deadlines()).extracting(PlanDraft.Deadline::date, PlanDraft.Deadline::quote)
			.containsExactly(tuple("2024-04-30", "xong trong tháng 4/2024"));
	}

	@Test
	void aSecondDateJoinedByAndIsALimitToo() {
		PlanDraft draft = withImplementation("1. Sở Khoa học và Công nghệ báo cáo trước ngày 20/6 và ngày 15/12 hằng năm.");
		assertThat(draft.deadlines()).extracting(PlanDraft.Deadline::date).containsExactly("--06-20", "--12-15");
	}

	@Test
	void datesOfDocumentsAndHorizonsAreNotDeadlines() {
		PlanDraft draft = TestTexts.parse("KẾ HOẠCH", "Thực hiện Kế hoạch số 114-KH/TU ngày 05/01/2024", "",
				"I. MỤC TIÊU", "Đến năm 2030 có 5 doanh nghiệp; trong năm 2025 có 2 mô hình.", "II. NHIỆM VỤ",
				"Triển khai Nghị quyết số 36-NQ/TW ngày 30/01/2023 từ năm 2024 đến năm 2030.");
		assertThat(draft.deadlines()).isEmpty();
	}

	@Test
	void impossibleDatesAreDropped() {
		PlanDraft draft = withImplementation("1. Sở Y tế hoàn thành trước ngày 31/2/2024 và trong tháng 13/2024.");
		assertThat(draft.deadlines()).isEmpty();
	}

	@Test
	void tableCellsNeedNoWordOfLimit() {
		assertThat(DeadlineFinder.cell("Quý II/2024").date()).isEqualTo("2024-06-30");
		assertThat(DeadlineFinder.cell("Năm 2025").date()).isEqualTo("2025-12-31");
		assertThat(DeadlineFinder.cell("2024 - 2025").date()).isEqualTo("2025-12-31");
		assertThat(DeadlineFinder.cell("Tháng 6/2024").date()).isEqualTo("2024-06-30");
		assertThat(DeadlineFinder.cell("30/9/2024").date()).isEqualTo("2024-09-30");
		assertThat(DeadlineFinder.cell("Hằng năm")).isNull();
		assertThat(DeadlineFinder.cell("Thường xuyên")).isNull();
	}

}
