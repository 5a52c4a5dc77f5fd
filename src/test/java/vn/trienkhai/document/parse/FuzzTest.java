package vn.trienkhai.document.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * 2,000 random mutations of real plans — deletions, duplicated and shuffled lines, random Unicode, very
 * long lines, truncation — must each parse into a well-formed draft, and all of them within a generous
 * bound: a guard against catastrophic backtracking and quadratic loops. Seeded, so a failure repeats.
 */
class FuzzTest {

	private static final String[] SEEDS = { "samples/binh-thuan-province-plan-64-CTr-TU.txt",
			"samples/district-party-plan-114-KH-TU.txt", "samples/nhu-khe-commune-plan-38-CTr-TU.txt",
			"cases/an-khe-town-plan-88-KH-UBND.txt", "cases/gia-lai-decision-1234-QD-UBND.txt",
			"cases/tan-phu-commune-party-plan-draft.md", "cases/chu-se-district-plan-45-KH-UBND.txt",
			"cases/pdf-wrapped-province-plan-215-KH-UBND.txt", "cases/quang-nam-party-programme-45-CTr-TU.txt",
			"cases/hoa-phong-commune-plan-112-KH-UBND.txt" };

	/** Chars that matter to the patterns, to make random text more hostile than uniform noise. */
	private static final String HOSTILE = "0123456789/-–.,;:()*#|_ \n\tSởBanĐiềuIVXsốngàythángnămquýđạttrên%các\u0301\u0323\uFFFD\u0000\uD800";

	@Test
	void twoThousandMutationsParseWithoutErrorInTime() {
		List<String> seeds = new ArrayList<>();
		for (String seed : SEEDS) {
			seeds.add(TestTexts.read(seed));
		}
		Random random = new Random(20240607);
		int[] parsed = { 0 };
		assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
			for (int i = 0; i < 2000; i++) {
				String seed = seeds.get(random.nextInt(seeds.size()));
				String input = mutate(seed, random, i);
				PlanDraft draft;
				try {
					draft = PlanParser.parse(input);
				}
				catch (RuntimeException e) {
					throw new AssertionError("mutation " + i + " threw", e);
				}
				RobustnessTest.assertWellFormed(draft);
				parsed[0]++;
			}
		});
		assertThat(parsed[0]).isEqualTo(2000);
	}

	private static String mutate(String seed, Random random, int round) {
		String text = seed;
		// most rounds work on a slice, so that the loop stays fast; some on the whole text
		if (round % 10 != 0 && text.length() > 4000) {
			int start = random.nextInt(text.length() - 3000);
			text = text.substring(start, start + 1000 + random.nextInt(2000));
		}
		int steps = 1 + random.nextInt(4);
		for (int s = 0; s < steps; s++) {
			text = switch (random.nextInt(9)) {
				case 0 -> delete(text, random);
				case 1 -> duplicateLines(text, random);
				case 2 -> insertRandomUnicode(text, random);
				case 3 -> longLine(text, random);
				case 4 -> shuffleLines(text, random);
				case 5 -> text.substring(0, random.nextInt(text.length() + 1));
				case 6 -> insertHostile(text, random);
				case 7 -> text.replace('\n', random.nextBoolean() ? ' ' : '|');
				default -> repeatToken(text, random);
			};
		}
		return text;
	}

	private static String delete(String text, Random random) {
		if (text.isEmpty()) {
			return text;
		}
		int start = random.nextInt(text.length());
		int end = Math.min(text.length(), start + random.nextInt(200));
		return text.substring(0, start) + text.substring(end);
	}

	private static String duplicateLines(String text, Random random) {
		List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
		int copies = 1 + random.nextInt(30);
		for (int c = 0; c < copies && !lines.isEmpty(); c++) {
			int at = random.nextInt(lines.size());
			lines.add(at, lines.get(random.nextInt(lines.size())));
		}
		return String.join("\n", lines);
	}

	private static String shuffleLines(String text, Random random) {
		List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
		java.util.Collections.shuffle(lines, random);
		return String.join("\n", lines);
	}

	private static String insertRandomUnicode(String text, Random random) {
		StringBuilder b = new StringBuilder(text);
		int count = 1 + random.nextInt(50);
		for (int c = 0; c < count; c++) {
			char ch = (char) random.nextInt(0x10000);
			b.insert(random.nextInt(b.length() + 1), ch);
		}
		return b.toString();
	}

	private static String insertHostile(String text, Random random) {
		StringBuilder b = new StringBuilder(text);
		int count = 1 + random.nextInt(200);
		int at = random.nextInt(b.length() + 1);
		StringBuilder noise = new StringBuilder();
		for (int c = 0; c < count; c++) {
			noise.append(HOSTILE.charAt(random.nextInt(HOSTILE.length())));
		}
		return b.insert(at, noise).toString();
	}

	/** One very long line: the text's lines joined, or one line repeated. */
	private static String longLine(String text, Random random) {
		if (random.nextBoolean()) {
			return text.replace("\n", " ");
		}
		String[] lines = text.split("\n");
		String line = lines[random.nextInt(lines.length)];
		return text + "\n" + (line + " ").repeat(Math.min(500, 20_000 / (line.length() + 1)));
	}

	/** A token the patterns look for, many times in a row. */
	private static String repeatToken(String text, Random random) {
		String[] tokens = { "36-NQ/", "ngày ", "tháng 4/", "các Sở: ", "phối hợp với ", "sơ kết ", "3 năm, ", "trên ",
				"% ", "1.", "- ", "(", "**", "Số: ", "Điều 2. ", "| ", "tổ chức ", "đến năm 2030 " };
		String token = tokens[random.nextInt(tokens.length)];
		int at = random.nextInt(text.length() + 1);
		return text.substring(0, at) + token.repeat(1 + random.nextInt(1000)) + text.substring(at);
	}

}
