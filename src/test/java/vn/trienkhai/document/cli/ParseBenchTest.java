package vn.trienkhai.document.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's inputs and statistics, not its timings (those are never asserted). */
class ParseBenchTest {

	@Test
	void syntheticPlansReachTheirSizeFromTheLargestSampleOn() throws Exception {
		List<ParseBench.Doc> docs = ParseBench.read(Path.of("src/test/resources/parse/samples"));
		assertThat(docs).hasSize(3);
		ParseBench.Doc largest = docs.stream().max((a, b) -> a.text().length() - b.text().length()).orElseThrow();

		ParseBench.Doc kb = ParseBench.synthetic(docs, "kb", ParseBench.SYNTHETIC_BYTES, true);
		assertThat(kb.text()).startsWith(largest.text());
		assertThat(kb.text().getBytes(StandardCharsets.UTF_8).length).isBetween(30 * 1024, 30 * 1024 + 2000);

		ParseBench.Doc chars = ParseBench.synthetic(docs, "chars", ParseBench.SYNTHETIC_CHARS, false);
		assertThat(chars.text().length()).isBetween(30_000, 32_000);
		assertThat(chars.text()).doesNotContain("Nơi nhận");
	}

	@Test
	void percentilesByNearestRankAndBaselineCountsLines() {
		double[] v = { 5, 1, 4, 2, 3 };
		assertThat(ParseBench.percentile(v, 50)).isEqualTo(3);
		assertThat(ParseBench.percentile(v, 95)).isEqualTo(5);
		assertThat(ParseBench.baseline("Ab\nc")).isEqualTo(2 + 'a' + 1 + 'c');
	}

}
