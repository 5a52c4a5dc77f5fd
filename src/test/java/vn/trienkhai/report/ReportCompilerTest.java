package vn.trienkhai.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.PlanStatus;

/** The compiler's small rules of wording, without a database. */
class ReportCompilerTest {

	static Plan plan(String number) {
		return new Plan(1, 1L, null, null, number, "KH", "ỦY BAN NHÂN DÂN TỈNH GIA LAI", "Phát triển", LocalDate.of(2024, 5, 2),
				null, PlanStatus.ACTIVE, List.of(2030), 0);
	}

	@Test
	void theReportNumberTakesTheIssuersSymbolFromThePlan() {
		assertThat(ReportCompiler.defaultNumber(plan("12/KH-UBND"))).isEqualTo("      /BC-UBND");
		assertThat(ReportCompiler.defaultNumber(plan("114-KH/TU"))).isEqualTo("      /BC");
		assertThat(ReportCompiler.defaultNumber(plan(null))).isEqualTo("      /BC");
	}

	@Test
	void anIssuerInCapitalsReadsInASentenceWithItsPlaceNameCapitalised() {
		assertThat(ReportCompiler.sentenceCase("ỦY BAN NHÂN DÂN TỈNH GIA LAI")).isEqualTo("Ủy ban nhân dân tỉnh Gia Lai");
		assertThat(ReportCompiler.sentenceCase("ỦY BAN NHÂN DÂN XÃ NHỮ KHÊ")).isEqualTo("Ủy ban nhân dân xã Nhữ Khê");
		// written as a sentence already: kept
		assertThat(ReportCompiler.sentenceCase("Sở Y tế")).isEqualTo("Sở Y tế");
	}

	@Test
	void aHeadingCutFromItsItemsTextIsTheItem() {
		assertThat(ReportCompiler.isStartOf("UBND huyện rà soát các văn bản…", "UBND huyện rà soát các văn bản đã ban hành")).isTrue();
		assertThat(ReportCompiler.isStartOf("Nhiệm vụ và giải pháp", "UBND huyện rà soát")).isFalse();
		assertThat(ReportCompiler.isStartOf("…", "UBND")).isFalse();
	}

	@Test
	void aTaskDoneAfterTheSpanIsStillInProgressInIt() {
		vn.trienkhai.plan.Task done = new vn.trienkhai.plan.Task(1, 1, null, 1, "x", null, vn.trienkhai.plan.Deadline.NONE,
				"DONE", LocalDate.of(2026, 3, 1), List.of(), List.of(), 0);
		assertThat(SpanReader.asOf(List.of(done), LocalDate.of(2025, 11, 15)).get(0).progress()).isEqualTo("IN_PROGRESS");
		assertThat(SpanReader.asOf(List.of(done), LocalDate.of(2026, 11, 15)).get(0)).isSameAs(done);
	}

	@Test
	void numbersAreWrittenTheVietnameseWay() {
		assertThat(ReportWords.number(new java.math.BigDecimal("1234.5"))).isEqualTo("1.234,5");
		assertThat(ReportWords.number(new java.math.BigDecimal("12"))).isEqualTo("12");
		assertThat(ReportWords.number(null)).isEmpty();
	}

}
