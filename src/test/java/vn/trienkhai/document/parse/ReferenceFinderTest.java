package vn.trienkhai.document.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.trienkhai.document.parse.TestTexts.parse;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReferenceFinderTest {

	private static List<String> numbers(PlanDraft draft) {
		return draft.references().stream().map(PlanDraft.Reference::number).toList();
	}

	@Test
	void findsEveryNumberingScheme() {
		PlanDraft draft = parse("KẾ HOẠCH", "Căn cứ Quyết định số 52/2006/QĐ-UBND, Luật số 29/2013/QH13, Nghị định 30/2020/NĐ-CP;",
				"Thực hiện Nghị quyết số 36-NQ/TW, Nghị quyết số 189/NQ-CP, Chương trình số 64-CTr/TU, Kế hoạch số 107/KH-TU,",
				"Công văn số 693/SKHCN-QLCN và Chỉ thị 15/CT-TTg.");
		assertThat(numbers(draft)).containsExactly("52/2006/QĐ-UBND", "29/2013/QH13", "30/2020/NĐ-CP", "36-NQ/TW",
				"189/NQ-CP", "64-CTr/TU", "107/KH-TU", "693/SKHCN-QLCN", "15/CT-TTg");
	}

	@Test
	void acceptsAnyLetterCaseAndStraySpacesAndDeduplicates() {
		PlanDraft draft = parse("Thực hiện Nghị quyết số 36-nq/tw và Nghị quyết 36 - NQ/TW, Nghị quyết 36–NQ/TW.");
		assertThat(numbers(draft)).containsExactly("36-nq/tw");
	}

	@Test
	void joinsANumberBrokenAcrossLines() {
		PlanDraft draft = parse("Thực hiện Nghị quyết số 189/NQ-", "CP ngày 16/11/2023 của Chính phủ");
		assertThat(numbers(draft)).containsExactly("189/NQ-CP");
		assertThat(draft.references().get(0).issuedOn()).isEqualTo(LocalDate.of(2023, 11, 16));
	}

	@Test
	void leavesOutTheDocumentsOwnNumber() {
		PlanDraft draft = parse("Số: 88/KH-UBND    An Khê, ngày 07 tháng 6 năm 2023", "KẾ HOẠCH",
				"Thực hiện Kế hoạch số 107/KH-UBND", "", "I. MỤC TIÊU",
				"(Ban hành kèm theo Kế hoạch số 88/KH-UBND ngày 07/6/2023)");
		assertThat(numbers(draft)).containsExactly("107/KH-UBND");
	}

	@Test
	void readsTheDateNextToANumberInEitherForm() {
		PlanDraft draft = parse("Thực hiện Nghị quyết số 36-NQ/TW, ngày 30 tháng 01 năm 2023 của Bộ Chính trị và",
				"Chương trình số 64-CTr/TU ngày 05/7/2023; Kế hoạch số 12-KH/TU của Tỉnh ủy.");
		assertThat(draft.references()).extracting(PlanDraft.Reference::issuedOn)
			.containsExactly(LocalDate.of(2023, 1, 30), LocalDate.of(2023, 7, 5), null);
	}

	@Test
	void tellsBasisFromImplementation() {
		PlanDraft draft = parse("Căn cứ Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ;",
				"Thực hiện Chương trình hành động số 64-CTr/TU ngày 05/7/2023 của Tỉnh ủy;",
				"Ủy ban nhân dân tỉnh ban hành Kế hoạch.", "I. NHIỆM VỤ", "- Tuyên truyền Nghị quyết số 189/NQ-CP.");
		assertThat(draft.references()).extracting(PlanDraft.Reference::relation)
			.containsExactly("basis", "implements", "other");
	}

	@Test
	void datesFractionsAndRangesAreNotNumbers() {
		PlanDraft draft = parse("Ngày 05/7/2023, tháng 4/2024, 10-15%, 1/3 số xã, 2 - 3 lần/năm, COVID-19.");
		assertThat(draft.references()).isEmpty();
	}

}
