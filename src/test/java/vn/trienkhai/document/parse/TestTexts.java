package vn.trienkhai.document.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

/** Test inputs: files under src/test/resources/parse, and small texts built line by line. */
final class TestTexts {

	private TestTexts() {
	}

	static final Path ROOT = Path.of("src/test/resources/parse");

	static String read(String relative) {
		try {
			return Files.readString(ROOT.resolve(relative), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String lines(String... lines) {
		return String.join("\n", lines);
	}

	static PlanDraft parse(String... lines) {
		return PlanParser.parse(lines(lines));
	}

	/** A plan body around the given implementation items, so that tests need not repeat the frame. */
	static PlanDraft withImplementation(String... items) {
		String[] all = new String[items.length + 6];
		all[0] = "KẾ HOẠCH";
		all[1] = "Thực hiện Nghị quyết số 36-NQ/TW";
		all[2] = "";
		all[3] = "I. MỤC ĐÍCH, YÊU CẦU";
		all[4] = "Nâng cao nhận thức.";
		all[5] = "II. TỔ CHỨC THỰC HIỆN";
		System.arraycopy(items, 0, all, 6, items.length);
		return parse(all);
	}

	/** A plan whose goals part holds the given lines. */
	static PlanDraft withGoals(String... goals) {
		String[] all = new String[goals.length + 4];
		all[0] = "KẾ HOẠCH";
		all[1] = "Phát triển công nghệ sinh học";
		all[2] = "";
		all[3] = "I. MỤC TIÊU";
		System.arraycopy(goals, 0, all, 4, goals.length);
		return parse(all);
	}

	/** What PDF extraction and old editors do to a text: NFD, CRLF, a BOM, old tone placement. */
	static String mangle(String text) {
		String old = text.replace("hòa", "hoà").replace("Hòa", "Hoà").replace("HÒA", "HOÀ").replace("Ủy", "Uỷ")
			.replace("ỦY", "UỶ").replace("ủy", "uỷ").replace("hóa", "hoá");
		return "\uFEFF" + Normalizer.normalize(old, Normalizer.Form.NFD).replace("\n", "\r\n");
	}

}
