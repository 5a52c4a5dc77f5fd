package vn.trienkhai.plan.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The quality measure of {@link TaskSimilarity}: suggestions on pairs of real plans (a lower-level plan's
 * tasks as children, a higher-level plan's tasks as parents) looked up in the judgements a person made
 * ({@code src/test/resources/plan/link/judgements.tsv}). Shared by {@link CascadeBench} and the tests.
 *
 * <p>The judgements file is tab-separated, '#' starts a comment line, the first other line is the header:
 * child doc, child task text, parent doc, parent task text, score at judging time ("-" for a link the
 * suggester did not offer but that the judge labelled as missing), confirmed (yes/no).
 */
public final class LinkEvaluation {

	private LinkEvaluation() {
	}

	/**
	 * The evaluated plan pairs, child document → parent document (file names without extension, from
	 * src/test/resources/parse). Same administrative line and one level apart where the repository has
	 * such a pair: An Khê and Chư Sê are a town and a district of Gia Lai; the others are plans of a lower
	 * level against a plan of the level above from another province, all implementing 36-NQ/TW (a real
	 * parent is not in the repository).
	 */
	public static final List<List<String>> PAIRS = List.of(
			List.of("an-khe-town-plan-88-KH-UBND", "gia-lai-decision-1234-QD-UBND"),
			List.of("chu-se-district-plan-45-KH-UBND", "gia-lai-decision-1234-QD-UBND"),
			List.of("duc-hoa-district-plan-pdf-112-KH-UBND", "pdf-wrapped-province-plan-215-KH-UBND"),
			List.of("ninh-hoa-town-decision-2150-QD-UBND", "binh-thuan-province-plan-64-CTr-TU"),
			List.of("tan-lap-commune-plan-2025-KH-UBND", "lam-dong-province-plan-156-KH-UBND"),
			List.of("hoa-phong-commune-plan-112-KH-UBND", "an-khe-town-plan-88-KH-UBND"),
			List.of("district-party-plan-114-KH-TU", "quang-nam-party-programme-45-CTr-TU"),
			List.of("nhu-khe-commune-plan-38-CTr-TU", "district-party-plan-114-KH-TU"),
			List.of("yen-son-commune-party-plan-07-KH-DU", "district-party-plan-114-KH-TU"),
			List.of("tan-phu-commune-party-plan-draft", "district-party-plan-114-KH-TU"),
			List.of("lien-chieu-ward-party-plan-31-KH-DU", "quang-nam-party-programme-45-CTr-TU"));

	/** How many suggestions per child task are judged and evaluated (as the bench's workload). */
	public static final int MAX_PER_CHILD = 3;

	/** One judged pair. */
	public record Judgement(String childDoc, String childTask, String parentDoc, String parentTask, Double score,
			boolean confirmed) {

		/** A link labelled by the judge that the suggester did not offer when judging. */
		public boolean missing() {
			return score == null;
		}

	}

	/** Precision and recall at one threshold. */
	public record Quality(double minScore, int suggested, int confirmed, int rejected, int unjudged, int links,
			int linksFound) {

		/** Share of judged suggestions a person confirmed; NaN when none was judged. */
		public double precision() {
			return confirmed + rejected == 0 ? Double.NaN : (double) confirmed / (confirmed + rejected);
		}

		/** Share of the labelled links (confirmed suggestions and labelled missing ones) that were suggested. */
		public double recall() {
			return links == 0 ? Double.NaN : (double) linksFound / links;
		}

		/** Harmonic mean of precision and recall. */
		public double f1() {
			double p = precision();
			double r = recall();
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

	}

	/** The judgements of a file in the format above. */
	public static List<Judgement> read(Path file) throws IOException {
		List<Judgement> out = new ArrayList<>();
		boolean header = true;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (header) {
				header = false;
				continue;
			}
			String[] f = line.split("\t", -1);
			if (f.length < 6) {
				throw new IOException("judgements: expected 6 tab-separated fields: " + line);
			}
			Double score = f[4].equals("-") ? null : Double.valueOf(f[4]);
			out.add(new Judgement(f[0], f[1], f[2], f[3], score, f[5].trim().equalsIgnoreCase("yes")));
		}
		return out;
	}

	/** A task text as stored in the judgements: white space collapsed to single spaces. */
	public static String key(String text) {
		return text == null ? "" : text.replaceAll("\\s+", " ").strip();
	}

	/**
	 * The quality at {@code minScore}: the suggester runs on every pair of {@link #PAIRS} (tasks from
	 * {@code tasksByDoc}, at most {@link #MAX_PER_CHILD} per child), each suggestion is looked up in the
	 * judgements by the two texts.
	 */
	public static Quality evaluate(Map<String, List<String>> tasksByDoc, List<Judgement> judgements, double minScore) {
		return evaluate(tasksByDoc, judgements, minScore, PAIRS);
	}

	/** As {@link #evaluate(Map, List, double)}, on some of the pairs only (judgements of other pairs ignored). */
	public static Quality evaluate(Map<String, List<String>> tasksByDoc, List<Judgement> judgements, double minScore,
			List<List<String>> pairs) {
		Map<String, Boolean> judged = new HashMap<>();
		Set<String> links = new LinkedHashSet<>();
		for (Judgement j : judgements) {
			if (!pairs.contains(List.of(j.childDoc(), j.parentDoc()))) {
				continue;
			}
			String k = pairKey(j.childDoc(), j.childTask(), j.parentDoc(), j.parentTask());
			judged.put(k, j.confirmed());
			if (j.confirmed()) {
				links.add(k);
			}
		}
		int suggested = 0;
		int confirmed = 0;
		int rejected = 0;
		int unjudged = 0;
		int found = 0;
		for (List<String> pair : pairs) {
			List<String> children = tasksByDoc.getOrDefault(pair.get(0), List.of());
			List<String> parents = tasksByDoc.getOrDefault(pair.get(1), List.of());
			for (TaskSimilarity.Suggestion s : TaskSimilarity.suggest(texts(children), texts(parents), MAX_PER_CHILD,
					minScore)) {
				suggested++;
				String k = pairKey(pair.get(0), children.get((int) s.childId()), pair.get(1),
						parents.get((int) s.parentId()));
				Boolean verdict = judged.get(k);
				if (verdict == null) {
					unjudged++;
				}
				else if (verdict) {
					confirmed++;
					found++;
				}
				else {
					rejected++;
				}
			}
		}
		return new Quality(minScore, suggested, confirmed, rejected, unjudged, links.size(), found);
	}

	/** Texts with their index in the list as id. */
	public static List<TaskSimilarity.Text> texts(List<String> tasks) {
		List<TaskSimilarity.Text> out = new ArrayList<>(tasks.size());
		for (int i = 0; i < tasks.size(); i++) {
			out.add(new TaskSimilarity.Text(i, tasks.get(i)));
		}
		return out;
	}

	private static String pairKey(String childDoc, String child, String parentDoc, String parent) {
		return childDoc + '\u0000' + key(child) + '\u0000' + parentDoc + '\u0000' + key(parent);
	}

}
