package vn.trienkhai.document.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.trienkhai.document.parse.PlanDraft;
import vn.trienkhai.document.parse.PlanParser;

/**
 * {@code ./trienkhai bench parse [--runs N] [--warmup N] [DIR_OR_FILE…]}: how long {@link PlanParser#parse}
 * takes per document on one core, after warm-up, with a baseline measured in the same run on the same text.
 * Plain Java, no Spring context, single-threaded. Prints medians and ratios; asserts nothing except the
 * PASS/FAIL line against the issue-3 target (≤ 20 ms median for a 30 KB plan).
 *
 * <p>Baseline: the least linear pass any parser must make over a text — {@code Normalizer.normalize(text,
 * NFC)}, split into lines at '\n', each line lower-cased ({@code Locale.ROOT}). The ratio parse/baseline
 * travels between machines better than milliseconds do.
 *
 * <p>Two synthetic plans are added, since "30 KB" can be read as bytes or chars: the largest input
 * document in full, then the bodies (from the first top-level heading "I." / "I-" up to the recipients'
 * block "Nơi nhận") of the other documents in turn, cycled, line by line until the text has at least 30 KB
 * (30,720 bytes) in UTF-8, respectively at least 30,000 chars (about 39 KB of Vietnamese UTF-8). The target
 * is checked on both.
 */
public final class ParseBench {

	private ParseBench() {
	}

	static final double TARGET_MS = 20.0;

	static final int SYNTHETIC_BYTES = 30 * 1024;

	static final int SYNTHETIC_CHARS = 30_000;

	private static final Pattern TOP_HEADING = Pattern.compile("^[*_\\s]*[IVX]{1,4}\\s*[.\\-–]\\s");

	private static final Pattern RECIPIENTS = Pattern.compile("^[*_\\s]*Nơi nhận");

	/** Everything the JIT must not drop: parse results and baseline work feed it, it is printed at the end. */
	private static long blackhole;

	record Doc(String name, String text) {

		int bytes() {
			return text.getBytes(StandardCharsets.UTF_8).length;
		}

	}

	record Result(Doc doc, double[] parseMs, double[] baseMs, int tasks, int sections) {

		double parseMedian() {
			return percentile(parseMs, 50);
		}

		double baseMedian() {
			return percentile(baseMs, 50);
		}

	}

	public static void main(String[] args) throws IOException {
		int runs = 200;
		int warmup = 300;
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--runs" -> runs = positive(args, ++i, "--runs");
				case "--warmup" -> warmup = positive(args, ++i, "--warmup");
				case "-h", "--help" -> {
					usage(System.out);
					return;
				}
				default -> {
					if (args[i].startsWith("--")) {
						usage(System.err);
						System.exit(2);
					}
					paths.add(args[i]);
				}
			}
		}
		if (paths.isEmpty()) {
			String samples = System.getProperty("trienkhai.bench.samples");
			if (samples == null) {
				usage(System.err);
				System.exit(2);
			}
			paths.add(samples);
		}
		List<Doc> docs = new ArrayList<>();
		for (String p : paths) {
			if (!Files.exists(Path.of(p))) {
				System.err.println("bench parse: no such file or directory: " + p);
				System.exit(2);
			}
			docs.addAll(read(Path.of(p)));
		}
		if (docs.isEmpty()) {
			System.err.println("bench parse: no .txt or .md documents in " + paths);
			System.exit(2);
		}
		List<Doc> synthetic = new ArrayList<>();
		Doc kb30 = synthetic(docs, "synthetic 30 KB plan", SYNTHETIC_BYTES, true);
		Doc chars30k = synthetic(docs, "synthetic 30,000-char plan", SYNTHETIC_CHARS, false);
		if (kb30 != null) {
			synthetic.add(kb30);
			synthetic.add(chars30k);
		}
		List<Doc> all = new ArrayList<>(docs);
		all.addAll(synthetic);

		printHeader(runs, warmup, paths, docs.size());

		// warm-up: every document (and its baseline) in turn, so the JIT sees all of them before timing
		long w0 = System.nanoTime();
		for (int r = 0; r < warmup; r++) {
			for (Doc d : all) {
				consume(PlanParser.parse(d.text()));
				blackhole += baseline(d.text());
			}
		}
		System.out.printf(Locale.ROOT, "warm-up: %d parses per document, %.1f s%n%n", warmup,
				(System.nanoTime() - w0) / 1e9);

		List<Result> results = new ArrayList<>();
		for (Doc d : all) {
			results.add(measure(d, runs));
		}
		printTable(results, synthetic, docs.size());
		System.out.println("checksum (keeps the work alive): " + blackhole);
	}

	private static Result measure(Doc d, int runs) {
		double[] parse = new double[runs];
		double[] base = new double[runs];
		PlanDraft last = null;
		for (int i = 0; i < runs; i++) {
			// interleaved, so drift (other load, frequency) touches both alike
			long t0 = System.nanoTime();
			long b = baseline(d.text());
			long t1 = System.nanoTime();
			PlanDraft draft = PlanParser.parse(d.text());
			long t2 = System.nanoTime();
			blackhole += b;
			consume(draft);
			last = draft;
			base[i] = (t1 - t0) / 1e6;
			parse[i] = (t2 - t1) / 1e6;
		}
		return new Result(d, parse, base, last.tasks().size(), countSections(last.sections()));
	}

	/** NFC, split into lines, lower-case each line: the linear floor for reading a text. */
	static long baseline(String text) {
		String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
		long sum = 0;
		int from = 0;
		int n = nfc.length();
		while (from <= n) {
			int nl = nfc.indexOf('\n', from);
			int to = nl < 0 ? n : nl;
			String line = nfc.substring(from, to).toLowerCase(Locale.ROOT);
			sum += line.length() + (line.isEmpty() ? 0 : line.charAt(0));
			from = to + 1;
		}
		return sum;
	}

	private static void consume(PlanDraft d) {
		blackhole += d.tasks().size() + d.sections().size() + d.targets().size() + d.agencies().size()
				+ d.deadlines().size() + d.references().size() + d.warnings().size() + d.text().length();
	}

	private static int countSections(List<PlanDraft.Section> sections) {
		int n = 0;
		for (PlanDraft.Section s : sections) {
			n += 1 + countSections(s.children());
		}
		return n;
	}

	// -------------------------------------------------------------------------------------------------

	static List<Doc> read(Path p) throws IOException {
		if (Files.isDirectory(p)) {
			List<Path> files;
			try (Stream<Path> s = Files.list(p)) {
				files = s.filter(Files::isRegularFile).filter(f -> {
					String n = f.getFileName().toString();
					return n.endsWith(".txt") || n.endsWith(".md");
				}).sorted().toList();
			}
			List<Doc> docs = new ArrayList<>();
			for (Path f : files) {
				docs.add(readFile(f));
			}
			return docs;
		}
		if (!Files.isRegularFile(p)) {
			throw new UncheckedIOException(new IOException("no such file or directory: " + p));
		}
		return List.of(readFile(p));
	}

	private static Doc readFile(Path f) throws IOException {
		return new Doc(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
	}

	/**
	 * The largest document in full, then the other documents' bodies (first top-level heading up to "Nơi
	 * nhận") in turn, cycled, line by line until {@code size} UTF-8 bytes (or chars). Null when there is no
	 * text.
	 */
	static Doc synthetic(List<Doc> docs, String name, int size, boolean bytes) {
		Doc largest = docs.stream().max((a, b) -> Integer.compare(a.text().length(), b.text().length())).orElseThrow();
		List<List<String>> bodies = new ArrayList<>();
		for (Doc d : docs) {
			if (d != largest || docs.size() == 1) {
				List<String> body = body(d.text());
				if (!body.isEmpty()) {
					bodies.add(body);
				}
			}
		}
		if (bodies.isEmpty()) {
			return null;
		}
		StringBuilder sb = new StringBuilder(size + 2000).append(largest.text());
		if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') {
			sb.append('\n');
		}
		long length = bytes ? largest.bytes() : sb.length();
		outer: while (true) {
			for (List<String> body : bodies) {
				for (String line : body) {
					if (length >= size) {
						break outer;
					}
					sb.append(line).append('\n');
					length += (bytes ? line.getBytes(StandardCharsets.UTF_8).length : line.length()) + 1;
				}
			}
		}
		return new Doc(name, sb.toString());
	}

	/** Lines from the first top-level heading to before the recipients' block; all lines when no heading. */
	private static List<String> body(String text) {
		List<String> lines = Arrays.asList(text.split("\n", -1));
		int start = 0;
		for (int i = 0; i < lines.size(); i++) {
			if (TOP_HEADING.matcher(lines.get(i)).find()) {
				start = i;
				break;
			}
		}
		int end = lines.size();
		for (int i = start; i < lines.size(); i++) {
			if (RECIPIENTS.matcher(lines.get(i)).find()) {
				end = i;
				break;
			}
		}
		List<String> body = lines.subList(start, end);
		return body.stream().allMatch(String::isBlank) ? List.of() : body;
	}

	// -------------------------------------------------------------------------------------------------

	private static void printHeader(int runs, int warmup, List<String> paths, int count) {
		Runtime rt = Runtime.getRuntime();
		System.out.printf(Locale.ROOT, "trienkhai bench parse: %d documents from %s%n", count, String.join(" ", paths));
		System.out.printf(Locale.ROOT, "java %s (%s), %d CPU(s) visible, max heap %d MB, JVM options: %s%n",
				System.getProperty("java.version"), System.getProperty("java.vm.name"), rt.availableProcessors(),
				rt.maxMemory() / (1024 * 1024), String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
		System.out.printf(Locale.ROOT, "load average (1, 5, 15 min): %s%n", loadAverage());
		System.out.printf(Locale.ROOT, "single thread; %d measured parses per document after warm-up; times from "
				+ "System.nanoTime around PlanParser.parse; median and p95 by nearest rank%n", runs);
		System.out.println("baseline, same run, same text, interleaved with the parses: Normalizer.normalize(text, NFC),");
		System.out.println("  split into lines at '\\n', each line toLowerCase(Locale.ROOT)");
		System.out.println("synthetic plans: the largest document in full, then the bodies (first top-level heading \"I.\"");
		System.out.printf(Locale.ROOT, "  up to \"Nơi nhận\") of the others in turn, cycled, until >= %,d UTF-8 bytes (30 KB), "
				+ "resp. >= %,d chars%n", SYNTHETIC_BYTES, SYNTHETIC_CHARS);
	}

	private static String loadAverage() {
		try {
			String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return f[0] + " " + f[1] + " " + f[2];
		}
		catch (IOException | RuntimeException e) {
			double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
			return l < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", l);
		}
	}

	private static void printTable(List<Result> results, List<Doc> synthetic, int inputCount) {
		String row = "%-44s %7s %7s %6s %9s %8s %11s %8s %6s%n";
		System.out.printf(Locale.ROOT, row, "document", "KB", "chars", "tasks", "median ms", "p95 ms", "baseline ms",
				"ratio", "docs/s");
		for (Result r : results) {
			double med = r.parseMedian();
			double base = r.baseMedian();
			System.out.printf(Locale.ROOT, row, shorten(r.doc().name(), 44), String.format(Locale.ROOT, "%.1f",
					r.doc().bytes() / 1024.0), String.format(Locale.ROOT, "%,d", r.doc().text().length()), r.tasks(),
					String.format(Locale.ROOT, "%.2f", med), String.format(Locale.ROOT, "%.2f", percentile(r.parseMs(), 95)),
					String.format(Locale.ROOT, "%.3f", base), String.format(Locale.ROOT, "%.0fx", med / base),
					String.format(Locale.ROOT, "%.0f", 1000 / mean(r.parseMs())));
		}
		List<Result> inputs = results.subList(0, inputCount);
		double[] pooled = inputs.stream().flatMapToDouble(r -> Arrays.stream(r.parseMs())).toArray();
		double[] pooledBase = inputs.stream().flatMapToDouble(r -> Arrays.stream(r.baseMs())).toArray();
		double med = percentile(pooled, 50);
		double base = percentile(pooledBase, 50);
		double meanMs = mean(pooled);
		System.out.println();
		System.out.printf(Locale.ROOT,
				"all %d input documents (synthetic excluded): median %.2f ms, p95 %.2f ms, baseline median %.3f ms, "
						+ "ratio %.0fx%n",
				inputCount, med, percentile(pooled, 95), base, med / base);
		System.out.printf(Locale.ROOT, "throughput, one core: mean %.2f ms per document = %.0f documents/s%n", meanMs,
				1000 / meanMs);
		for (Result s : results.subList(inputCount, results.size())) {
			double sm = s.parseMedian();
			System.out.printf(Locale.ROOT, "target (issue 3) median <= %.0f ms for a 30 KB plan: %s — %s, %.1f KB, %,d "
					+ "chars: median %.2f ms, p95 %.2f ms%n", TARGET_MS, sm <= TARGET_MS ? "PASS" : "FAIL", s.doc().name(),
					s.doc().bytes() / 1024.0, s.doc().text().length(), sm, percentile(s.parseMs(), 95));
		}
		if (synthetic.isEmpty()) {
			System.out.println("target (issue 3): not checked, no text to build the synthetic 30 KB plan from");
		}
	}

	private static String shorten(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

	/** Nearest-rank percentile. */
	static double percentile(double[] values, int p) {
		double[] v = values.clone();
		Arrays.sort(v);
		int rank = (int) Math.ceil(p / 100.0 * v.length);
		return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
	}

	private static double mean(double[] v) {
		return Arrays.stream(v).average().orElse(Double.NaN);
	}

	private static int positive(String[] args, int i, String name) {
		try {
			int n = Integer.parseInt(args[i]);
			if (n > 0) {
				return n;
			}
		}
		catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
			// falls through
		}
		System.err.println("bench parse: " + name + " needs a positive number");
		System.exit(2);
		return 0;
	}

	private static void usage(java.io.PrintStream out) {
		out.println("usage: ./trienkhai bench parse [--runs N] [--warmup N] [DIR_OR_FILE...]");
		out.println("  N measured parses per document (default 200) after N warm-up parses of each (default 300);");
		out.println("  directories: their .txt and .md files; default: src/test/resources/parse/samples");
	}

}
