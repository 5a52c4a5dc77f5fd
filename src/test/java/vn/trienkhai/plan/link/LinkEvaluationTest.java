package vn.trienkhai.plan.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The suggester on the judged plan pairs: every suggestion at the default threshold has been judged (a
 * change to the method that brings new pairs needs new judgements), and the share confirmed stays where it
 * was measured.
 */
class LinkEvaluationTest {

	private static final Path JUDGEMENTS = Path.of("src/test/resources/plan/link/judgements.tsv");

	@Test
	void theJudgedSuggestionsAreMostlyConfirmedAtTheDefaultThreshold() throws IOException {
		Map<String, List<String>> tasks = new HashMap<>();
		for (List<String> pair : LinkEvaluation.PAIRS) {
			for (String doc : pair) {
				tasks.computeIfAbsent(doc, LinkEvaluationTest::tasksOf);
			}
		}
		List<LinkEvaluation.Judgement> judgements = LinkEvaluation.read(JUDGEMENTS);
		assertThat(judgements).hasSizeGreaterThan(100);

		LinkEvaluation.Quality q = LinkEvaluation.evaluate(tasks, judgements, TaskSimilarity.DEFAULT_MIN_SCORE);
		assertThat(q.unjudged()).as("suggestions without a judgement").isZero();
		assertThat(q.precision()).isGreaterThanOrEqualTo(0.6);
		assertThat(q.recall()).isGreaterThanOrEqualTo(0.75);
		// a higher threshold trades recall for precision
		LinkEvaluation.Quality strict = LinkEvaluation.evaluate(tasks, judgements, 0.25);
		assertThat(strict.precision()).isGreaterThan(q.precision());
		assertThat(strict.recall()).isLessThan(q.recall());
	}

	private static List<String> tasksOf(String doc) {
		for (String dir : List.of("samples", "cases", "unseen")) {
			for (String ext : List.of(".txt", ".md")) {
				Path p = Path.of(dir, doc + ext);
				if (Path.of("src/test/resources/parse").resolve(p).toFile().isFile()) {
					try {
						return TaskSimilarityTest.tasks(p.toString());
					}
					catch (IOException e) {
						throw new java.io.UncheckedIOException(e);
					}
				}
			}
		}
		throw new IllegalArgumentException("no document " + doc);
	}

}
