package vn.trienkhai.document.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The annotated samples, scored in Java the way /work/shared/tools/score_parse.py scores them (with exact
 * instead of fuzzy agency matching, which is stricter), and written to target/parse-json for the scorer
 * itself: {@code python3 /work/shared/tools/score_parse.py src/test/resources/parse/samples target/parse-json}.
 */
class SampleScoreTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void writesTheSamplesForTheScorer() throws Exception {
		List<Path> written = SampleJsonWriter.writeAll(TestTexts.ROOT.resolve("samples"), Path.of("target/parse-json"));
		assertThat(written).hasSize(3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "binh-thuan-province-plan-64-CTr-TU", "district-party-plan-114-KH-TU",
			"nhu-khe-commune-plan-38-CTr-TU" })
	void matchesTheGoldAnnotations(String name) {
		JsonNode gold = JSON.readTree(TestTexts.read("samples/" + name + ".gold.json"));
		JsonNode pred = JSON.readTree(PlanDraftJson.write(PlanParser.parse(TestTexts.read("samples/" + name + ".txt"))));

		JsonNode gd = gold.get("document");
		JsonNode pd = pred.get("document");
		assertThat(number(pd.get("number"))).isEqualTo(number(gd.get("number")));
		assertThat(text(pd.get("kind"))).isEqualTo(text(gd.get("kind")));
		assertThat(agency(text(pd.get("issuer")))).isEqualTo(agency(text(gd.get("issuer"))));
		assertThat(text(pd.get("issuedOn"))).isEqualTo(text(gd.get("issuedOn")));
		assertThat(agency(text(pd.get("place")))).isEqualTo(agency(text(gd.get("place"))));

		assertThat(f1(set(pred.get("references"), "number"), set(gold.get("references"), "number")))
			.as("references").isGreaterThanOrEqualTo(0.95);
		assertThat(f1(list(pred.get("targets")), list(gold.get("targets")))).as("targets").isGreaterThanOrEqualTo(0.95);
		assertThat(f1(agencies(pred.get("agencies")), agencies(gold.get("agencies")))).as("agencies")
			.isGreaterThanOrEqualTo(0.95);
		assertThat(f1(dates(pred.get("deadlines")), dates(gold.get("deadlines")))).as("deadlines")
			.isGreaterThanOrEqualTo(0.95);
	}

	static String text(JsonNode node) {
		return node == null || node.isNull() ? null : node.asString();
	}

	static String number(JsonNode node) {
		String s = text(node);
		return s == null ? null : s.toUpperCase(Locale.ROOT).replace('–', '-').replaceAll("\\s", "");
	}

	/** The scorer's norm_agency: folded, abbreviations written out, a leading "các" dropped. */
	static String agency(String s) {
		if (s == null) {
			return null;
		}
		String f = VnText.fold(s).replace('–', '-').replace('—', '-');
		f = (" " + f + " ").replace(" ubnd ", " uy ban nhan dan ").replace(" hdnd ", " hoi dong nhan dan ")
			.replace(" mttq ", " mat tran to quoc ").replace(" kh&cn ", " khoa hoc va cong nghe ")
			.replace(" tp ", " thanh pho ").strip();
		f = f.replaceFirst("^(giao\\s+)?(cac\\s+)?", "");
		return f.replaceAll("[^\\w&\\- ]+", " ").replaceAll("\\s+", " ").strip();
	}

	static Set<String> set(JsonNode array, String field) {
		Set<String> out = new HashSet<>();
		for (JsonNode n : array) {
			out.add(number(n.get(field)));
		}
		return out;
	}

	static List<String> list(JsonNode targets) {
		List<String> out = new ArrayList<>();
		for (JsonNode t : targets) {
			out.add(text(t.get("year")) + "|" + num(t.get("value")) + "|" + num(t.get("valueMax")));
		}
		return out;
	}

	static String num(JsonNode n) {
		return n == null || n.isNull() ? null : n.decimalValue().stripTrailingZeros().toPlainString();
	}

	static List<String> agencies(JsonNode array) {
		List<String> out = new ArrayList<>();
		for (JsonNode a : array) {
			out.add(agency(a.isString() ? a.asString() : a.get("name").asString()));
		}
		return out;
	}

	static Set<String> dates(JsonNode array) {
		Set<String> out = new HashSet<>();
		for (JsonNode d : array) {
			out.add(text(d.get("date")));
		}
		return out;
	}

	/** F1 of a multiset match; 1 when both are empty. */
	private static double f1(java.util.Collection<String> predicted, java.util.Collection<String> gold) {
		if (predicted.isEmpty() && gold.isEmpty()) {
			return 1;
		}
		List<String> left = new ArrayList<>(gold);
		int tp = 0;
		for (String p : predicted) {
			if (left.remove(p)) {
				tp++;
			}
		}
		double precision = predicted.isEmpty() ? 0 : (double) tp / predicted.size();
		double recall = gold.isEmpty() ? 0 : (double) tp / gold.size();
		return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
	}

	@Test
	void theNormalisationAgreesWithTheScorer() {
		assertThat(agency("UBND huyện")).isEqualTo(agency("Ủy ban nhân dân huyện"));
		assertThat(agency("Các trường cao đẳng")).isEqualTo("truong cao dang");
		assertThat(Objects.equals(number(JSON.readTree("\"64-CTr/TU\"")), "64-CTR/TU")).isTrue();
	}

}
