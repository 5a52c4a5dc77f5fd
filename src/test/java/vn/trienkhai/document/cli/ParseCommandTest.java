package vn.trienkhai.document.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command on real files in a temporary directory. */
class ParseCommandTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Path SAMPLE = Path.of("src/test/resources/parse/samples/nhu-khe-commune-plan-38-CTr-TU.txt");

	private static final Path GOLD = Path.of("src/test/resources/parse/samples/nhu-khe-commune-plan-38-CTr-TU.gold.json");

	private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();

	private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

	private int run(String... args) {
		return ParseCommand.run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
				new PrintStream(errBytes, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return outBytes.toString(StandardCharsets.UTF_8);
	}

	private List<String> errLines() {
		String err = errBytes.toString(StandardCharsets.UTF_8);
		return err.isEmpty() ? List.of() : List.of(err.split("\n"));
	}

	@Test
	void printsTheDraftOfASample(@TempDir Path dir) throws Exception {
		Path file = Files.copy(SAMPLE, dir.resolve("nhu-khe.txt"));
		assertThat(run(file.toString())).isEqualTo(0);
		assertThat(errLines()).isEmpty();
		JsonNode draft = JSON.readTree(out());
		JsonNode gold = JSON.readTree(Files.readString(GOLD));
		// the gold says the plan has no number of its own (left blank); 38-CTr/TU is what it implements
		assertThat(draft.get("document").get("number")).isEqualTo(gold.get("document").get("number"));
		assertThat(draft.get("document").get("kind").asString()).isEqualTo("KE_HOACH");
		assertThat(draft.get("references").get(0).get("number").asString()).isEqualTo("38-CTr/TU");
		assertThat(draft.has("text")).isFalse();
	}

	@Test
	void severalFilesGiveOneCompleteObjectEach(@TempDir Path dir) throws Exception {
		Path a = Files.copy(SAMPLE, dir.resolve("a.txt"));
		Path b = Files.copy(SAMPLE, dir.resolve("b.md"));
		assertThat(run(a.toString(), b.toString())).isEqualTo(0);
		List<JsonNode> objects = JSON.readValues(JSON.createParser(out()), JsonNode.class).readAll();
		assertThat(objects).hasSize(2);
	}

	@Test
	void writesJsonFilesAndReportsEachFailure(@TempDir Path dir) throws Exception {
		Path good = Files.copy(SAMPLE, dir.resolve("nhu-khe.txt"));
		Path empty = Files.createFile(dir.resolve("trong.txt"));
		Path missing = dir.resolve("khong-co.docx");
		Path out = dir.resolve("out/json");
		int status = run("--out", out.toString(), missing.toString(), good.toString(), empty.toString(),
				dir.toString());
		assertThat(status).isEqualTo(1);
		assertThat(out()).isEmpty();
		assertThat(errLines()).containsExactly(missing + ": Không tìm thấy tệp.", empty + ": Tệp trống.",
				dir + ": Đây là thư mục, không phải tệp.");
		JsonNode draft = JSON.readTree(Files.readString(out.resolve("nhu-khe.json")));
		assertThat(draft.get("references").get(0).get("number").asString()).isEqualTo("38-CTr/TU");
		assertThat(Files.exists(out.resolve("trong.json"))).isFalse();
	}

	@Test
	void extractionWarningsGoIntoTheJson(@TempDir Path dir) throws Exception {
		Path odd = Files.copy(SAMPLE, dir.resolve("nhu-khe.csv"));
		assertThat(run(odd.toString())).isEqualTo(0);
		JsonNode warnings = JSON.readTree(out()).get("warnings");
		assertThat(warnings.get(0).get("code").asString()).isEqualTo("EXTRACT");
		assertThat(warnings.get(0).get("message").asString()).contains(".csv");
	}

	@Test
	void twoInputsWithOneOutputNameAreNotOverwritten(@TempDir Path dir) throws Exception {
		Path a = Files.copy(SAMPLE, dir.resolve("plan.txt"));
		Path b = Files.copy(SAMPLE, dir.resolve("plan.md"));
		assertThat(run("--out=" + dir.resolve("out"), a.toString(), b.toString())).isEqualTo(1);
		assertThat(errLines()).singleElement().asString().startsWith(b + ": Trùng tên kết quả plan.json");
		assertThat(Files.exists(dir.resolve("out/plan.json"))).isTrue();
	}

	@Test
	void badUsageGivesTwo() {
		assertThat(run()).isEqualTo(2);
		assertThat(errLines()).last().asString().startsWith("usage: ./trienkhai parse");
		assertThat(run("--out")).isEqualTo(2);
		assertThat(run("--verbose", "a.txt")).isEqualTo(2);
		assertThat(run("--out", "dir")).isEqualTo(2);
		assertThat(out()).isEmpty();
	}

	@Test
	void helpGoesToStdout() {
		assertThat(run("--help")).isEqualTo(0);
		assertThat(out()).startsWith("usage: ./trienkhai parse");
	}

}
