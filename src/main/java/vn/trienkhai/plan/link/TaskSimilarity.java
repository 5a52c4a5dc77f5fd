package vn.trienkhai.plan.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.trienkhai.platform.VietnameseText;

/**
 * Suggests which task of a parent plan a task of a child plan carries out, by the similarity of their
 * Vietnamese texts. Plain Java, no state, safe from any thread; a person confirms or rejects each
 * suggestion.
 *
 * <p>Method. Each text is NFC-normalised, lower-cased and brought to one tone placement (the older style
 * the administration uses: "hoà" → "hòa", "thuỷ" → "thủy", never after "q": "quý" stays) and split into
 * syllables. Cut out are: the text in parentheses (usually "(Sở X chủ trì, …)"); names of bodies by their
 * field ("Sở Khoa học và Công nghệ", "Phòng Tài chính - Kế hoạch"); multi-syllable genre phrases ("ủy ban
 * nhân dân", "có liên quan", "chủ trì", "phối hợp", "triển khai", "thực hiện", "công nghệ sinh học" …);
 * the genre stop-syllables that occur in a large share of tasks and say nothing about their topic (see
 * {@link #STOP}); numbers. The features of a text are its syllable unigrams and bigrams
 * (bigrams over the kept syllables) on the accented form, plus the same unigrams and bigrams on the
 * folded form ({@link VietnameseText#fold}: no diacritics, đ → d) at the lower weight
 * {@link #FOLDED_WEIGHT}, so that a PDF that lost its diacritics still matches while "hóa" and "hòa"
 * count as different words. A text without any diacritic gets only the folded features. Weights are
 * sublinear TF (1 + ln tf) times a smoothed IDF, ln(1 + N / df), computed over the union of both task
 * lists; the score is the cosine of the two vectors, in [0, 1].
 */
public final class TaskSimilarity {

	private TaskSimilarity() {
	}

	/** One task: the caller's id and its text. */
	public record Text(long id, String text) {
	}

	/** A suggested link child task → parent task; score in [0, 1], higher = more similar. */
	public record Suggestion(long childId, long parentId, double score) {
	}

	/**
	 * The threshold below which a pair is not suggested; calibrated on the judged pairs in
	 * {@code src/test/resources/plan/link/judgements.tsv} (see docs/performance.md, "Task-link
	 * suggestions").
	 */
	public static final double DEFAULT_MIN_SCORE = 0.10;

	/** Weight of a folded (diacritic-free) feature relative to an accented one. */
	static final double FOLDED_WEIGHT = 0.6;

	/**
	 * Genre syllables of Vietnamese administrative tasks: function words, administrative levels and kinds
	 * of bodies, parts of document numbers, dates. Chosen from the document frequencies of syllables over
	 * the 165 tasks the parser finds in src/test/resources/parse ("các" 97, "và" 85, "ban" 62, "xã" 58,
	 * "tỉnh" 49, "sở" 43, "năm" 40, "phòng" 39 …): they occur in a large share of tasks whatever their
	 * topic. Syllables that are frequent but carry the topic ("báo cáo", "tuyên truyền", "kế hoạch",
	 * "xây dựng", "kinh phí") are kept and weighed down by IDF; multi-syllable genre words are in
	 * {@link #GENRE}.
	 */
	static final Set<String> STOP = Set.of(
			// function words
			"các", "và", "của", "với", "trong", "trên", "cho", "để", "theo", "về", "tại", "đến", "từ", "những",
			"này", "được", "là", "đã", "việc", "có", "hoặc", "nhằm", "đối", "vào", "khi", "nếu", "thì", "một",
			"mỗi", "sau", "qua", "đó", "vì", "như", "đây", "nhất", "đồng", "thời", "giao",
			// levels and kinds of bodies, abbreviations of document numbers
			"sở", "ban", "ngành", "phòng", "ủy", "ubnd", "hđnd", "mttq", "huyện", "tỉnh", "xã", "phường", "tw",
			"nq", "cp", "kh", "ctr", "tu", "qđ", "số",
			// dates
			"năm", "ngày", "tháng", "quý", "hằng", "hàng", "trước", "kỳ");

	/**
	 * Multi-syllable genre phrases cut out (matched on tokens after tone normalisation and lower-casing):
	 * the verbs of assignment, agency and level words, generic objects, and the theme of the whole cascade
	 * ("công nghệ sinh học" is in nearly every task of every plan). The text in parentheses (usually "(Sở X
	 * chủ trì, …)") is cut out as well.
	 */
	private static final Phrases GENRE = new Phrases("ủy ban nhân dân", "hội đồng nhân dân",
			"ủy ban mặt trận tổ quốc việt nam", "mặt trận tổ quốc việt nam", "mặt trận tổ quốc",
			"tổ chức chính trị - xã hội", "tổ chức chính trị xã hội", "có liên quan", "liên quan", "chủ trì", "phối hợp",
			"triển khai", "thực hiện", "tăng cường", "đẩy mạnh", "công tác", "tham mưu", "cơ quan", "đơn vị", "căn cứ",
			"chức năng", "đề nghị", "chịu trách nhiệm", "trách nhiệm", "hoàn thành", "bảo đảm", "đảm bảo", "hiệu quả",
			"quy định", "giai đoạn", "trung tâm", "địa phương", "địa bàn", "thị xã", "thị trấn", "thành phố", "đảng ủy",
			"cấp ủy", "chi bộ", "công nghệ sinh học", "kế hoạch này");

	/**
	 * Names of bodies by their field ("Sở Khoa học và Công nghệ", "Phòng Tài chính - Kế hoạch", "các phòng:
	 * Kinh tế, Tài nguyên và Môi trường"): on the sample plans the field words of a name matched the names
	 * in unrelated tasks more often than they told the topic, so the whole name is cut out: an optional
	 * title ("giám đốc", "trưởng", "chánh") and "các", a head ({@link #AGENCY_HEADS}), then one or more
	 * fields separated by ",", ";", "và" (each optionally with its own head).
	 */
	private static final Phrases AGENCY_FIELDS = new Phrases("khoa học và công nghệ", "khoa học công nghệ",
			"tài chính - kế hoạch", "tài chính kế hoạch", "tài chính", "kế hoạch và đầu tư",
			"nông nghiệp và phát triển nông thôn", "nông nghiệp và môi trường", "tài nguyên và môi trường", "y tế",
			"công thương", "giáo dục và đào tạo", "giáo dục", "nội vụ", "tư pháp", "văn hóa - thông tin và thể thao",
			"văn hóa , thể thao và truyền thanh", "văn hóa , thể thao và du lịch", "văn hóa và thông tin",
			"văn hóa - xã hội", "thông tin và truyền thông", "kinh tế và hạ tầng", "kinh tế", "dịch vụ nông nghiệp",
			"tuyên giáo", "xây dựng đảng", "kiểm tra", "khuyến nông", "chăn nuôi và thú y",
			"trồng trọt và bảo vệ thực vật", "phục vụ hành chính công", "hđnd và ubnd");

	private static final Phrases AGENCY_HEADS = new Phrases("sở", "phòng", "ban", "trung tâm", "văn phòng", "trạm", "bộ",
			"ủy ban");

	private static final Set<String> AGENCY_TITLES = Set.of("giám đốc", "trưởng", "chánh");

	private static final double MAX_SCORE = 1.0;

	/**
	 * For each child text, its best parent texts with score ≥ minScore, best first, at most maxPerChild
	 * each; the result is ordered by child (input order), then score descending (ties: parent input
	 * order). Never throws on blank or odd input: null lists, null elements and null texts give no
	 * suggestions for them.
	 */
	public static List<Suggestion> suggest(List<Text> children, List<Text> parents, int maxPerChild, double minScore) {
		if (children == null || parents == null || maxPerChild <= 0 || children.isEmpty() || parents.isEmpty()
				|| Double.isNaN(minScore)) {
			return List.of();
		}
		Map<String, Integer> vocabulary = new HashMap<>();
		int[][] childTerms = new int[children.size()][];
		double[][] childRaw = new double[children.size()][];
		int[][] parentTerms = new int[parents.size()][];
		double[][] parentRaw = new double[parents.size()][];
		for (int i = 0; i < children.size(); i++) {
			Text t = children.get(i);
			features(t == null ? null : t.text(), vocabulary, childTerms, childRaw, i);
		}
		for (int i = 0; i < parents.size(); i++) {
			Text t = parents.get(i);
			features(t == null ? null : t.text(), vocabulary, parentTerms, parentRaw, i);
		}
		int v = vocabulary.size();
		if (v == 0) {
			return List.of();
		}
		// document frequency over the union of both lists
		int[] df = new int[v];
		int n = 0;
		for (int[] terms : childTerms) {
			n += terms.length > 0 ? 1 : 0;
			for (int term : terms) {
				df[term]++;
			}
		}
		for (int[] terms : parentTerms) {
			n += terms.length > 0 ? 1 : 0;
			for (int term : terms) {
				df[term]++;
			}
		}
		double[] idf = new double[v];
		for (int t = 0; t < v; t++) {
			idf[t] = df[t] == 0 ? 0 : Math.log(1.0 + (double) n / df[t]);
		}
		weigh(childTerms, childRaw, idf);
		weigh(parentTerms, parentRaw, idf);

		// inverted index over the parents: term → (parent, weight)
		int[] postingCount = new int[v];
		for (int[] terms : parentTerms) {
			for (int term : terms) {
				postingCount[term]++;
			}
		}
		int[] start = new int[v + 1];
		for (int t = 0; t < v; t++) {
			start[t + 1] = start[t] + postingCount[t];
		}
		int[] postParent = new int[start[v]];
		double[] postWeight = new double[start[v]];
		int[] fill = Arrays.copyOf(start, v);
		for (int p = 0; p < parentTerms.length; p++) {
			int[] terms = parentTerms[p];
			for (int k = 0; k < terms.length; k++) {
				int at = fill[terms[k]]++;
				postParent[at] = p;
				postWeight[at] = parentRaw[p][k];
			}
		}

		List<Suggestion> out = new ArrayList<>();
		double[] acc = new double[parents.size()];
		int[] best = new int[Math.min(maxPerChild, parents.size())];
		for (int c = 0; c < childTerms.length; c++) {
			int[] terms = childTerms[c];
			if (terms.length == 0) {
				continue;
			}
			Arrays.fill(acc, 0);
			double[] w = childRaw[c];
			for (int k = 0; k < terms.length; k++) {
				int term = terms[k];
				for (int at = start[term]; at < start[term + 1]; at++) {
					acc[postParent[at]] += w[k] * postWeight[at];
				}
			}
			// top maxPerChild by score, ties by parent order: a small insertion list
			int size = 0;
			for (int p = 0; p < acc.length; p++) {
				double s = acc[p];
				if (s <= 0 || Math.min(s, MAX_SCORE) < minScore) {
					continue;
				}
				if (size == best.length && s <= acc[best[size - 1]]) {
					continue;
				}
				int pos = size < best.length ? size++ : size - 1;
				while (pos > 0 && acc[best[pos - 1]] < s) {
					best[pos] = best[pos - 1];
					pos--;
				}
				best[pos] = p;
			}
			long childId = children.get(c).id();
			for (int k = 0; k < size; k++) {
				int p = best[k];
				out.add(new Suggestion(childId, parents.get(p).id(), Math.min(acc[p], MAX_SCORE)));
			}
		}
		return out;
	}

	/** The score of one pair, with IDF over just these two texts (for tests and tools). */
	static double score(String a, String b) {
		List<Suggestion> s = suggest(List.of(new Text(0, a)), List.of(new Text(1, b)), 1, 0.0);
		return s.isEmpty() ? 0.0 : s.get(0).score();
	}

	// ---------------------------------------------------------------------------------------------------

	/** Sublinear TF (already in raw) times IDF, then L2-normalised. */
	private static void weigh(int[][] terms, double[][] raw, double[] idf) {
		for (int i = 0; i < terms.length; i++) {
			double norm = 0;
			for (int k = 0; k < terms[i].length; k++) {
				raw[i][k] *= idf[terms[i][k]];
				norm += raw[i][k] * raw[i][k];
			}
			if (norm > 0) {
				double inv = 1.0 / Math.sqrt(norm);
				for (int k = 0; k < raw[i].length; k++) {
					raw[i][k] *= inv;
				}
			}
		}
	}

	/** Features of one text into terms[i] (distinct term ids) and raw[i] (their TF weight × feature weight). */
	private static void features(String text, Map<String, Integer> vocabulary, int[][] terms, double[][] raw, int i) {
		List<String> syllables = syllables(text);
		Map<String, double[]> counts = new HashMap<>();
		if (!syllables.isEmpty()) {
			boolean accented = false;
			List<String> folded = new ArrayList<>(syllables.size());
			for (String s : syllables) {
				String f = fold(s);
				accented |= !f.equals(s);
				folded.add(f);
			}
			if (accented) {
				addGrams(syllables, "", 1.0, counts);
			}
			addGrams(folded, "~", accented ? FOLDED_WEIGHT : 1.0, counts);
		}
		int[] ids = new int[counts.size()];
		double[] w = new double[counts.size()];
		int k = 0;
		for (Map.Entry<String, double[]> e : counts.entrySet()) {
			ids[k] = vocabulary.computeIfAbsent(e.getKey(), key -> vocabulary.size());
			double[] c = e.getValue();
			w[k] = (1.0 + Math.log(c[0])) * c[1];
			k++;
		}
		terms[i] = ids;
		raw[i] = w;
	}

	private static void addGrams(List<String> syl, String prefix, double weight, Map<String, double[]> counts) {
		for (int k = 0; k < syl.size(); k++) {
			count(prefix + syl.get(k), weight, counts);
			if (k + 1 < syl.size()) {
				count(prefix + syl.get(k) + ' ' + syl.get(k + 1), weight, counts);
			}
		}
	}

	private static void count(String key, double weight, Map<String, double[]> counts) {
		double[] c = counts.computeIfAbsent(key, x -> new double[] { 0, weight });
		c[0]++;
	}

	/** Folded syllables, cached: a language has a few thousand; the cache stops growing at {@link #FOLD_CACHE}. */
	private static final java.util.concurrent.ConcurrentHashMap<String, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();

	private static final int FOLD_CACHE = 50_000;

	private static String fold(String syllable) {
		String f = FOLDED.get(syllable);
		if (f == null) {
			f = VietnameseText.fold(syllable);
			if (FOLDED.size() < FOLD_CACHE) {
				FOLDED.put(syllable, f);
			}
		}
		return f;
	}

	/** The kept syllables of a text, normalised; empty for null or blank. */
	static List<String> syllables(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String s = toneStyle(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
		List<String> tokens = tokens(s);
		List<String> out = new ArrayList<>();
		int n = tokens.size();
		int i = 0;
		while (i < n) {
			int skip = agency(tokens, i);
			if (skip == 0) {
				skip = GENRE.match(tokens, i);
			}
			if (skip > 0) {
				i += skip;
				continue;
			}
			String token = tokens.get(i++);
			if (Character.isLetterOrDigit(token.charAt(0)) && !STOP.contains(token) && !isNumber(token)) {
				out.add(token);
			}
		}
		return out;
	}

	/** Length of an agency name by field at {@code i} (see {@link #AGENCY_FIELDS}), 0 when there is none. */
	private static int agency(List<String> t, int i) {
		int j = i;
		if (j + 1 < t.size() && AGENCY_TITLES.contains(t.get(j) + ' ' + t.get(j + 1))) {
			j += 2;
		}
		else if (j < t.size() && AGENCY_TITLES.contains(t.get(j))) {
			j++;
		}
		if (j < t.size() && t.get(j).equals("các")) {
			j++;
		}
		int head = AGENCY_HEADS.match(t, j);
		if (head == 0) {
			return 0;
		}
		j += head;
		if (j < t.size() && t.get(j).equals(":")) {
			j++;
		}
		int field = AGENCY_FIELDS.match(t, j);
		if (field == 0) {
			return 0;
		}
		j += field;
		while (j < t.size()) {
			int k = j;
			String sep = t.get(k);
			if (sep.equals(",") || sep.equals(";") || sep.equals("và")) {
				k++;
			}
			k += AGENCY_HEADS.match(t, k);
			int more = AGENCY_FIELDS.match(t, k);
			if (more == 0) {
				break;
			}
			j = k + more;
		}
		return j - i;
	}

	/**
	 * Words (runs of letters and digits) and the separators that names use (",", ";", ":", "-"); any other
	 * character ends a word; text in parentheses (up to 300 characters) is dropped.
	 */
	static List<String> tokens(String s) {
		List<String> out = new ArrayList<>();
		int n = s.length();
		int i = 0;
		while (i < n) {
			char c = s.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				int j = i + 1;
				while (j < n && Character.isLetterOrDigit(s.charAt(j))) {
					j++;
				}
				out.add(s.substring(i, j));
				i = j;
				continue;
			}
			if (c == '(') {
				int close = s.indexOf(')', i + 1);
				int open = s.indexOf('(', i + 1);
				if (close > 0 && close - i <= 300 && (open < 0 || open > close)) {
					i = close + 1;
					out.add("|");
					continue;
				}
			}
			switch (c) {
				case ',' -> out.add(",");
				case ';' -> out.add(";");
				case ':' -> out.add(":");
				case '-', '–', '—' -> out.add("-");
				case ' ', '\t', '\n', '\r', '\u00A0' -> {
				}
				default -> out.add("|");
			}
			i++;
		}
		return out;
	}

	/** A set of token sequences, matched longest first at a position of a token list. */
	private static final class Phrases {

		private final Map<String, List<String[]>> byFirst = new HashMap<>();

		Phrases(String... phrases) {
			for (String p : phrases) {
				String[] words = p.split(" ");
				byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
			}
			byFirst.values().forEach(l -> l.sort((a, b) -> b.length - a.length));
		}

		/** The number of tokens of the longest phrase at {@code i}, 0 when none. */
		int match(List<String> tokens, int i) {
			if (i >= tokens.size()) {
				return 0;
			}
			List<String[]> candidates = byFirst.get(tokens.get(i));
			if (candidates == null) {
				return 0;
			}
			for (String[] words : candidates) {
				if (i + words.length <= tokens.size()) {
					boolean all = true;
					for (int k = 1; k < words.length && all; k++) {
						all = words[k].equals(tokens.get(i + k));
					}
					if (all) {
						return words.length;
					}
				}
			}
			return 0;
		}

	}

	private static boolean isNumber(String token) {
		for (int i = 0; i < token.length(); i++) {
			if (!Character.isDigit(token.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	// tone marks over a, e, y and the same tones over o, u (grave, acute, hook, tilde, dot)
	private static final String TONED_A = "àáảãạ";

	private static final String TONED_E = "èéẻẽẹ";

	private static final String TONED_Y = "ỳýỷỹỵ";

	private static final String TONED_O = "òóỏõọ";

	private static final String TONED_U = "ùúủũụ";

	/**
	 * Old (traditional) tone placement for the open syllables "oa", "oe", "uy": "hoà" → "hòa", "khoẻ" →
	 * "khỏe", "thuỷ" → "thủy"; not after "q" ("quý", where "u" belongs to the onset). Closed syllables
	 * ("hoàn", "huỳnh") are written alike in both styles and are left alone. Input is NFC and lower case.
	 */
	static String toneStyle(String s) {
		StringBuilder out = null;
		int n = s.length();
		for (int i = 1; i < n; i++) {
			char c = s.charAt(i);
			if (c < '\u00E0') {
				continue; // every toned a, e, y is above this
			}
			int tone;
			char base;
			if ((tone = TONED_A.indexOf(c)) >= 0 || (tone = TONED_E.indexOf(c)) >= 0) {
				base = 'o';
			}
			else if ((tone = TONED_Y.indexOf(c)) >= 0) {
				base = 'u';
			}
			else {
				continue;
			}
			char prev = s.charAt(i - 1);
			boolean open = i + 1 == n || !Character.isLetter(s.charAt(i + 1));
			boolean afterQ = i >= 2 && s.charAt(i - 2) == 'q';
			if (prev != base || !open || afterQ) {
				continue;
			}
			if (out == null) {
				out = new StringBuilder(s);
			}
			out.setCharAt(i - 1, (base == 'o' ? TONED_O : TONED_U).charAt(tone));
			char plain = TONED_A.indexOf(c) >= 0 ? 'a' : TONED_E.indexOf(c) >= 0 ? 'e' : 'y';
			out.setCharAt(i, plain);
		}
		return out == null ? s : out.toString();
	}

}
