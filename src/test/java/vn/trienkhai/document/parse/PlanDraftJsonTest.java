package vn.trienkhai.document.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PlanDraftJsonTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void hasTheFieldsAndValueFormsOfTheGoldFiles() {
		PlanDraft draft = PlanParser.parse(TestTexts.read("cases/an-khe-town-plan-88-KH-UBND.txt"));
		JsonNode root = JSON.readTree(PlanDraftJson.write(draft));
		assertThat(root.propertyNames()).containsExactly("document", "references", "sections", "targets", "agencies",
				"tasks", "deadlines", "reporting", "warnings", "text");
		JsonNode document = root.get("document");
		assertThat(document.get("number").asString()).isEqualTo("88/KH-UBND");
		assertThat(document.get("kind").asString()).isEqualTo("KE_HOACH");
		assertThat(document.get("issuedOn").asString()).isEqualTo("2023-06-07");
		assertThat(root.get("references").get(0).get("issuedOn").asString()).isEqualTo("2023-04-12");
		JsonNode target = root.get("targets").get(2);
		assertThat(target.get("value").isNumber()).isTrue();
		assertThat(target.get("value").asInt()).isEqualTo(4);
		assertThat(target.get("valueMax").asInt()).isEqualTo(5);
		assertThat(target.get("year").asInt()).isEqualTo(2030);
		assertThat(target.get("comparator").asString()).isEqualTo("range");
		assertThat(root.get("targets").get(1).get("valueMax").isNull()).isTrue();
		assertThat(root.get("agencies").get(0).get("name").asString()).isEqualTo("Phòng Kinh tế");
		assertThat(root.get("deadlines").get(1).get("date").asString()).isEqualTo("--11-15");
		assertThat(root.get("deadlines").get(1).get("recurring").asBoolean()).isTrue();
		assertThat(root.get("sections").get(0).get("span").get("start").isInt()).isTrue();
		assertThat(root.get("text").asString()).isEqualTo(draft.text());
	}

	@Test
	void writesDecimalsAsPlainNumbersAndCanLeaveTheTextOut() {
		PlanDraft draft = TestTexts.withGoals("Đến năm 2030 tăng 7,5% và đạt 10,0% và có 1.000 hộ.");
		JsonNode root = JSON.readTree(PlanDraftJson.write(draft, false));
		assertThat(root.has("text")).isFalse();
		assertThat(root.get("targets").get(0).get("value").toString()).isEqualTo("7.5");
		assertThat(root.get("targets").get(1).get("value").toString()).isEqualTo("10");
		assertThat(root.get("targets").get(2).get("value").toString()).isEqualTo("1000");
	}

}
