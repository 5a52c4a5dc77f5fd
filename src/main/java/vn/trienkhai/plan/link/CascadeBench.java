package vn.trienkhai.plan.link;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import vn.trienkhai.document.parse.PlanDraft;
import vn.trienkhai.document.parse.PlanParser;
import vn.trienkhai.platform.VietnameseText;

/**
 * {@code ./trienkhai bench cascade [--runs N] [--warmup N]}: how long {@link TaskSimilarity#suggest} takes for a
 * 60-task child plan against a 100-task parent plan, on one core after warm-up, with a baseline measured in
 * the same run; and the share of its suggestions a person confirmed on real plan pairs
 * ({@link LinkEvaluation}). Plain Java, no Spring context, single-threaded.
 *
 * <p>Workload: the tasks the plan parser finds in every .txt/.md document under the directory of
 * {@code -Dtrienkhai.bench.samples} (src/test/resources/parse: samples, cases, unseen), documents in file-name
 * order, tasks in document order. The parent plan is the tasks of the provincial documents ({@link #PROVINCIAL})
 * followed by the tasks of the lower-level documents until it has 100; the child plan is the next 60 tasks of
 * the lower-level documents. Real plans have 4–26 tasks, so both plans mix several real documents; every text
 * is a real task text, none is repeated. With fewer than 160 tasks in the input the lists are cycled (and the
 * header says so).
 *
 * <p>Baseline: {@link VietnameseText#fold} and a split at white space of all 160 texts once — the least work
 * any text-similarity method does.
 *
 * <p>Task texts come from the documents module's parser (its named interface "parse").
 */
public final class CascadeBench {

	private CascadeBench() {
	}

	static final int CHILDREN = 60;

	static final int PARENTS = 100;

	/** Documents of the provincial level (or above), which make up the parent plan first. */
	static final Set<String> PROVINCIAL = Set.of("binh-thuan-province-plan-64-CTr-TU", "gia-lai-decision-1234-QD-UBND",
			"gia-lai-official-letter-3318-UBND-KGVX", "lam-dong-province-plan-156-KH-UBND",
			"pdf-wrapped-province-plan-215-KH-UBND", "quang-nam-party-programme-45-CTr-TU",
			"quang-ngai-action-programme-78-CTr-UBND");

	private static long blackhole;

	public static void main(String[] args) throws Exception {
		int runs = 1000;
		int warmup = 3000;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--runs" -> runs = positive(args, ++i);
				case "--warmup" -> warmup = positive(args, ++i);
				case "-h", "--help" -> {
					usage();
					return;
				}
				default -> {
					usage();
					System.exit(2);
				}
			}
		}
		String samples = System.getProperty("trienkhai.bench.samples");
		String judgementsFile = System.getProperty("trienkhai.bench.judgements");
		if (samples == null || !Files.isDirectory(Path.of(samples))) {
			System.err.println("bench cascade: -Dtrienkhai.bench.samples must name the directory of plan texts");
			System.exit(2);
		}
		Map<String, List<String>> tasksByDoc = readTasks(Path.of(samples));
		List<String> parentTexts = new ArrayList<>();
		List<String> childTexts = new ArrayList<>();
		boolean cycled = workload(tasksByDoc, parentTexts, childTexts);
		List<TaskSimilarity.Text> parents = LinkEvaluation.texts(parentTexts);
		List<TaskSimilarity.Text> children = LinkEvaluation.texts(childTexts);
		int total = tasksByDoc.values().stream().mapToInt(List::size).sum();

		Runtime rt = Runtime.getRuntime();
		System.out.printf(Locale.ROOT, "trienkhai bench cascade: %d documents, %d tasks from %s%n", tasksByDoc.size(),
				total, samples);
		System.out.printf(Locale.ROOT, "java %s (%s), %d CPU(s) visible, max heap %d MB, JVM options: %s%n",
				System.getProperty("java.version"), System.getProperty("java.vm.name"), rt.availableProcessors(),
				rt.maxMemory() / (1024 * 1024), String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
		System.out.printf(Locale.ROOT, "load average (1, 5, 15 min): %s%n", loadAverage());
		System.out.printf(Locale.ROOT, "workload: child plan %d tasks, parent plan %d tasks (%d provincial-level tasks "
				+ "first, then lower-level ones)%s%n", children.size(), parents.size(),
				tasksByDoc.entrySet().stream().filter(e -> PROVINCIAL.contains(e.getKey())).mapToInt(e -> e.getValue().size()).sum(),
				cycled ? "; fewer than 160 tasks in the input, lists cycled" : "; every text a distinct real task");
		System.out.println("timed: TaskSimilarity.suggest(child60, parent100, 3, DEFAULT_MIN_SCORE = "
				+ TaskSimilarity.DEFAULT_MIN_SCORE + "), single thread,");
		System.out.println("  baseline interleaved in the same run: VietnameseText.fold + split at white space of all 160 texts");
		System.out.printf(Locale.ROOT, "  %d warm-up rounds, %d measured; median and p95 by nearest rank%n%n", warmup, runs);

		for (int r = 0; r < warmup; r++) {
			blackhole += TaskSimilarity.suggest(children, parents, 3, TaskSimilarity.DEFAULT_MIN_SCORE).size();
			blackhole += baseline(children, parents);
		}
		double[] suggest = new double[runs];
		double[] base = new double[runs];
		int suggestions = 0;
		for (int r = 0; r < runs; r++) {
			long t0 = System.nanoTime();
			long b = baseline(children, parents);
			long t1 = System.nanoTime();
			List<TaskSimilarity.Suggestion> s = TaskSimilarity.suggest(children, parents, 3,
					TaskSimilarity.DEFAULT_MIN_SCORE);
			long t2 = System.nanoTime();
			blackhole += b + s.size();
			suggestions = s.size();
			base[r] = (t1 - t0) / 1e6;
			suggest[r] = (t2 - t1) / 1e6;
		}
		double sm = percentile(suggest, 50);
		double bm = percentile(base, 50);
		System.out.println("| measure | median ms | p95 ms |");
		System.out.println("|---|---:|---:|");
		System.out.printf(Locale.ROOT, "| suggest(60 × 100, top 3) | %.3f | %.3f |%n", sm, percentile(suggest, 95));
		System.out.printf(Locale.ROOT, "| baseline: fold + split 160 texts | %.3f | %.3f |%n", bm, percentile(base, 95));
		System.out.printf(Locale.ROOT, "| ratio suggest / baseline (medians) | %.1f× | |%n", sm / bm);
		System.out.printf(Locale.ROOT, "suggestions per run: %d (for %d child tasks)%n%n", suggestions, children.size());

		if (judgementsFile != null && Files.isRegularFile(Path.of(judgementsFile))) {
			quality(tasksByDoc, LinkEvaluation.read(Path.of(judgementsFile)), judgementsFile);
		}
		else {
			System.out.println("quality: no judgements file (-Dtrienkhai.bench.judgements), skipped");
		}
		System.out.println("checksum (keeps the work alive): " + blackhole);
	}

	private static void quality(Map<String, List<String>> tasksByDoc, List<LinkEvaluation.Judgement> judgements,
			String file) {
		long judgedSuggestions = judgements.stream().filter(j -> !j.missing()).count();
		long confirmed = judgements.stream().filter(j -> !j.missing() && j.confirmed()).count();
		long missing = judgements.stream().filter(LinkEvaluation.Judgement::missing).count();
		System.out.printf(Locale.ROOT, "quality: %d plan pairs (%s), up to %d suggestions per child task, judged by hand in%n",
				LinkEvaluation.PAIRS.size(), "child plan → plan one level up", LinkEvaluation.MAX_PER_CHILD);
		System.out.printf(Locale.ROOT, "  %s: %d judged suggestions (%d confirmed), %d links labelled as missing%n", file,
				judgedSuggestions, confirmed, missing);
		System.out.println("| min score | suggestions | confirmed | rejected | unjudged | precision | recall |");
		System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
		double[] thresholds = { 0.05, 0.10, 0.12, 0.15, 0.18, 0.20, 0.25, 0.30 };
		double[] all = Arrays.copyOf(thresholds, thresholds.length + 1);
		all[thresholds.length] = TaskSimilarity.DEFAULT_MIN_SCORE;
		Arrays.sort(all);
		double last = Double.NaN;
		for (double t : all) {
			if (t == last) {
				continue;
			}
			last = t;
			LinkEvaluation.Quality q = LinkEvaluation.evaluate(tasksByDoc, judgements, t);
			System.out.printf(Locale.ROOT, "| %s%.2f | %d | %d | %d | %d | %.2f | %.2f |%n",
					t == TaskSimilarity.DEFAULT_MIN_SCORE ? "**default** " : "", t, q.suggested(), q.confirmed(),
					q.rejected(), q.unjudged(), q.precision(), q.recall());
		}
		System.out.println("precision = confirmed / (confirmed + rejected); recall = confirmed suggestions / all links "
				+ "labelled (confirmed at judging + missing)");
		// an overfitting check: calibrate on one administrative line, measure on the other
		List<List<String>> government = LinkEvaluation.PAIRS.subList(0, 6);
		List<List<String>> party = LinkEvaluation.PAIRS.subList(6, LinkEvaluation.PAIRS.size());
		crossCheck(tasksByDoc, judgements, thresholds, "government line (6 pairs)", government, "party line (5 pairs)", party);
		crossCheck(tasksByDoc, judgements, thresholds, "party line (5 pairs)", party, "government line (6 pairs)", government);
		System.out.println();
	}

	private static void crossCheck(Map<String, List<String>> tasksByDoc, List<LinkEvaluation.Judgement> judgements,
			double[] thresholds, String fitName, List<List<String>> fit, String testName, List<List<String>> test) {
		double best = thresholds[0];
		double bestF1 = -1;
		for (double t : thresholds) {
			double f1 = LinkEvaluation.evaluate(tasksByDoc, judgements, t, fit).f1();
			if (f1 > bestF1) {
				bestF1 = f1;
				best = t;
			}
		}
		LinkEvaluation.Quality q = LinkEvaluation.evaluate(tasksByDoc, judgements, best, test);
		LinkEvaluation.Quality d = LinkEvaluation.evaluate(tasksByDoc, judgements, TaskSimilarity.DEFAULT_MIN_SCORE, test);
		System.out.printf(Locale.ROOT, "calibrated on the %s: best F1 at %.2f; on the %s that gives precision %.2f, "
				+ "recall %.2f (the default %.2f: %.2f, %.2f)%n", fitName, best, testName, q.precision(), q.recall(),
				TaskSimilarity.DEFAULT_MIN_SCORE, d.precision(), d.recall());
	}

	/** Parent: provincial tasks, then lower-level ones up to 100; child: the next 60 lower-level tasks. */
	static boolean workload(Map<String, List<String>> tasksByDoc, List<String> parents, List<String> children) {
		List<String> provincial = new ArrayList<>();
		List<String> lower = new ArrayList<>();
		tasksByDoc.forEach((doc, tasks) -> (PROVINCIAL.contains(doc) ? provincial : lower).addAll(tasks));
		List<String> all = new ArrayList<>(provincial);
		all.addAll(lower);
		if (all.isEmpty()) {
			throw new IllegalStateException("bench cascade: the documents have no tasks");
		}
		boolean cycled = all.size() < PARENTS + CHILDREN;
		for (int i = 0; i < PARENTS + CHILDREN; i++) {
			(i < PARENTS ? parents : children).add(all.get(i % all.size()));
		}
		return cycled;
	}

	static long baseline(List<TaskSimilarity.Text> children, List<TaskSimilarity.Text> parents) {
		long sum = 0;
		for (List<TaskSimilarity.Text> list : List.of(children, parents)) {
			for (TaskSimilarity.Text t : list) {
				String[] words = VietnameseText.fold(t.text()).split(" ");
				sum += words.length + words[0].length();
			}
		}
		return sum;
	}

	/** Task texts per document (file name without extension), documents in file-name order. */
	static Map<String, List<String>> readTasks(Path dir) throws Exception {
		List<Path> files;
		try (Stream<Path> s = Files.walk(dir)) {
			files = s.filter(Files::isRegularFile).filter(f -> {
				String n = f.getFileName().toString();
				return n.endsWith(".txt") || n.endsWith(".md");
			}).sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
		}
		Map<String, List<String>> out = new LinkedHashMap<>();
		for (Path f : files) {
			PlanDraft draft = PlanParser.parse(Files.readString(f, StandardCharsets.UTF_8));
			List<String> texts = new ArrayList<>();
			for (PlanDraft.Task task : draft.tasks()) {
				texts.add(task.text());
			}
			out.put(f.getFileName().toString().replaceFirst("\\.(txt|md)$", ""), texts);
		}
		return out;
	}

	static double percentile(double[] values, int p) {
		double[] v = values.clone();
		Arrays.sort(v);
		int rank = (int) Math.ceil(p / 100.0 * v.length);
		return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
	}

	private static int positive(String[] args, int i) {
		try {
			int n = Integer.parseInt(args[i]);
			if (n > 0) {
				return n;
			}
		}
		catch (RuntimeException e) {
			// fall through
		}
		usage();
		System.exit(2);
		return 0;
	}

	private static void usage() {
		System.err.println("usage: ./trienkhai bench cascade [--runs N] [--warmup N]");
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (IOException | RuntimeException e) {
			return "unknown";
		}
	}

}
