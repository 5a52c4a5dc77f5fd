package vn.trienkhai.document.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.trienkhai.document.parse.TestTexts.withImplementation;

import java.util.List;

import org.junit.jupiter.api.Test;

class TaskExtractorTest {

	@Test
	void theBulletsOfAnItemAreItsBodysDuties() {
		PlanDraft draft = withImplementation("1. Sở Khoa học và Công nghệ",
				"- Chủ trì, phối hợp với Sở Tài chính, các sở, ngành liên quan xây dựng cơ sở dữ liệu; xong trong quý II/2024.",
				"- Tham mưu UBND tỉnh ban hành danh mục nhiệm vụ.");
		assertThat(draft.tasks()).extracting(PlanDraft.Task::lead, PlanDraft.Task::coordinators, PlanDraft.Task::deadline,
				PlanDraft.Task::section, PlanDraft.Task::source)
			.containsExactly(
					tuple("Sở Khoa học và Công nghệ", List.of("Sở Tài chính", "các sở, ngành liên quan"), "2024-06-30",
							"II.1", "implementation"),
					tuple("Sở Khoa học và Công nghệ", List.of(), null, "II.1", "implementation"));
		assertThat(draft.tasks().get(1).text()).isEqualTo("Tham mưu UBND tỉnh ban hành danh mục nhiệm vụ.");
	}

	@Test
	void anItemWithoutBulletsIsOneTask() {
		PlanDraft draft = withImplementation(
				"1. UBND huyện rà soát các văn bản; xây dựng kế hoạch; xong trong tháng 4/2024.", "2. Sở Y tế",
				"Tăng cường ứng dụng công nghệ sinh học trong y tế.");
		assertThat(draft.tasks()).extracting(PlanDraft.Task::lead, PlanDraft.Task::deadline)
			.containsExactly(tuple("UBND huyện", "2024-04-30"), tuple("Sở Y tế", null));
		PlanDraft.Task second = draft.tasks().get(1);
		assertThat(draft.text().substring(second.span().start(), second.span().end()))
			.isEqualTo("Sở Y tế\nTăng cường ứng dụng công nghệ sinh học trong y tế.");
	}

	@Test
	void tasksOfTheTasksPartWhereABodyIsNamed() {
		PlanDraft draft = TestTexts.parse("KẾ HOẠCH", "Thử", "", "I. NHIỆM VỤ, GIẢI PHÁP",
				"- Các Sở, Ban, Ngành, UBND các huyện tổ chức tuyên truyền Nghị quyết.",
				"- Xây dựng cơ sở dữ liệu công nghệ sinh học (Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ).",
				"- Nâng cao nhận thức của người dân.", "- Giao Sở Nông nghiệp và Môi trường chủ trì xây dựng mô hình.",
				"II. TỔ CHỨC THỰC HIỆN", "Giao Sở Khoa học và Công nghệ theo dõi.");
		assertThat(draft.tasks()).extracting(PlanDraft.Task::lead, PlanDraft.Task::source)
			.containsExactly(tuple("Sở Khoa học và Công nghệ", "implementation"),
					tuple("Các Sở, Ban, Ngành, UBND các huyện", "tasks"), tuple("Sở Khoa học và Công nghệ", "tasks"),
					tuple("Sở Nông nghiệp và Môi trường", "tasks"));
	}

	@Test
	void aTaskTableGivesOneTaskPerRow() {
		PlanDraft draft = PlanParser.parse(TestTexts.read("cases/gia-lai-decision-1234-QD-UBND.txt"));
		List<PlanDraft.Task> table = draft.tasks().stream().filter(t -> t.source().equals("table")).toList();
		assertThat(table).extracting(PlanDraft.Task::text, PlanDraft.Task::lead, PlanDraft.Task::deadline,
				PlanDraft.Task::product)
			.containsExactly(
					tuple("Xây dựng cơ sở dữ liệu về công nghệ sinh học của tỉnh", "Sở Khoa học và Công nghệ", "2024-06-30",
							"Cơ sở dữ liệu được vận hành"),
					tuple("Hỗ trợ xây dựng nhãn hiệu cho sản phẩm OCOP", "Sở Công Thương", "2025-12-31",
							"Nhãn hiệu được bảo hộ"),
					tuple("Điều tra, đánh giá nguồn gen quý hiếm", "Sở Tài nguyên và Môi trường", "2024-12-31",
							"Báo cáo điều tra"),
					tuple("Đào tạo nhân lực công nghệ sinh học", "Trường Cao đẳng Gia Lai", null, "Các lớp đào tạo"));
		assertThat(table.get(0).coordinators()).containsExactly("Sở Thông tin và Truyền thông",
				"Sở Nông nghiệp và Phát triển nông thôn");
	}

	@Test
	void aMarkdownTableWithOtherColumnNames() {
		PlanDraft draft = PlanParser.parse(TestTexts.read("cases/tan-phu-commune-party-plan-draft.md"));
		List<PlanDraft.Task> table = draft.tasks().stream().filter(t -> t.source().equals("table")).toList();
		assertThat(table).extracting(PlanDraft.Task::lead, PlanDraft.Task::deadline, PlanDraft.Task::coordinators)
			.containsExactly(tuple("Phòng Kinh tế xã", "2025-12-31", List.of("Hội Nông dân xã")),
					tuple("Hội Nông dân xã", "2025-11-30", List.of("Phòng Kinh tế xã", "Hợp tác xã Tân Phú")));
	}

}
