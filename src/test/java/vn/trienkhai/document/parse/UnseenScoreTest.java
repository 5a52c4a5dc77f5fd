package vn.trienkhai.document.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans written to be unlike the samples and the cases (a provincial plan after the 2025 mergers, a town's
 * decision with its annexed plan, a commune draft with blank number and date, a PDF extract, a Markdown
 * programme with a task table), each with a gold file annotated before the parser was run on it. Scored
 * as /work/shared/tools/score_parse.py scores a directory — micro-averaged over the documents — but with
 * exact instead of fuzzy agency matching, and written to target/parse-json-unseen for the scorer itself:
 * {@code python3 /work/shared/tools/score_parse.py src/test/resources/parse/unseen target/parse-json-unseen}.
 */
class UnseenScoreTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Path DIR = TestTexts.ROOT.resolve("unseen");

	@Test
	void writesTheUnseenPlansForTheScorer() throws Exception {
		List<Path> written = SampleJsonWriter.writeAll(DIR, Path.of("target/parse-json-unseen"));
		assertThat(written).hasSameSizeAs(names());
	}

	@Test
	void everyCategoryScoresAtLeastNinetyFivePercent() throws IOException {
		Map<String, int[]> totals = new TreeMap<>(); // tp, predicted, gold
		int documentOk = 0;
		int documentFields = 0;
		List<String> misses = new ArrayList<>();
		for (String name : names()) {
			JsonNode gold = JSON.readTree(Files.readString(DIR.resolve(name + ".gold.json")));
			JsonNode pred = JSON.readTree(PlanDraftJson.write(PlanParser.parse(Files.readString(textOf(name)))));
			JsonNode gd = gold.get("document");
			JsonNode pd = pred.get("document");
			for (String field : List.of("number", "kind", "issuer", "issuedOn", "place")) {
				String g = SampleScoreTest.text(gd.get(field));
				String p = SampleScoreTest.text(pd.get(field));
				boolean ok = switch (field) {
					case "number" -> Objects.equals(SampleScoreTest.number(gd.get(field)), SampleScoreTest.number(pd.get(field)));
					case "issuer", "place" -> Objects.equals(SampleScoreTest.agency(g), SampleScoreTest.agency(p));
					default -> Objects.equals(g, p);
				};
				documentFields++;
				if (ok) {
					documentOk++;
				}
				else {
					misses.add(name + " document." + field + ": gold=" + g + " pred=" + p);
				}
			}
			count(totals, "references", name, SampleScoreTest.set(pred.get("references"), "number"),
					SampleScoreTest.set(gold.get("references"), "number"), misses);
			count(totals, "targets", name, SampleScoreTest.list(pred.get("targets")),
					SampleScoreTest.list(gold.get("targets")), misses);
			count(totals, "agencies", name, SampleScoreTest.agencies(pred.get("agencies")),
					SampleScoreTest.agencies(gold.get("agencies")), misses);
			count(totals, "deadlines", name, SampleScoreTest.dates(pred.get("deadlines")),
					SampleScoreTest.dates(gold.get("deadlines")), misses);
		}
		assertThat(names()).hasSizeGreaterThanOrEqualTo(5);
		assertThat((double) documentOk / documentFields).as("document fields; misses: %s", misses)
			.isGreaterThanOrEqualTo(0.95);
		for (Map.Entry<String, int[]> e : totals.entrySet()) {
			int[] t = e.getValue();
			assertThat(f1(t[0], t[1], t[2])).as("%s (tp=%d pred=%d gold=%d); misses: %s", e.getKey(), t[0], t[1], t[2], misses)
				.isGreaterThanOrEqualTo(0.95);
		}
	}

	private static void count(Map<String, int[]> totals, String category, String name, Collection<String> predicted,
			Collection<String> gold, List<String> misses) {
		List<String> left = new ArrayList<>(gold);
		int tp = 0;
		List<String> extra = new ArrayList<>();
		for (String p : predicted) {
			if (left.remove(p)) {
				tp++;
			}
			else {
				extra.add(p);
			}
		}
		if (!extra.isEmpty() || !left.isEmpty()) {
			misses.add(name + " " + category + ": pred-only " + extra + ", gold-only " + left);
		}
		int[] t = totals.computeIfAbsent(category, k -> new int[3]);
		t[0] += tp;
		t[1] += predicted.size();
		t[2] += gold.size();
	}

	/** F1 of a micro-averaged match; 1 when there is nothing to find and nothing was found. */
	private static double f1(int tp, int predicted, int gold) {
		if (predicted == 0 && gold == 0) {
			return 1;
		}
		double precision = predicted == 0 ? 0 : (double) tp / predicted;
		double recall = gold == 0 ? 0 : (double) tp / gold;
		return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
	}

	private static List<String> names() throws IOException {
		try (Stream<Path> files = Files.list(DIR)) {
			return files.map(p -> p.getFileName().toString())
				.filter(n -> n.endsWith(".gold.json"))
				.map(n -> n.substring(0, n.length() - ".gold.json".length()))
				.sorted()
				.toList();
		}
	}

	private static Path textOf(String name) {
		Path txt = DIR.resolve(name + ".txt");
		return Files.exists(txt) ? txt : DIR.resolve(name + ".md");
	}

}
