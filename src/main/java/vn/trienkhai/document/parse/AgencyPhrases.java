package vn.trienkhai.document.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of who-does-what in Vietnamese plans. An implementation item opens with its subject — one
 * or more bodies — followed by a colon, a line end, or the first predicate ("chủ trì", "phối hợp", "tham
 * mưu", "tổ chức" …). Predicates are matched in lower case only, so the capitalised words of a name
 * ("Ban Xây dựng Đảng", "Sở Kế hoạch và Đầu tư") are never taken for verbs. A subject lists bodies with
 * commas and semicolons; a list that names a group ("các …") is one collective, not several bodies.
 */
final class AgencyPhrases {

	private AgencyPhrases() {
	}

	/** A phrase of the text: its words (masked, white space collapsed) and its span. */
	record Phrase(String text, int start, int end) {
	}

	/** One body out of a subject. {@code name} may differ from the text when a head was distributed. */
	record Item(String name, boolean collective, boolean vague, int start, int end) {
	}

	/** Predicates that end a subject; lower case, longest first. */
	private static final List<String> VERBS = sorted(List.of("chủ trì", "phối hợp", "tổ chức", "xây dựng",
			"triển khai", "thực hiện", "tham mưu", "đẩy mạnh", "tăng cường", "rà soát", "hướng dẫn", "chỉ đạo",
			"theo dõi", "giám sát", "tuyên truyền", "nghiên cứu", "quán triệt", "chịu trách nhiệm", "có trách nhiệm",
			"căn cứ", "bố trí", "cân đối", "lồng ghép", "hỗ trợ", "đôn đốc", "kiểm tra", "vận động", "phổ biến",
			"đề xuất", "ban hành", "bám sát", "định hướng", "tập trung", "chủ động", "tích cực", "ưu tiên",
			"quan tâm", "lãnh đạo", "phát huy", "báo cáo", "tổng hợp", "cung cấp", "thẩm định", "là", "giúp",
			"cụ thể hóa", "nâng cao", "đưa", "thường xuyên", "kịp thời", "khẩn trương", "sớm", "nghiêm túc",
			"hằng năm", "hàng năm", "định kỳ", "trình", "phê duyệt", "xem xét", "đánh giá", "tiếp tục", "đổi mới",
			"mở rộng", "huy động", "thu hút", "khuyến khích", "tạo điều kiện", "đảm bảo", "bảo đảm", "ký kết",
			"hoàn thiện", "cập nhật", "phụ trách", "điều phối", "kiện toàn", "thành lập", "chuẩn bị", "biên soạn",
			"công khai", "gửi", "tiếp nhận", "có", "cần", "phải", "được", "sẽ", "nêu cao", "vào cuộc", "làm tốt",
			"phân công", "đề nghị", "yêu cầu", "chỉ trì", "tăng", "thống nhất", "nắm", "dự toán", "lập",
			"hướng", "trực tiếp", "duy trì", "quyết định", "phân bổ", "theo chức năng", "theo nhiệm vụ",
			"trong phạm vi", "căn cứ chức năng", "tùy theo", "tuỳ theo", "đào tạo", "ứng dụng", "chuyển giao",
			"tập huấn", "vận hành", "xúc tiến", "kêu gọi", "thẩm tra", "giám định", "nhân rộng", "kết nối", "lựa chọn", "khảo sát", "điều tra",
			"đăng ký", "bồi dưỡng", "kiểm soát", "bảo tồn", "quảng bá", "giới thiệu", "tích hợp", "số hóa",
			"đầu tư", "tiến hành", "hoàn thành", "xử lý", "tiếp thu", "sử dụng", "áp dụng", "khai thác",
			"giải quyết", "thực thi", "thi hành", "nghiên cứu", "phối kết hợp", "tiếp cận", "rà soát"));
	// not listed, as they occur in lower case inside names: "phát triển" (Sở Nông nghiệp và phát triển
	// nông thôn), "quản lý" (Ban quản lý), "cấp" (các cấp)

	/** Further words that end a coordinator list ("phối hợp với X trong …", "… để …"). */
	private static final List<String> COORDINATOR_STOPS = sorted(List.of("trong", "để", "nhằm", "theo", "về",
			"tại", "khi", "đối với", "cho", "trên cơ sở", "thông qua", "kết quả", "tình hình", "tiến độ", "trước",
			"vào", "việc", "công tác", "các nội dung", "nội dung"));

	/** "Giao", "Đề nghị" … before a subject: dropped. */
	private static final List<String> IMPERATIVES = List.of("kinh de nghi ", "de nghi ", "giao cho ", "giao ",
			"yeu cau ", "phan cong ", "chi dao ", "trach nhiem cua ", "nhiem vu cua ", "doi voi ");

	/** Names with a comma inside, which a comma must not split. */
	private static final Pattern COMMA_NAMES = Pattern.compile(
			"Văn hóa,\\s*Thể thao và Du lịch|Văn hóa,\\s*Khoa học và Thông tin|Văn hóa,\\s*Thông tin,?\\s*Thể thao"
					+ "(?: và Du lịch)?|Lao động,\\s*Thương binh và Xã hội|Văn hóa,\\s*Thông tin và Thể thao",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Words that name no particular body ("các sở, ban, ngành", "cơ quan, đơn vị"), folded. */
	private static final Set<String> GENERIC = Set.of("so", "ban", "nganh", "co", "quan", "don", "vi", "dia",
			"phuong", "to", "chuc", "ca", "nhan", "doan", "the", "hoi", "phong", "cap", "chuyen",
			"mon", "truc", "thuoc", "va", "khac", "nha", "nuoc", "lien", "tren", "trung", "uong", "cac", "nhung",
			"moi", "tat", "nang", "huu", "doi", "tuong", "tham", "gia");

	/** Place words: generic only beside generic body words ("các sở, ban, ngành tỉnh"). */
	private static final Set<String> PLACES = Set.of("tinh", "huyen", "xa", "thi", "thanh", "pho", "phuong",
			"tran", "quan", "dia", "ban");

	/** Bare kinds of body that, after a plural, continue the group ("Các Sở, Ban, Ngành"). */
	private static final Set<String> BARE_KINDS = Set.of("so", "ban", "nganh", "phong", "co quan", "don vi",
			"dia phuong", "doan the", "hoi", "to chuc", "cap", "ban nganh", "so nganh");

	/** Heads whose name may be distributed over a list ("các Sở: Y tế, Tài chính"). */
	private static final Pattern DISTRIBUTED = Pattern.compile(
			"^(?:(?:các|Các|những|Những)\\s+)?(Sở|sở|Phòng|phòng|Ban|ban|Bộ|bộ|Cục|cục|Chi cục|chi cục|Trung tâm|"
					+ "trung tâm|Hội|hội|Trường|trường|Viện|viện|Đài|đài|Báo|báo)(?:\\s*:\\s*|\\s+)(?=\\p{Lu})");

	/** A colon after a plural head ("các Sở:") introduces the names, it does not end the subject. */
	private static final Pattern SHARED_HEAD_COLON = Pattern.compile(
			"(?:các|Các|những|Những)\\s+(?:Sở|sở|Phòng|phòng|Ban|ban|Bộ|bộ|Cục|cục|Hội|hội|Trường|trường|Trung tâm|"
					+ "Viện|viện)(?:\\s*,\\s*(?:ban|Ban|ngành|Ngành|đơn vị|cơ quan))*\\s*$");

	/**
	 * A plural of generic kinds before a colon ("Các sở, ban, ngành: Y tế, Công Thương", "các phòng, ban:
	 * Kinh tế, …"): the names after it are of the first kind, which is distributed over them.
	 */
	private static final Pattern GROUP_COLON = Pattern.compile(
			"^(?:các|Các|những|Những)\\s+(sở|Sở|phòng|Phòng)(?:\\s*,\\s*(?:ban|Ban|ngành|Ngành|đơn vị|cơ quan))+\\s*:\\s*");

	private static List<String> sorted(List<String> words) {
		List<String> list = new ArrayList<>(new java.util.LinkedHashSet<>(words));
		list.sort(Comparator.comparingInt(String::length).reversed());
		return List.copyOf(list);
	}

	/**
	 * The subject at {@code from} (an item's first words), up to {@code limit}: a body, or a list of
	 * bodies; null when the words there do not start with a body ("Chủ trì …", "Hằng năm, …").
	 */
	static Phrase subject(ParseContext ctx, int from, int limit) {
		String plain = ctx.plain;
		String folded = ctx.folded;
		int i = skipLead(plain, from, limit);
		for (String imperative : IMPERATIVES) {
			if (folded.startsWith(imperative, i)) {
				i = skipLead(plain, i + imperative.length(), limit);
				break;
			}
		}
		if (i >= limit) {
			return null;
		}
		String head = plain.substring(i, Math.min(limit, i + 160));
		int headLength = OrgNames.headLength(head);
		if (headLength == 0 && OrgNames.startsWithTitle(head) && OrgNames.startsWithHead(OrgNames.stripTitle(head))) {
			headLength = 1; // "Giám đốc Sở …": scan on from inside the title
		}
		if (headLength == 0) {
			return null;
		}
		int end = scan(plain, i + headLength, limit, false);
		if (end < 0) {
			return null;
		}
		return phrase(plain, i, end);
	}

	/**
	 * The bodies after "phối hợp với" at {@code from}: a list that may start with "các" and ends at a
	 * predicate or a preposition ("… trong công tác", "… để …").
	 */
	static Phrase coordinators(ParseContext ctx, int from, int limit) {
		int i = skipLead(ctx.plain, from, limit);
		if (i >= limit) {
			return null;
		}
		int end = scan(ctx.plain, i, limit, true);
		if (end < 0 || end <= i) {
			return null;
		}
		return phrase(ctx.plain, i, end);
	}

	private static Phrase phrase(String plain, int start, int end) {
		int e = end;
		while (e > start && ",;:.-–—/ ".indexOf(plain.charAt(e - 1)) >= 0) {
			e--;
		}
		String text = VnText.collapse(plain.substring(start, e));
		if (text.endsWith(" và")) {
			text = text.substring(0, text.length() - 3);
			e -= 3;
		}
		if (VnText.letterCount(text) < 2) {
			return null;
		}
		return new Phrase(text, start, e);
	}

	private static int skipLead(String plain, int from, int limit) {
		int i = from;
		while (i < limit && " -–—•·+*#>\t".indexOf(plain.charAt(i)) >= 0) {
			i++;
		}
		return i;
	}

	/**
	 * The end of a subject starting before {@code from}: a colon, a bracket, a sentence end, the limit, or
	 * the first predicate; -1 when it runs on too long to be a subject.
	 */
	private static int scan(String plain, int from, int limit, boolean coordinator) {
		int words = 0;
		boolean wordStart = true;
		String previous = "";
		int previousStart = -1;
		for (int j = from; j < limit; j++) {
			char c = plain.charAt(j);
			if (c == ':' && !coordinator && SHARED_HEAD_COLON.matcher(plain.substring(Math.max(0, j - 40), j)).find()) {
				continue; // "các Sở: Y tế, Tài chính"
			}
			if (c == ':' || c == '(' || c == ')' || c == '\n' || c == '[') {
				return j;
			}
			if (c == '.' && (j + 1 >= limit || plain.charAt(j + 1) == ' ' || plain.charAt(j + 1) == '/')) {
				if (!abbreviation(plain, j)) {
					return j;
				}
			}
			if (coordinator && (c == ';' || c == '.')) {
				return j;
			}
			if ((c == '-' || c == '–') && j > from && plain.charAt(j - 1) == ' ' && j + 2 < limit
					&& plain.charAt(j + 1) == ' ' && Character.isLowerCase(plain.charAt(j + 2))
					&& !plain.startsWith("xã", j + 2) && !plain.startsWith("nghề", j + 2)
					&& !plain.startsWith("kỹ", j + 2)) {
				return j; // "Sở Y tế - cơ quan thường trực": an apposition, not the name
			}
			if (Character.isWhitespace(c) || c == ',' || c == ';') {
				wordStart = true;
				continue;
			}
			if (wordStart) {
				wordStart = false;
				words++;
				if (words > 60) {
					return -1;
				}
				if (startsVerb(plain, j, previous) || (coordinator && startsAny(plain, j, COORDINATOR_STOPS))) {
					return j;
				}
				previousStart = j;
				int e = j;
				while (e < limit && Character.isLetter(plain.charAt(e))) {
					e++;
				}
				previous = plain.substring(previousStart, e);
			}
		}
		return words > 25 ? -1 : limit;
	}

	/** "TP." "Tp." "v.v." are not sentence ends. */
	private static boolean abbreviation(String plain, int dot) {
		int b = dot;
		while (b > 0 && Character.isLetter(plain.charAt(b - 1))) {
			b--;
		}
		String word = plain.substring(b, dot);
		return word.length() >= 1 && word.length() <= 2 && Character.isUpperCase(word.charAt(0)) && dot - b <= 2
				|| word.equals("v");
	}

	/**
	 * A predicate at j. "tổ chức" after "các"/"những"/"và" or before "chính trị", "đoàn thể", "hội" … is
	 * the noun (an organisation), not the verb.
	 */
	private static boolean startsVerb(String plain, int j, String previous) {
		if (!startsAny(plain, j, VERBS)) {
			return false;
		}
		if (plain.startsWith("có liên quan", j) || plain.startsWith("được giao", j)) {
			return false; // part of the noun phrase: "các đơn vị có liên quan"
		}
		if (plain.startsWith("tổ chức", j)) {
			String prev = previous.toLowerCase(java.util.Locale.ROOT);
			if (prev.equals("các") || prev.equals("những") || prev.equals("và") || prev.equals("mọi")) {
				return false;
			}
			String next = VnText.fold(plain.substring(j + 7, Math.min(plain.length(), j + 30))).strip();
			for (String noun : List.of("chinh tri", "doan the", "hoi", "dang", "co so", "thanh vien", "xa hoi",
					"kinh te", "quoc te", "tin dung", "khoa hoc")) {
				if (next.startsWith(noun)) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean startsAny(String plain, int j, List<String> words) {
		for (String w : words) {
			if (plain.startsWith(w, j)) {
				int e = j + w.length();
				if (e >= plain.length() || !Character.isLetterOrDigit(plain.charAt(e))) {
					return true;
				}
			}
		}
		return false;
	}

	// ---------------------------------------------------------------------------------------------------
	// Splitting a subject into bodies

	/**
	 * The bodies of a subject: split at semicolons and commas, official titles mapped to their bodies,
	 * a shared head distributed ("các Sở: Y tế, Tài chính" → "Sở Y tế", "Sở Tài chính"), pieces in lower
	 * case joined to the body before ("UBND các huyện, thị xã, thành phố"). When what remains of a
	 * semicolon part names a group ("…, các tổ chức chính trị - xã hội"), the part stays one collective.
	 */
	static List<Item> split(ParseContext ctx, Phrase phrase) {
		List<Item> out = new ArrayList<>();
		String plain = ctx.plain;
		boolean[] protectedComma = protectedCommas(plain, phrase);
		int partStart = phrase.start();
		for (int i = phrase.start(); i <= phrase.end(); i++) {
			if (i == phrase.end() || plain.charAt(i) == ';') {
				splitPart(ctx, partStart, i, protectedComma, phrase.start(), out);
				partStart = i + 1;
			}
		}
		return out;
	}

	private static boolean[] protectedCommas(String plain, Phrase phrase) {
		boolean[] prot = new boolean[phrase.end() - phrase.start() + 1];
		Matcher m = COMMA_NAMES.matcher(plain);
		m.region(phrase.start(), phrase.end());
		while (m.find()) {
			for (int k = m.start(); k < m.end(); k++) {
				prot[k - phrase.start()] = true;
			}
		}
		return prot;
	}

	/** A piece of a list: its span and the name it gives. */
	private static final class Piece {

		int start;

		int end;

		String name;

		Piece(int start, int end, String name) {
			this.start = start;
			this.end = end;
			this.name = name;
		}

	}

	private static void splitPart(ParseContext ctx, int from, int to, boolean[] prot, int base, List<Item> out) {
		String plain = ctx.plain;
		String groupHead = null;
		int lead = from;
		while (lead < to && Character.isWhitespace(plain.charAt(lead))) {
			lead++;
		}
		String leadText = OrgNames.stripTitle(plain.substring(lead, Math.min(to, lead + 80)));
		Matcher groupColon = GROUP_COLON.matcher(leadText);
		if (groupColon.find()) {
			int colon = plain.indexOf(':', lead);
			if (colon >= 0 && colon < to) {
				groupHead = VnText.capitalize(groupColon.group(1));
				from = colon + 1;
			}
		}
		List<Piece> raw = new ArrayList<>();
		int depth = 0;
		int s = from;
		for (int i = from; i <= to; i++) {
			char c = i < to ? plain.charAt(i) : ',';
			if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth = Math.max(0, depth - 1);
			}
			else if (c == ',' && depth == 0 && (i >= to || !prot[i - base])) {
				addPiece(plain, s, i, raw);
				s = i + 1;
			}
		}
		// "X và Giám đốc Y", "X và Hội Nông dân": "và" before a title or a singular head also separates
		List<Piece> pieces = new ArrayList<>();
		for (Piece p : raw) {
			splitOnAnd(plain, p, pieces);
		}
		List<Piece> items = new ArrayList<>();
		String distributed = groupHead;
		boolean colonList = groupHead != null;
		for (Piece p : pieces) {
			String name = OrgNames.stripTitle(p.name);
			String f = VnText.fold(name);
			Matcher d = DISTRIBUTED.matcher(name);
			// "các Sở: Y tế, …" (any head with a colon), "các sở Y tế, …" (departments only: "các trường
			// Đại học, …" describes a group)
			if (d.find() && (name.contains(":") || ((f.startsWith("cac ") || f.startsWith("nhung "))
					&& VnText.fold(d.group(1)).matches("so|phong|ban|bo|cuc|chi cuc")))) {
				distributed = VnText.capitalize(d.group(1));
				colonList = true;
				items.add(new Piece(p.start, p.end, distributed + " " + name.substring(d.end()).strip()));
				continue;
			}
			boolean upper = VnText.startsUpper(name);
			boolean head = OrgNames.startsWithHead(name);
			boolean plural = f.startsWith("cac ") || f.startsWith("nhung ");
			if (distributed != null && upper && !head && !plural && shortName(f, colonList)) {
				items.add(new Piece(p.start, p.end, distributed + " " + name));
				continue;
			}
			distributed = null;
			colonList = false;
			Piece last = items.isEmpty() ? null : items.get(items.size() - 1);
			boolean lowerStart = !upper && !plural;
			boolean bareKind = BARE_KINDS.contains(f.strip()) && last != null
					&& VnText.fold(last.name).startsWith("cac ");
			// "Trung tâm Văn hóa, Thể thao và Truyền thanh", "Báo và Phát thanh, Truyền hình …": a capitalised
			// piece that names no body of its own goes on with the name before the comma
			// (a "và" in the piece, or a field name before the comma, tells it from another body's bare name)
			boolean continuation = upper && !head && !plural && !isVague(name) && name.split("\\s+").length <= 8
					&& last != null && (f.contains(" va ") || FIELD_END.matcher(VnText.fold(last.name)).find());
			if (last != null && (lowerStart || bareKind || continuation)) {
				last.end = p.end;
				last.name = last.name + ", " + name;
				continue;
			}
			items.add(new Piece(p.start, p.end, name));
			if (head && !plural) {
				// "Sở Y tế, Tài chính": the head goes on to short names without a place word
				Matcher single = DISTRIBUTED.matcher(name);
				if (single.find() && VnText.fold(single.group(1)).matches("so|phong|bo|cuc|chi cuc")) {
					distributed = VnText.capitalize(single.group(1));
				}
			}
		}
		List<Piece> kept = new ArrayList<>();
		for (Piece p : items) {
			if (!isVague(p.name)) {
				kept.add(p);
			}
		}
		boolean group = false;
		for (Piece p : kept) {
			String f = VnText.fold(p.name);
			if (f.startsWith("cac ") || f.startsWith("nhung ")) {
				group = true;
			}
		}
		if (group && kept.size() >= 2) {
			int start = kept.get(0).start;
			int end = kept.get(kept.size() - 1).end;
			String name = VnText.trimPunct(VnText.collapse(plain.substring(start, end)));
			out.add(new Item(name, true, false, start, end));
			return;
		}
		for (Piece p : items) {
			boolean vague = isVague(p.name);
			out.add(new Item(VnText.trimPunct(VnText.collapse(p.name)), collective(p.name), vague, p.start, p.end));
		}
	}

	/** A department's own name ("Tài chính", "Kế hoạch và Đầu tư"): short, no place word. */
	private static boolean shortName(String folded, boolean afterColon) {
		String[] words = folded.strip().split("\\s+");
		if (afterColon) {
			return words.length <= 8;
		}
		for (String w : words) {
			if (PLACES.contains(w) && !w.equals("ban") && !w.equals("dia")) {
				return false;
			}
		}
		return words.length <= 6;
	}

	private static void addPiece(String plain, int from, int to, List<Piece> out) {
		int s = from;
		int e = to;
		while (s < e && Character.isWhitespace(plain.charAt(s))) {
			s++;
		}
		while (e > s && Character.isWhitespace(plain.charAt(e - 1))) {
			e--;
		}
		if (e > s) {
			String name = VnText.collapse(plain.substring(s, e));
			if (VnText.letterCount(name) >= 2) {
				out.add(new Piece(s, e, name));
			}
		}
	}

	private static void splitOnAnd(String plain, Piece p, List<Piece> out) {
		int from = p.start;
		int search = p.start;
		while (true) {
			int and = plain.indexOf(" và ", search);
			if (and < 0 || and >= p.end) {
				break;
			}
			String rest = plain.substring(and + 4, p.end);
			String left = plain.substring(from, and);
			boolean separates = OrgNames.startsWithTitle(rest) || (OrgNames.startsWithHead(rest)
					&& VnText.startsUpper(rest) && !VnText.fold(rest).startsWith("cac ") && !left.isBlank());
			if (separates && jointOffice(left, rest)) {
				separates = false;
			}
			if (separates) {
				addPiece(plain, from, and, out);
				from = and + 4;
			}
			search = and + 4;
		}
		addPiece(plain, from, p.end, out);
	}

	/** Field words that a comma inside a name follows: "Văn hóa, Thể thao", "Phát thanh, Truyền hình". */
	private static final Pattern FIELD_END = Pattern.compile("(?:phat thanh|truyen hinh|van hoa|thong tin|the thao|lao dong)$");

	private static final Pattern JOINT_OFFICE_LEFT = Pattern.compile("^(?:chanh )?van phong (?:hdnd|hoi dong nhan dan|doan dai bieu quoc hoi|doan dbqh)\\b");

	private static final Pattern JOINT_OFFICE_RIGHT = Pattern.compile("^(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan)\\b");

	/** "Văn phòng HĐND và UBND thị xã", "Văn phòng Đoàn ĐBQH và HĐND tỉnh": one office serving two bodies. */
	private static boolean jointOffice(String left, String rest) {
		return JOINT_OFFICE_LEFT.matcher(VnText.fold(left).strip()).find()
				&& JOINT_OFFICE_RIGHT.matcher(VnText.fold(rest).strip()).find();
	}

	/**
	 * A catch-all that names no particular body: "các cơ quan, đơn vị có liên quan", "các sở, ban, ngành",
	 * "cơ quan, đơn vị".
	 */
	static boolean isVague(String name) {
		String f = VnText.fold(name).replaceAll("[^a-z0-9]+", " ").strip();
		if (f.isEmpty()) {
			return true;
		}
		if (f.endsWith("lien quan") || f.endsWith("co lien quan")) {
			return true;
		}
		boolean generic = false;
		for (String w : f.split(" ")) {
			if (GENERIC.contains(w)) {
				if (!w.equals("va") && !w.equals("cac") && !w.equals("nhung")) {
					generic = true;
				}
				continue;
			}
			if (!PLACES.contains(w)) {
				return false;
			}
		}
		// only generic words, and places beside at least one of them
		return generic;
	}

	/** A definite group: "Ủy ban nhân dân các xã, phường", "Các trường …", "cấp ủy, chính quyền". */
	static boolean collective(String name) {
		String f = " " + VnText.fold(name) + " ";
		if (f.startsWith(" ban quan ly ") || f.startsWith(" ban chi dao ")) {
			return false; // "Ban Quản lý các khu công nghiệp": one board over several zones
		}
		return f.contains(" cac ") || f.contains(" nhung ") || f.startsWith(" cap uy") || f.contains(" cac cap ");
	}

}
