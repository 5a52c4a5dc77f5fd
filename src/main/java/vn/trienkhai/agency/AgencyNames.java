package vn.trienkhai.agency;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.trienkhai.platform.VietnameseText;

/**
 * The one place agency names are compared. Plans name the same body in many spellings — "UBND tỉnh",
 * "Ủy ban nhân dân tỉnh", "UỶ BAN NHÂN DÂN TỈNH"; "Sở KH&amp;CN", "Sở Khoa học và Công nghệ"; "Đài Phát thanh -
 * Truyền hình" with a hyphen or an en dash; NFD text from PDFs; old and new tone placement ("Hoà"/"Hòa",
 * "Thuỷ"/"Thủy") — and {@link #matchKey(String)} gives all of them one key, so a body is never created
 * twice. {@link #classify(String)} tells the {@link AgencyType} from a name.
 *
 * <p>The key keeps every letter's own diacritics (ă â ê ô ơ ư đ) and the tone of every syllable, so names
 * that differ in a tone ("Hòa" / "Hóa") or a letter stay apart. What it ignores: case, white space,
 * punctuation (commas, hyphens, dashes, dots, slashes, brackets), invisible characters (soft hyphens,
 * zero-width spaces), Unicode normalisation form, the position
 * of the tone mark within the syllable, the spelling i/y after a consonant ("lí"/"lý", "kĩ"/"kỹ"), the word
 * "và" (so "Khoa học &amp; Công nghệ", "Khoa học và Công nghệ" and "Khoa học, Công nghệ" agree), and the
 * common abbreviations of administrative documents, which are expanded (see {@link #TOKEN_ABBREVIATIONS}
 * and {@link #COMPOUND_ABBREVIATIONS}).
 *
 * <p>Key format: lower-case words separated by one space; a syllable with a tone carries it as a trailing
 * digit (1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng): "Ủy ban nhân dân tỉnh Bình Thuận" → "uy3 ban nhân dân
 * tinh3 binh2 thuân5". Changing the algorithm changes stored keys ({@code agency.match_key}): it needs a
 * migration that recomputes them.
 */
public final class AgencyNames {

	private AgencyNames() {
	}

	/** Combining tone marks (NFD) and the digit each is written as in a key. */
	private static final Map<Character, Character> TONE_DIGITS = Map.of(
			'\u0301', '1', // sắc (acute)
			'\u0300', '2', // huyền (grave)
			'\u0309', '3', // hỏi (hook above)
			'\u0303', '4', // ngã (tilde)
			'\u0323', '5'); // nặng (dot below)

	private static final String B_BEFORE = "(?<![\\p{L}\\p{M}\\p{N}])";

	private static final String B_AFTER = "(?![\\p{L}\\p{M}\\p{N}])";

	/** What may stand between the parts of an abbreviation: "KH&CN", "KH-CN", "KH và CN", "KHCN", "VH,TT&DL". */
	private static final String SEP = "\\s*(?:&|và|-|–|—|,|\\.|/|\\+)?\\s*";

	/**
	 * Abbreviations written in several parts, with or without separators between them. Longest first, so
	 * "LĐ-TB&XH" and "VH,TT&DL" are expanded before any shorter pattern could bite.
	 */
	static final List<Abbreviation> COMPOUND_ABBREVIATIONS = List.of(
			compound("lao động thương binh và xã hội", "l[đd]", "tb", "xh"),
			compound("văn hóa thể thao và du lịch", "vh", "tt", "dl"),
			compound("nông nghiệp và phát triển nông thôn", "nn", "ptnt"),
			compound("nông nghiệp và môi trường", "nn", "mt"),
			compound("tài nguyên và môi trường", "tn", "mt"),
			compound("khoa học và công nghệ", "kh", "cn"),
			compound("kế hoạch và đầu tư", "kh", "[đd]t"),
			compound("giáo dục và đào tạo", "gd", "[đd]t"),
			compound("thông tin và truyền thông", "tt", "tt"),
			compound("giao thông vận tải", "gt", "vt"),
			compound("chính trị xã hội", "ct", "xh"),
			compound("phát thanh truyền hình", "pt", "th"),
			compound("mặt trận tổ quốc việt nam", "mttq", "vn"),
			// T.Ư, T.W, TW — but never the word "Tư" (Sở Tư pháp): the dot is required with Ư
			new Abbreviation(Pattern.compile(B_BEFORE + "(?:t\\.\\s*[ưw]|tw)" + B_AFTER), "trung ương"));

	/** Abbreviations that are one word (after lower-casing; punctuation already split off). */
	static final Map<String, String> TOKEN_ABBREVIATIONS = Map.ofEntries(
			Map.entry("ubnd", "ủy ban nhân dân"),
			Map.entry("ub", "ủy ban"),
			Map.entry("hđnd", "hội đồng nhân dân"),
			Map.entry("hdnd", "hội đồng nhân dân"),
			Map.entry("mttq", "mặt trận tổ quốc"),
			Map.entry("mttqvn", "mặt trận tổ quốc việt nam"),
			Map.entry("ubmttq", "ủy ban mặt trận tổ quốc"),
			Map.entry("ubmttqvn", "ủy ban mặt trận tổ quốc việt nam"),
			Map.entry("vn", "việt nam"),
			Map.entry("ptnt", "phát triển nông thôn"),
			Map.entry("đtn", "đoàn thanh niên"),
			Map.entry("tncs", "thanh niên cộng sản"),
			Map.entry("đtncs", "đoàn thanh niên cộng sản"),
			Map.entry("hcm", "hồ chí minh"),
			Map.entry("lhpn", "liên hiệp phụ nữ"),
			Map.entry("hlhpn", "hội liên hiệp phụ nữ"),
			Map.entry("lđlđ", "liên đoàn lao động"),
			Map.entry("ldld", "liên đoàn lao động"),
			Map.entry("ccb", "cựu chiến binh"),
			Map.entry("hnd", "hội nông dân"),
			Map.entry("btv", "ban thường vụ"),
			Map.entry("ubkt", "ủy ban kiểm tra"),
			Map.entry("chqs", "chỉ huy quân sự"),
			Map.entry("bchqs", "ban chỉ huy quân sự"),
			Map.entry("vp", "văn phòng"),
			Map.entry("bql", "ban quản lý"),
			Map.entry("kcn", "khu công nghiệp"),
			Map.entry("kkt", "khu kinh tế"),
			Map.entry("tp", "thành phố"),
			Map.entry("tx", "thị xã"),
			Map.entry("ttyt", "trung tâm y tế"),
			Map.entry("đh", "đại học"),
			Map.entry("đhqg", "đại học quốc gia"),
			Map.entry("đbqh", "đại biểu quốc hội"),
			Map.entry("xd", "xây dựng"),
			Map.entry("bhxh", "bảo hiểm xã hội"),
			Map.entry("nhnn", "ngân hàng nhà nước"),
			Map.entry("kbnn", "kho bạc nhà nước"));

	/** "TƯ" in upper case inside a mixed-case name is "Trung ương"; "Tư" (Tư pháp) is a word. */
	private static final Pattern UPPER_TU = Pattern.compile(B_BEFORE + "TƯ" + B_AFTER);

	private static final Pattern FORMAT_CHARACTERS = Pattern.compile("\\p{Cf}");

	private static final Pattern HAS_LOWER = Pattern.compile("\\p{Ll}");

	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

	/** A syllable of consonants then i/y: "lý" and "lí", "kỹ" and "kĩ", "Mỹ" and "Mĩ" are one spelling. */
	private static final Pattern CONSONANT_Y = Pattern.compile("^(?:b|c|ch|d|đ|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|r|s|t|th|tr|v|x)y$");

	/** "và" in key form: left out of keys. */
	private static final String AND = "va2";

	/**
	 * The key two spellings of one agency name share: see the class comment. Empty for a name with no
	 * letters or digits.
	 */
	public static String matchKey(String name) {
		return String.join(" ", words(name));
	}

	/** Whether two names denote the same agency (have the same {@link #matchKey(String)}). */
	public static boolean sameAgency(String a, String b) {
		String key = matchKey(a);
		return !key.isEmpty() && key.equals(matchKey(b));
	}

	/** The words of the key, in order. */
	static List<String> words(String name) {
		String text = VietnameseText.clean(name)
			.replace('\u00D0', 'Đ') // Icelandic eth, found for Đ in documents typed with legacy fonts
			.replace('\u00F0', 'đ')
			.replace('\u0189', 'Đ') // African D
			.replace('\uFF06', '&');
		// soft hyphens, zero-width spaces and joiners, byte order marks: left in by PDF and Word extraction
		text = FORMAT_CHARACTERS.matcher(text).replaceAll("");
		if (HAS_LOWER.matcher(text).find()) {
			text = UPPER_TU.matcher(text).replaceAll("trung ương");
		}
		text = text.toLowerCase(Locale.ROOT);
		for (Abbreviation abbreviation : COMPOUND_ABBREVIATIONS) {
			text = abbreviation.expand(text);
		}
		text = text.replace("&", " và ");
		List<String> words = new ArrayList<>();
		for (String token : NON_WORD.split(text)) {
			if (token.isEmpty()) {
				continue;
			}
			String expansion = TOKEN_ABBREVIATIONS.get(Normalizer.normalize(token, Normalizer.Form.NFC));
			for (String word : expansion != null ? expansion.split(" ") : new String[] { token }) {
				String syllable = syllable(word);
				if (!syllable.isEmpty() && !syllable.equals(AND)) {
					words.add(syllable);
				}
			}
		}
		return words;
	}

	/**
	 * One word in key form: the tone mark taken off wherever it sits and written as a digit at the end;
	 * the other diacritics kept; i for y after a consonant.
	 */
	static String syllable(String word) {
		String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
		StringBuilder letters = new StringBuilder(decomposed.length());
		char tone = 0;
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			Character digit = TONE_DIGITS.get(c);
			if (digit != null) {
				tone = digit;
			}
			else {
				letters.append(c);
			}
		}
		String base = Normalizer.normalize(letters, Normalizer.Form.NFC);
		if (CONSONANT_Y.matcher(base).matches()) {
			base = base.substring(0, base.length() - 1) + "i";
		}
		return tone == 0 ? base : base + tone;
	}

	// ---------------------------------------------------------------------------------------------------
	// Classification

	private static final Set<List<String>> LEADING_PLURALS = Set.of(phrase("các"), phrase("những"));

	private static final List<List<String>> STANDING_BOARDS = phrases("ban thường vụ", "thường vụ",
			"bộ chính trị", "ban bí thư");

	private static final List<String> STANDING_MEMBERS = phrase("thường trực");

	/** "Tỉnh ủy", "Đảng ủy" …: a party committee named in the text. */
	private static final List<List<String>> PARTY_COMMITTEE_WORDS = phrases("tỉnh ủy", "thành ủy", "huyện ủy",
			"quận ủy", "thị ủy", "đảng ủy", "cấp ủy", "chi ủy", "xã ủy", "phường ủy", "khu ủy", "đặc khu ủy");

	private static final List<List<String>> PARTY_COMMITTEES = concat(PARTY_COMMITTEE_WORDS,
			phrases("đảng bộ", "chi bộ", "chi đảng bộ", "tổ chức đảng", "tổ chức cơ sở đảng",
					"ban chấp hành đảng bộ", "ban chấp hành trung ương"));

	private static final List<String> EXECUTIVE = phrase("ban chấp hành");

	private static final List<String> PARTY = phrase("đảng");

	private static final List<List<String>> PARTY_BOARDS = phrases("ủy ban kiểm tra", "ban tuyên giáo",
			"ban dân vận", "ban tổ chức", "ban nội chính", "ban xây dựng đảng", "ban chính sách chiến lược",
			"ban bảo vệ chăm sóc sức khỏe cán bộ", "ban kinh tế trung ương", "ban đối ngoại trung ương");

	private static final List<List<String>> PARTY_BOARD_HEADS = phrases("ban", "văn phòng", "cơ quan",
			"ủy ban kiểm tra");

	private static final List<List<String>> ARMED_FORCES = phrases("công an", "bộ chỉ huy quân sự",
			"ban chỉ huy quân sự", "bộ chỉ huy bộ đội biên phòng", "bộ đội biên phòng", "đồn biên phòng",
			"cơ quan quân sự", "quân sự", "bộ tư lệnh", "quân khu", "cảnh sát", "phòng cảnh sát",
			"ban chỉ huy phòng thủ", "ban chỉ huy biên phòng");

	private static final List<String> PEOPLES_COUNCIL = phrase("hội đồng nhân dân");

	private static final List<List<String>> COUNCIL_BODIES = phrases("hội đồng nhân dân",
			"đoàn đại biểu quốc hội");

	private static final List<List<String>> PEOPLES_COMMITTEE = phrases("ủy ban nhân dân");

	private static final List<String> FATHERLAND_FRONT_WORDS = phrase("mặt trận tổ quốc");

	private static final List<List<String>> FATHERLAND_FRONT = phrases("ủy ban mặt trận tổ quốc",
			"mặt trận tổ quốc", "ban thường trực ủy ban mặt trận tổ quốc");

	private static final List<List<String>> MASS_ORGANISATIONS = phrases("hội nông dân", "đoàn thanh niên",
			"tỉnh đoàn", "thành đoàn", "huyện đoàn", "quận đoàn", "thị đoàn", "đoàn thanh niên cộng sản",
			"hội liên hiệp phụ nữ", "liên hiệp phụ nữ", "liên đoàn lao động", "công đoàn", "hội cựu chiến binh",
			"hội chữ thập đỏ", "liên hiệp các hội", "tổ chức chính trị xã hội", "đoàn thể",
			"hội liên hiệp thanh niên");

	private static final List<String> SOCIETY = phrase("hội");

	private static final List<String> COUNCIL = phrase("hội đồng");

	private static final List<List<String>> MINISTRIES = phrases("bộ");

	private static final List<List<String>> DEPARTMENTS = phrases("sở", "ban quản lý", "ban dân tộc",
			"ban tôn giáo", "ban thi đua khen thưởng", "thanh tra", "cục", "chi cục", "tổng cục");

	private static final List<List<String>> OFFICES = phrases("phòng", "văn phòng");

	private static final List<List<String>> CENTRES = phrases("trung tâm");

	private static final List<List<String>> SCHOOLS = phrases("trường", "học viện", "đại học", "cao đẳng",
			"phân hiệu");

	private static final List<List<String>> INSTITUTES = phrases("viện", "phân viện");

	private static final List<List<String>> PRESS = phrases("báo", "đài phát thanh", "đài truyền thanh",
			"đài truyền hình", "đài phát thanh truyền hình", "tạp chí", "thông tấn xã");

	/**
	 * The kind of agency a name denotes, from its head words: "UBND huyện" → PEOPLES_COMMITTEE, "Ban
	 * Tuyên giáo Huyện ủy" → PARTY_BOARD, "Văn phòng UBND tỉnh" → OFFICE. A leading "Các" is skipped
	 * ("Các trường cao đẳng, đại học" → SCHOOL); "Thường trực" makes a party committee its standing body
	 * and is otherwise skipped ("Thường trực HĐND huyện" → PEOPLES_COUNCIL). OTHER when nothing fits.
	 */
	public static AgencyType classify(String name) {
		List<String> w = words(name);
		while (!w.isEmpty() && LEADING_PLURALS.contains(w.subList(0, 1))) {
			w = w.subList(1, w.size());
		}
		if (w.isEmpty()) {
			return AgencyType.OTHER;
		}
		if (startsWithAny(w, STANDING_BOARDS)) {
			return AgencyType.PARTY_STANDING_BOARD;
		}
		if (startsWith(w, STANDING_MEMBERS)) {
			w = w.subList(STANDING_MEMBERS.size(), w.size());
			if (startsWithAny(w, PARTY_COMMITTEES)) {
				return AgencyType.PARTY_STANDING_BOARD;
			}
		}
		if (startsWithAny(w, PARTY_COMMITTEES) || (startsWith(w, EXECUTIVE) && indexOf(w, PARTY) >= 0)) {
			return AgencyType.PARTY_COMMITTEE;
		}
		List<String> head = w;
		boolean namesPartyCommittee = PARTY_COMMITTEE_WORDS.stream().anyMatch(p -> indexOf(head, p) >= 0);
		if (startsWithAny(w, PARTY_BOARDS) || (namesPartyCommittee && startsWithAny(w, PARTY_BOARD_HEADS))) {
			return AgencyType.PARTY_BOARD;
		}
		if (startsWithAny(w, ARMED_FORCES)) {
			return AgencyType.ARMED_FORCES;
		}
		if (startsWithAny(w, COUNCIL_BODIES) || (startsWith(w, phrase("ban")) && indexOf(w, PEOPLES_COUNCIL) >= 0)) {
			return AgencyType.PEOPLES_COUNCIL;
		}
		if (startsWithAny(w, PEOPLES_COMMITTEE)) {
			return AgencyType.PEOPLES_COMMITTEE;
		}
		if (startsWithAny(w, FATHERLAND_FRONT)
				|| (startsWith(w, phrase("ban")) && indexOf(w, FATHERLAND_FRONT_WORDS) >= 0)) {
			return AgencyType.FATHERLAND_FRONT;
		}
		if (startsWithAny(w, MASS_ORGANISATIONS) || (startsWith(w, SOCIETY) && !startsWith(w, COUNCIL))) {
			return AgencyType.MASS_ORGANISATION;
		}
		if (startsWithAny(w, MINISTRIES)) {
			return AgencyType.MINISTRY;
		}
		if (startsWithAny(w, DEPARTMENTS)) {
			return AgencyType.DEPARTMENT;
		}
		if (startsWithAny(w, OFFICES)) {
			return AgencyType.OFFICE;
		}
		if (startsWithAny(w, CENTRES)) {
			return AgencyType.CENTRE;
		}
		if (startsWithAny(w, SCHOOLS)) {
			return AgencyType.SCHOOL;
		}
		if (startsWithAny(w, INSTITUTES)) {
			return AgencyType.RESEARCH_INSTITUTE;
		}
		if (startsWithAny(w, PRESS)) {
			return AgencyType.PRESS;
		}
		return AgencyType.OTHER;
	}

	private static boolean startsWith(List<String> words, List<String> phrase) {
		return words.size() >= phrase.size() && words.subList(0, phrase.size()).equals(phrase);
	}

	private static boolean startsWithAny(List<String> words, List<List<String>> phrases) {
		return phrases.stream().anyMatch(p -> startsWith(words, p));
	}

	private static int indexOf(List<String> words, List<String> phrase) {
		return java.util.Collections.indexOfSubList(words, phrase);
	}

	private static List<String> phrase(String text) {
		return List.copyOf(words(text));
	}

	private static List<List<String>> phrases(String... texts) {
		return Arrays.stream(texts).map(AgencyNames::phrase).toList();
	}

	private static List<List<String>> concat(List<List<String>> a, List<List<String>> b) {
		List<List<String>> all = new ArrayList<>(a);
		all.addAll(b);
		return List.copyOf(all);
	}

	// ---------------------------------------------------------------------------------------------------

	/** An abbreviation found by a pattern over the lower-cased name, and what it stands for. */
	record Abbreviation(Pattern pattern, String expansion) {

		String expand(String text) {
			return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(" " + expansion + " "));
		}

	}

	private static Abbreviation compound(String expansion, String... parts) {
		return new Abbreviation(Pattern.compile(B_BEFORE + String.join(SEP, parts) + B_AFTER), expansion);
	}

}
