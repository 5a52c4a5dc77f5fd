package vn.trienkhai.document.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.trienkhai.document.parse.TestTexts.withImplementation;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReportingFinderTest {

	@Test
	void theFocalBodyAndItsPeriodicReport() {
		PlanDraft.Reporting r = withImplementation("1. Sở Khoa học và Công nghệ",
				"- Là cơ quan đầu mối theo dõi, đôn đốc; định kỳ tổng hợp, báo cáo UBND tỉnh kết quả thực hiện vào tháng 12 hàng năm.",
				"2. Sở Y tế theo dõi, đôn đốc ngành y tế.")
			.reporting();
		assertThat(r.focalAgency()).isEqualTo("Sở Khoa học và Công nghệ");
		assertThat(r.duties()).extracting(PlanDraft.ReportingDuty::reporter, PlanDraft.ReportingDuty::recipient,
				PlanDraft.ReportingDuty::frequency, PlanDraft.ReportingDuty::due)
			.containsExactly(tuple("Sở Khoa học và Công nghệ", "UBND tỉnh", List.of("annual"), "--12"));
	}

	@Test
	void reportsThroughABodyToAnother() {
		PlanDraft.Reporting r = withImplementation("1. Ủy ban nhân dân các huyện",
				"Định kỳ 6 tháng, hằng năm báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 15/11 để tổng hợp, báo cáo UBND tỉnh.",
				"2. Ủy ban nhân dân xã định kỳ báo cáo Ban Thường vụ Đảng ủy xã (qua Văn phòng Đảng ủy).")
			.reporting();
		assertThat(r.duties()).extracting(PlanDraft.ReportingDuty::reporter, PlanDraft.ReportingDuty::recipient,
				PlanDraft.ReportingDuty::via, PlanDraft.ReportingDuty::frequency, PlanDraft.ReportingDuty::due)
			.containsExactly(
					tuple("Ủy ban nhân dân các huyện", "UBND tỉnh", "Sở Khoa học và Công nghệ",
							List.of("semiannual", "annual"), "--11-15"),
					tuple("Ủy ban nhân dân xã", "Ban Thường vụ Đảng ủy xã", "Văn phòng Đảng ủy", List.of("periodic"), null));
	}

	@Test
	void reviewsWithTheirYears() {
		PlanDraft.Reporting r = withImplementation("1. Sở Khoa học và Công nghệ tham mưu sơ kết, tổng kết theo quy định.",
				"2. Sau 3 năm tổ chức sơ kết, sau 5 năm tổng kết.", "3. Định kỳ sơ kết, tổng kết sau 1, 3, 5 năm.",
				"4. Tổ chức sơ kết vào năm 2027.")
			.reporting();
		assertThat(r.reviews()).extracting(PlanDraft.Review::kind, PlanDraft.Review::afterYears, PlanDraft.Review::year)
			.containsExactly(tuple("interim", List.of(), null), tuple("final", List.of(), null),
					tuple("interim", List.of(3), null), tuple("final", List.of(5), null),
					tuple("interim", List.of(1, 3, 5), null), tuple("final", List.of(1, 3, 5), null),
					tuple("interim", List.of(), 2027));
	}

	@Test
	void noRegimeNoDuties() {
		PlanDraft.Reporting r = withImplementation("1. Sở Y tế tuyên truyền.").reporting();
		assertThat(r.focalAgency()).isNull();
		assertThat(r.duties()).isEmpty();
		assertThat(r.reviews()).isEmpty();
	}


	@Test
	void aTimePhraseGoesWithTheReviewBeforeIt() {
		PlanDraft.Reporting r = withImplementation(
				"1. Sở Khoa học và Công nghệ tham mưu tổ chức sơ kết 5 năm vào năm 2028, tổng kết vào năm 2030.")
			.reporting();
		assertThat(r.reviews()).extracting(PlanDraft.Review::kind, PlanDraft.Review::afterYears, PlanDraft.Review::year)
			.containsExactly(tuple("interim", List.of(5), 2028), tuple("final", List.of(), 2030));
	}

	@Test
	void aReportingItemInsideTheImplementationPartIsReadOnceWithItsFrontedTime() {
		PlanDraft.Reporting r = withImplementation("1. Sở Y tế chủ trì triển khai.", "2. Chế độ báo cáo",
				"Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12), Ủy ban nhân dân các xã báo cáo kết quả gửi Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh.")
			.reporting();
		assertThat(r.duties()).extracting(PlanDraft.ReportingDuty::reporter, PlanDraft.ReportingDuty::recipient,
				PlanDraft.ReportingDuty::via, PlanDraft.ReportingDuty::frequency)
			.containsExactly(tuple("Ủy ban nhân dân các xã", "UBND tỉnh", "Sở Khoa học và Công nghệ",
					List.of("semiannual", "annual")));
	}

}
