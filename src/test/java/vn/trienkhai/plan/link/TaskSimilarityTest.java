package vn.trienkhai.plan.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.trienkhai.document.parse.PlanDraft;
import vn.trienkhai.document.parse.PlanParser;
import vn.trienkhai.plan.link.TaskSimilarity.Suggestion;
import vn.trienkhai.plan.link.TaskSimilarity.Text;

class TaskSimilarityTest {

	private static final String BUDGET = "Phòng Tài chính - Kế hoạch: tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự "
			+ "toán ngân sách hằng năm của thị xã theo khả năng cân đối ngân sách.";

	private static final String MOBILISE = "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã: tuyên truyền, vận động đoàn "
			+ "viên, hội viên tham gia các mô hình.";

	private static final String AQUA = "Ứng dụng chế phẩm sinh học trong nuôi trồng thủy sản ven biển, bảo vệ sức khỏe "
			+ "vật nuôi tại xã Hòa Phong.";

	private static List<Text> texts(String... texts) {
		List<Text> out = new ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			out.add(new Text(100 + i, texts[i]));
		}
		return out;
	}

	@Test
	void identicalTextsScoreOne() {
		assertThat(TaskSimilarity.score(BUDGET, BUDGET)).isCloseTo(1.0, within(1e-9));
		List<Suggestion> s = TaskSimilarity.suggest(texts(AQUA), texts(MOBILISE, AQUA, BUDGET), 3, 0.0);
		assertThat(s.get(0).parentId()).isEqualTo(101);
		assertThat(s.get(0).score()).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void unrelatedTextsScoreAboutZero() {
		assertThat(TaskSimilarity.score(BUDGET, MOBILISE)).isLessThan(0.02);
		assertThat(TaskSimilarity.suggest(texts(BUDGET), texts(MOBILISE), 3, TaskSimilarity.DEFAULT_MIN_SCORE)).isEmpty();
	}

	@Test
	void tonePlacementAndDecomposedVariantsScoreAsIdentical() {
		String newStyle = "Ứng dụng chế phẩm sinh học trong nuôi trồng thuỷ sản ven biển, bảo vệ sức khoẻ vật nuôi tại "
				+ "xã Hoà Phong.";
		String decomposed = Normalizer.normalize(AQUA, Normalizer.Form.NFD);
		assertThat(decomposed).isNotEqualTo(AQUA);
		assertThat(TaskSimilarity.score(AQUA, newStyle)).isCloseTo(1.0, within(1e-9));
		assertThat(TaskSimilarity.score(AQUA, decomposed)).isCloseTo(1.0, within(1e-9));
		assertThat(TaskSimilarity.score(AQUA.toUpperCase(java.util.Locale.ROOT), AQUA)).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void tonesAreMovedOnlyInOpenSyllablesAndNeverAfterQ() {
		assertThat(TaskSimilarity.toneStyle("hoà thuỷ khoẻ toà")).isEqualTo("hòa thủy khỏe tòa");
		assertThat(TaskSimilarity.toneStyle("quý hoàn huỳnh thuỷ,")).isEqualTo("quý hoàn huỳnh thủy,");
	}

	@Test
	void tonesTellSyllablesApartButFoldedTextStillMatches() {
		// "hóa" and "hòa" are different words: the exact one ranks first
		List<Suggestion> s = TaskSimilarity.suggest(texts("Xử lý hóa chất trong chăn nuôi"),
				texts("Xử lý hòa chất trong chăn nuôi", "Xử lý hóa chất trong chăn nuôi"), 2, 0.0);
		assertThat(s).extracting(Suggestion::parentId).containsExactly(101L, 100L);
		// a text that lost its diacritics (a bad PDF) still finds its counterpart, above the threshold
		List<Suggestion> pdf = TaskSimilarity.suggest(
				texts("Phong Tai chinh - Ke hoach: tham muu bo tri kinh phi thuc hien Ke hoach trong du toan ngan sach"),
				texts(MOBILISE, BUDGET, AQUA), 3, TaskSimilarity.DEFAULT_MIN_SCORE);
		assertThat(pdf).isNotEmpty();
		assertThat(pdf.get(0).parentId()).isEqualTo(101);
	}

	@Test
	void realPairsFromTheSamplesRankFirstAmongTheirPlansTasks() throws IOException {
		List<String> province = tasks("cases/pdf-wrapped-province-plan-215-KH-UBND.txt");
		List<String> district = tasks("unseen/duc-hoa-district-plan-pdf-112-KH-UBND.txt");
		String budget = find(district, "Phòng Tài chính - Kế hoạch cân đối");
		String communes = find(district, "Ủy ban nhân dân các xã, thị trấn xây dựng kế hoạch");
		List<Suggestion> s = TaskSimilarity.suggest(List.of(new Text(1, budget), new Text(2, communes)),
				LinkEvaluation.texts(province), 1, TaskSimilarity.DEFAULT_MIN_SCORE);
		assertThat(s).hasSize(2);
		assertThat(province.get((int) s.get(0).parentId())).startsWith("Sở Tài chính, Sở Kế hoạch và Đầu tư cân đối");
		assertThat(province.get((int) s.get(1).parentId()))
			.startsWith("Ủy ban nhân dân các huyện, thị xã, thành phố xây dựng kế hoạch");

		List<String> ward = tasks("unseen/lien-chieu-ward-party-plan-31-KH-DU.txt");
		List<String> programme = tasks("cases/quang-nam-party-programme-45-CTr-TU.txt");
		String office = find(ward, "Văn phòng Đảng ủy là cơ quan đầu mối");
		List<Suggestion> best = TaskSimilarity.suggest(List.of(new Text(7, office)), LinkEvaluation.texts(programme), 3,
				0.0);
		assertThat(programme.get((int) best.get(0).parentId())).startsWith("Văn phòng Tỉnh ủy theo dõi, đôn đốc");
		assertThat(best.get(0).score()).isGreaterThan(2 * best.get(1).score());
	}

	@Test
	void blankAndOddInputGiveNoSuggestions() {
		assertThat(TaskSimilarity.suggest(null, texts(BUDGET), 3, 0.0)).isEmpty();
		assertThat(TaskSimilarity.suggest(texts(BUDGET), null, 3, 0.0)).isEmpty();
		assertThat(TaskSimilarity.suggest(List.of(), texts(BUDGET), 3, 0.0)).isEmpty();
		assertThat(TaskSimilarity.suggest(texts(BUDGET), List.of(), 3, 0.0)).isEmpty();
		assertThat(TaskSimilarity.suggest(texts(BUDGET), texts(BUDGET), 0, 0.0)).isEmpty();
		assertThat(TaskSimilarity.suggest(texts(BUDGET), texts(BUDGET), 3, Double.NaN)).isEmpty();
		List<Text> odd = new ArrayList<>(texts("", "   ", "các, và của (Sở Tài chính chủ trì).", "((( ;;; )))", "\u0000\uFFFF",
				"2025 30/11/2026"));
		odd.add(new Text(9, null));
		odd.add(null);
		assertThat(TaskSimilarity.suggest(odd, texts(BUDGET, MOBILISE), 3, 0.0)).isEmpty();
		assertThat(TaskSimilarity.suggest(texts(BUDGET, MOBILISE), odd, 3, 0.0)).isEmpty();
		assertThat(TaskSimilarity.suggest(odd, odd, 3, 0.0)).isEmpty();
	}

	@Test
	void maxPerChildAndMinScoreAreHonouredAndTheOrderIsByChildThenScore() throws IOException {
		List<String> parents = tasks("samples/binh-thuan-province-plan-64-CTr-TU.txt");
		List<String> children = tasks("unseen/ninh-hoa-town-decision-2150-QD-UBND.txt");
		List<Text> childTexts = new ArrayList<>();
		for (int i = 0; i < children.size(); i++) {
			childTexts.add(new Text(1000 - i, children.get(i))); // ids in descending order: output follows input order
		}
		for (int max : new int[] { 1, 2, 5 }) {
			for (double min : new double[] { 0.0, 0.1, 0.3 }) {
				List<Suggestion> s = TaskSimilarity.suggest(childTexts, LinkEvaluation.texts(parents), max, min);
				assertThat(s).allSatisfy(x -> assertThat(x.score()).isBetween(min, 1.0));
				for (int i = 0; i < s.size(); i++) {
					long child = s.get(i).childId();
					assertThat(s.stream().filter(x -> x.childId() == child).count()).isLessThanOrEqualTo(max);
					if (i > 0) {
						Suggestion prev = s.get(i - 1);
						assertThat(prev.childId()).isGreaterThanOrEqualTo(child);
						if (prev.childId() == child) {
							assertThat(prev.score()).isGreaterThanOrEqualTo(s.get(i).score());
						}
					}
				}
				// the best max of all scores of a child, nothing better left out
				List<Suggestion> all = TaskSimilarity.suggest(childTexts, LinkEvaluation.texts(parents), parents.size(), min);
				for (Text c : childTexts) {
					double[] expected = all.stream().filter(x -> x.childId() == c.id()).mapToDouble(Suggestion::score)
						.limit(max).toArray();
					double[] got = s.stream().filter(x -> x.childId() == c.id()).mapToDouble(Suggestion::score).toArray();
					assertThat(got).containsExactly(expected);
				}
			}
		}
		assertThat(TaskSimilarity.suggest(childTexts, LinkEvaluation.texts(parents), 3, 0.0)).hasSizeGreaterThan(20);
	}

	static List<String> tasks(String resource) throws IOException {
		PlanDraft draft = PlanParser.parse(Files.readString(Path.of("src/test/resources/parse", resource)));
		return draft.tasks().stream().map(PlanDraft.Task::text).toList();
	}

	private static String find(List<String> tasks, String prefix) {
		return tasks.stream().filter(t -> t.startsWith(prefix)).findFirst().orElseThrow();
	}

}
