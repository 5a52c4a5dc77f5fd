package vn.trienkhai.plan;

import java.util.ArrayList;
import java.util.List;

import vn.trienkhai.platform.VietnameseText;

/**
 * Which of a draft's bodies a task's lead or coordinator text names. The parser gives the text as the plan
 * words it — "Phòng Văn hóa và Thông tin; Trung tâm Văn hóa - Thông tin và Thể thao", "Các phòng: Tài chính -
 * Kế hoạch, Nông nghiệp và Phát triển nông thôn" — and, separately, the bodies themselves, each once; a task
 * is assigned to those bodies, not to the phrase.
 */
final class AssigneeNames {

	private AssigneeNames() {
	}

	/**
	 * The bodies named in {@code text}: the text itself when it is one of {@code bodies}; else each part
	 * between ";" that is one; else every body whose distinctive part (the name without its head word: "Tài
	 * chính - Kế hoạch" of "Phòng Tài chính - Kế hoạch") the text contains; none for a catch-all ("các cơ
	 * quan, đơn vị có liên quan"); else the text as one body.
	 */
	static List<String> resolve(String text, List<String> bodies) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String clean = text.strip();
		if (bodies.contains(clean)) {
			return List.of(clean);
		}
		List<String> parts = new ArrayList<>();
		for (String part : clean.split(";")) {
			String p = part.strip();
			if (!p.isEmpty()) {
				parts.add(p);
			}
		}
		if (parts.size() > 1 && bodies.containsAll(parts)) {
			return parts;
		}
		String folded = " " + words(clean) + " ";
		List<String> found = new ArrayList<>();
		for (String body : bodies) {
			String full = words(body);
			String tail = tail(full);
			if (folded.contains(" " + full + " ") || tail.split(" ").length >= 2 && folded.contains(" " + tail + " ")) {
				found.add(body);
			}
		}
		if (!found.isEmpty()) {
			return found;
		}
		if (isCatchAll(clean)) {
			return List.of();
		}
		return List.of(clean);
	}

	/** "Các cơ quan, đơn vị có liên quan", "các sở, ngành liên quan": nobody in particular. */
	static boolean isCatchAll(String text) {
		String f = words(text);
		return f.startsWith("cac co quan") || f.startsWith("cac don vi") || f.startsWith("cac nganh")
				|| f.startsWith("cac so nganh") || f.startsWith("cac so ban nganh") || f.contains("co lien quan")
				|| f.endsWith("lien quan");
	}

	/** Folded words, punctuation as spaces: "Tài chính - Kế hoạch" → "tai chinh ke hoach". */
	private static String words(String s) {
		return VietnameseText.fold(s).replaceAll("[^a-z0-9]+", " ").strip();
	}

	private static final List<String> HEADS = List.of("uy ban nhan dan", "uy ban mat tran to quoc viet nam", "chi cuc",
			"trung tam", "van phong", "bo chi huy", "ban quan ly", "so", "phong", "ban", "hoi", "cuc", "bo", "dai", "bao",
			"truong", "vien", "cong an", "doan", "lien doan");

	private static String tail(String folded) {
		for (String head : HEADS) {
			if (folded.startsWith(head + " ")) {
				return folded.substring(head.length() + 1);
			}
		}
		return folded;
	}

}
