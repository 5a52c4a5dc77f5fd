package vn.trienkhai.document.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes NAME.json for every NAME.txt of a directory, for the scorer:
 * {@code python3 /work/shared/tools/score_parse.py GOLD_DIR OUT_DIR}. Run as a program
 * ({@code SampleJsonWriter IN_DIR OUT_DIR}) or through {@link SampleScoreTest}, which writes the samples
 * to {@code target/parse-json}.
 */
public final class SampleJsonWriter {

	private SampleJsonWriter() {
	}

	public static void main(String[] args) throws IOException {
		Path in = Path.of(args.length > 0 ? args[0] : "src/test/resources/parse/samples");
		Path out = Path.of(args.length > 1 ? args[1] : "target/parse-json");
		for (Path written : writeAll(in, out)) {
			System.out.println(written);
		}
	}

	static List<Path> writeAll(Path in, Path out) throws IOException {
		Files.createDirectories(out);
		List<Path> texts;
		try (Stream<Path> files = Files.list(in)) {
			texts = files.filter(p -> p.getFileName().toString().matches(".*\\.(txt|md)$")).sorted().toList();
		}
		List<Path> written = new java.util.ArrayList<>();
		for (Path text : texts) {
			String name = text.getFileName().toString().replaceFirst("\\.(txt|md)$", "");
			PlanDraft draft = PlanParser.parse(Files.readString(text, StandardCharsets.UTF_8));
			Path target = out.resolve(name + ".json");
			Files.writeString(target, PlanDraftJson.write(draft), StandardCharsets.UTF_8);
			written.add(target);
		}
		return written;
	}

}
