package vn.trienkhai.document.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

import vn.trienkhai.document.parse.PlanDraftJson;
import vn.trienkhai.document.parse.PlanParser;

/** The review form's conversions: values typed the Vietnamese way, and the round trip of a real draft. */
class ReviewDraftsTest {

	private static Errors errors() {
		return new MapBindingResult(new HashMap<>(), "field");
	}

	@Test
	void numbersAreReadAsOfficersWriteThem() {
		assertThat(ReviewDrafts.decimal("7", "number", errors())).isEqualByComparingTo("7");
		assertThat(ReviewDrafts.decimal("7,5", "number", errors())).isEqualByComparingTo("7.5");
		assertThat(ReviewDrafts.decimal("7.5", "number", errors())).isEqualByComparingTo("7.5");
		assertThat(ReviewDrafts.decimal("1.000", "number", errors())).isEqualByComparingTo("1000");
		assertThat(ReviewDrafts.decimal("1.250.000,75", "number", errors())).isEqualByComparingTo("1250000.75");
		assertThat(ReviewDrafts.decimal("1,250.5", "number", errors())).isEqualByComparingTo("1250.5");
		assertThat(ReviewDrafts.decimal(" ", "number", errors())).isNull();
		for (String bad : new String[] { "-5", "bảy", "7%", "1e5", "1..2" }) {
			Errors e = errors();
			assertThat(ReviewDrafts.decimal(bad, "number", e)).as(bad).isNull();
			assertThat(e.getFieldError("number").getCode()).isEqualTo("document.error.decimal");
		}
		assertThat(ReviewDrafts.decimalText(new BigDecimal("7.50"))).isEqualTo("7,5");
		assertThat(ReviewDrafts.decimalText(1000)).isEqualTo("1000");
	}

	@Test
	void deadlinesAcceptTheNormalFormsAndTheTypedOnes() {
		assertThat(ReviewDrafts.deadline("2024-04-30", "d", errors())).isEqualTo("2024-04-30");
		assertThat(ReviewDrafts.deadline("30/4/2024", "d", errors())).isEqualTo("2024-04-30");
		assertThat(ReviewDrafts.deadline("--11-15", "d", errors())).isEqualTo("--11-15");
		assertThat(ReviewDrafts.deadline("15/11", "d", errors())).isEqualTo("--11-15");
		assertThat(ReviewDrafts.deadline("--12", "d", errors())).isEqualTo("--12");
		assertThat(ReviewDrafts.deadline("tháng 12", "d", errors())).isEqualTo("--12");
		assertThat(ReviewDrafts.deadline("12", "d", errors())).isEqualTo("--12");
		assertThat(ReviewDrafts.deadline("Quý IV/2025", "d", errors())).isEqualTo("2025-12-31");
		assertThat(ReviewDrafts.deadline("quý 2 năm 2025", "d", errors())).isEqualTo("2025-06-30");
		assertThat(ReviewDrafts.deadline("Năm 2026", "d", errors())).isEqualTo("2026-12-31");
		assertThat(ReviewDrafts.vnDeadline("--11-15")).isEqualTo("15/11");
		assertThat(ReviewDrafts.vnDeadline("--12")).isEqualTo("tháng 12");
		assertThat(ReviewDrafts.vnDeadline("2024-04-30")).isEqualTo("30/04/2024");
		for (String shown : new String[] { "15/11", "tháng 12", "30/04/2024" }) {
			assertThat(ReviewDrafts.vnDeadline(ReviewDrafts.deadline(shown, "d", errors()))).isEqualTo(shown);
		}
		for (String bad : new String[] { "31/2/2024", "--13", "tháng 13", "32/1", "sớm", "2024-02-30" }) {
			Errors e = errors();
			assertThat(ReviewDrafts.deadline(bad, "d", e)).as(bad).isNull();
			assertThat(e.hasFieldErrors("d")).as(bad).isTrue();
		}
	}

	@Test
	void datesOutsideAnyPlanAreRefused() {
		assertThat(ReviewDrafts.date("07/06/2023", "d", errors())).hasToString("2023-06-07");
		Errors e = errors();
		assertThat(ReviewDrafts.date("07/06/1900", "d", e)).isNull();
		assertThat(e.getFieldError("d").getCode()).isEqualTo("document.error.date");
		assertThat(ReviewDrafts.vnDate("2023-06-07")).isEqualTo("07/06/2023");
	}

	@Test
	void aParsedDraftSurvivesTheFormUnchangedInWhatTheFormEdits() throws Exception {
		String text = new String(getClass().getResourceAsStream("/parse/cases/an-khe-town-plan-88-KH-UBND.txt").readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		var draft = PlanParser.parse(text);
		Map<String, Object> tree = PlanDraftJson.tree(draft, false);
		ReviewForm form = ReviewDrafts.toForm(tree, 3);
		Errors e = new BeanPropertyBindingResult(form, "reviewForm");
		Map<String, Object> back = ReviewDrafts.toTree(form, tree, draft.text().length(), true, e);
		assertThat(e.getAllErrors()).isEmpty();
		assertThat(back.get("document")).isEqualTo(tree.get("document"));
		assertThat(back.get("references")).isEqualTo(tree.get("references"));
		assertThat(back.get("agencies")).isEqualTo(tree.get("agencies"));
		assertThat(back.get("deadlines")).isEqualTo(tree.get("deadlines"));
		assertThat(back.get("sections")).isEqualTo(tree.get("sections"));
		List<?> targets = (List<?>) back.get("targets");
		assertThat(targets).hasSameSizeAs((List<?>) tree.get("targets"));
		for (int i = 0; i < targets.size(); i++) {
			Map<?, ?> a = (Map<?, ?>) targets.get(i);
			Map<?, ?> b = (Map<?, ?>) ((List<?>) tree.get("targets")).get(i);
			assertThat(((BigDecimal) a.get("value"))).isEqualByComparingTo(b.get("value").toString());
			assertThat(a.get("subject")).isEqualTo(b.get("subject"));
			assertThat(a.get("comparator")).isEqualTo(b.get("comparator"));
			assertThat(a.get("span")).isEqualTo(b.get("span"));
		}
		assertThat(back.get("tasks")).isEqualTo(tree.get("tasks"));
		assertThat(back.get("reporting")).isEqualTo(tree.get("reporting"));
		assertThat(back.get("warnings")).isEqualTo(tree.get("warnings"));
	}

	@Test
	void removedAndBlankRowsAreDroppedAndSpansThatDoNotFitAreCleared() {
		ReviewForm form = new ReviewForm();
		form.setKind("KE_HOACH");
		ReviewForm.AgencyRow kept = new ReviewForm.AgencyRow();
		kept.setName("  Sở   Y tế ");
		kept.setStart(5);
		kept.setEnd(9_999);
		ReviewForm.AgencyRow removed = new ReviewForm.AgencyRow();
		removed.setName("Sở Tài chính");
		removed.setRemoved(true);
		ReviewForm.AgencyRow blank = new ReviewForm.AgencyRow();
		form.setAgencies(List.of(kept, removed, blank));
		Errors e = new BeanPropertyBindingResult(form, "reviewForm");
		Map<String, Object> tree = ReviewDrafts.toTree(form, Map.of(), 100, false, e);
		assertThat(e.getAllErrors()).isEmpty();
		List<?> agencies = (List<?>) tree.get("agencies");
		assertThat(agencies).hasSize(1);
		Map<?, ?> agency = (Map<?, ?>) agencies.get(0);
		assertThat(agency.get("name")).isEqualTo("Sở Y tế");
		assertThat(((Map<?, ?>) agency.get("span")).get("start")).isNull();
	}

}
