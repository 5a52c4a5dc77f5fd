package vn.trienkhai.document.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Bad input gives a draft with warnings: never an exception, never a hang. */
class RobustnessTest {

	/** Checks every span and required field; plain loops, as it runs on thousands of drafts. */
	static void assertWellFormed(PlanDraft draft) {
		assertThat(draft).isNotNull();
		assertThat(draft.text()).isNotNull();
		assertThat(draft.document()).isNotNull();
		assertThat(draft.document().kind()).isNotNull();
		assertThat(draft.reporting()).isNotNull();
		assertThat(draft.warnings()).as("warnings %s", draft.warnings()).noneMatch(w -> w.code().equals("PARSE_FAILED"));
		int length = draft.text().length();
		for (PlanDraft.Reference r : draft.references()) {
			check(r.span(), length, r);
		}
		for (PlanDraft.Target t : draft.targets()) {
			check(t.span(), length, t);
			check(t.value() != null, t);
		}
		for (PlanDraft.AgencyMention a : draft.agencies()) {
			check(a.span(), length, a);
			check(!a.name().isBlank(), a);
		}
		for (PlanDraft.Task t : draft.tasks()) {
			check(t.span(), length, t);
		}
		for (PlanDraft.Deadline d : draft.deadlines()) {
			check(d.span(), length, d);
			check(!d.date().isBlank(), d);
		}
		for (PlanDraft.Section s : draft.sections()) {
			checkSection(s, length);
		}
	}

	private static void checkSection(PlanDraft.Section s, int length) {
		check(s.span(), length, s);
		for (PlanDraft.Section c : s.children()) {
			check(c.span().start() >= s.span().start() && c.span().end() <= s.span().end(), c);
			checkSection(c, length);
		}
	}

	private static void check(PlanDraft.Span span, int length, Object item) {
		check(span.start() >= 0 && span.start() <= span.end() && span.end() <= length, item);
	}

	private static void check(boolean ok, Object item) {
		if (!ok) {
			throw new AssertionError("malformed: " + item);
		}
	}

	private static boolean warned(PlanDraft draft, String code) {
		return draft.warnings().stream().anyMatch(w -> w.code().equals(code));
	}

	@Test
	void emptyAndBlankText() {
		for (String text : new String[] { null, "", "   \n\t\r\n  ", "\uFEFF" }) {
			PlanDraft draft = PlanParser.parse(text);
			assertWellFormed(draft);
			assertThat(warned(draft, "EMPTY_TEXT")).isTrue();
			assertThat(draft.sections()).isEmpty();
		}
	}

	@Test
	void binaryGarbageDecodedAsText() {
		byte[] bytes = new byte[40_000];
		new Random(7).nextBytes(bytes);
		for (String text : new String[] { new String(bytes, StandardCharsets.UTF_8),
				new String(bytes, StandardCharsets.ISO_8859_1), new String(bytes, StandardCharsets.UTF_16LE) }) {
			PlanDraft draft = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> PlanParser.parse(text));
			assertWellFormed(draft);
			assertThat(draft.warnings()).isNotEmpty();
		}
		assertThat(warned(PlanParser.parse(new String(bytes, StandardCharsets.UTF_8)), "TEXT_UNREADABLE")).isTrue();
	}

	@Test
	void proseWithoutStructure() {
		PlanDraft draft = PlanParser.parse("Hôm nay trời đẹp. Chúng tôi đi chơi công viên và ăn kem.");
		assertWellFormed(draft);
		assertThat(warned(draft, "NO_STRUCTURE")).isTrue();
		assertThat(warned(draft, "ISSUER_UNKNOWN")).isTrue();
		assertThat(warned(draft, "KIND_UNKNOWN")).isTrue();
	}

	/** Inputs shaped to make regular expressions backtrack or loops go quadratic. */
	@Test
	void pathologicalInputsFinishQuickly() {
		String[] inputs = { "a".repeat(300_000), "1,".repeat(50_000) + " năm", "Sở ".repeat(30_000),
				"ngày ".repeat(30_000) + "15/11", "((((((((((".repeat(10_000), "*".repeat(100_000),
				"\u0301".repeat(100_000), "36-NQ/".repeat(20_000), "- ".repeat(50_000), "1.".repeat(50_000),
				"I. ".repeat(30_000), "sơ kết 3 năm, ".repeat(10_000), "các Sở: Y tế, ".repeat(10_000),
				"xong trong la la ".repeat(10_000) + "tháng 4/2024", "đạt trên 60% ".repeat(15_000),
				"| a | b |\n".repeat(15_000), "KẾ HOẠCH\n".repeat(15_000), "Số: ".repeat(30_000),
				("phối hợp với các sở, ngành, " + "x".repeat(50)).repeat(2_000), "\n".repeat(300_000),
				"II. TỔ CHỨC THỰC HIỆN\n" + "1. Sở Y tế chủ trì, phối hợp với Sở Tài chính.\n".repeat(5_000),
				"I. MỤC TIÊU\n" + "- Có 5 doanh nghiệp đến năm 2030.\n".repeat(5_000) };
		for (String input : inputs) {
			PlanDraft draft = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PlanParser.parse(input),
					() -> "too slow on " + input.substring(0, Math.min(40, input.length())));
			assertWellFormed(draft);
		}
	}

	@Test
	void overlongInputIsCutWithAWarning() {
		PlanDraft draft = PlanParser.parse("x".repeat(PlanParser.MAX_CHARS + 10));
		assertThat(warned(draft, "TEXT_TRUNCATED")).isTrue();
		assertThat(draft.text().length()).isLessThanOrEqualTo(PlanParser.MAX_CHARS);
	}

}
