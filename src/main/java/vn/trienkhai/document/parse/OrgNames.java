package vn.trienkhai.document.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a name of a Vietnamese public body looks like: the head words it starts with ("Sở", "Ủy ban nhân
 * dân", "Ban Thường vụ", "Huyện ủy" …), how an upper-case header line is written in normal case, and a
 * comparison key. Written from the naming rules of the administrative system (Decree 30/2020 headers,
 * the party's own naming), not from any one document.
 */
final class OrgNames {

	private OrgNames() {
	}

	/**
	 * Head words that make a complete name on their own or with a place ("UBND huyện", "Công an tỉnh",
	 * "Thường trực HĐND xã"), folded, longest first where one is a prefix of another.
	 */
	private static final List<String> SELF_HEADS = sortByLength(List.of("uy ban nhan dan", "ubnd",
			"hoi dong nhan dan", "hdnd", "thuong truc", "ban thuong vu", "btv", "ban chap hanh", "uy ban mat tran to quoc", "uy ban mat tran",
			"uy ban mttq", "ubmttq", "mat tran to quoc", "mttq", "cong an", "bao hiem xa hoi", "kho bac",
			"ngan hang", "huyen uy", "tinh uy", "thanh uy", "thi uy", "quan uy", "dang uy", "cap uy", "chi uy",
			"chi bo", "dang bo", "huyen doan", "tinh doan", "thanh doan", "doan thanh nien", "hoi nong dan",
			"hoi cuu chien binh", "hoi lien hiep phu nu", "lien doan lao dong", "ban chi huy", "bo chi huy",
			"chinh quyen", "to chuc chinh tri", "uy ban kiem tra", "trung tam y te", "dai truyen thanh",
			"dai phat thanh", "ban quan ly", "ban chi dao", "tram y te", "ban dan van", "ban tuyen giao",
			"ban to chuc", "ban xay dung dang", "ban noi chinh", "vien kiem sat", "toa an", "chi cuc",
			"cuc thong ke", "cuc thue", "chi cuc thue", "doan the", "ban kinh te", "ban van hoa", "ban phap che",
			"ban dan toc", "lien minh hop tac xa", "lien hiep cac hoi", "hoi chu thap do", "hoi khuyen hoc",
			"ban dai dien", "van phong", "ubkt", "bchqs", "chqs", "dang doan", "ban can su dang", "thanh tra",
			"buu dien", "dien luc"));

	/** Head words that need a name after them ("Sở Y tế", "Báo Bình Thuận"), or stand alone in a list. */
	private static final List<String> NAMED_HEADS = sortByLength(List.of("so", "ban", "phong", "bao", "dai",
			"trung tam", "hoi", "doan", "bo", "cuc", "vien", "truong", "benh vien", "tram", "hoc vien", "dai hoc", "cong ty", "tong cong ty",
			"quy", "thanh tra", "uy ban", "lien doan", "chi nhanh", "tong cuc", "tap chi", "nha xuat ban",
			"hiep hoi", "lien hiep", "chinh phu", "thu tuong", "bo chinh tri", "tong lien doan", "hoi dong"));

	/** Longest first, so that "đại học" is tried before "đài" (both fold to "dai"). */
	private static List<String> sortByLength(List<String> list) {
		List<String> sorted = new ArrayList<>(list);
		sorted.sort((a, b) -> b.length() - a.length());
		return List.copyOf(sorted);
	}

	/** Words that may follow "các" to name a group of bodies ("các sở", "các trường", "các chi, đảng bộ"). */
	private static final List<String> PLURAL_HEADS = sortByLength(List.of("so", "ban", "nganh", "phong",
			"co quan", "don vi", "dia phuong", "truong", "cap", "chi", "dang bo", "chi bo", "to chuc", "doan the", "hoi", "xa", "phuong",
			"huyen", "tinh", "thanh vien", "trung tam", "vien", "benh vien", "tram", "hop tac xa", "ubnd",
			"uy ban", "dai", "bao", "co so dang", "doanh nghiep", "co quan bao chi", "to chuc khoa hoc", "thon",
			"to dan pho", "khu pho", "ap", "ban dang"));

	/** "Ban hành", "Báo cáo", "Hội nghị" … : a head word followed by these is a verb or a thing. */
	private static final Set<String> NOT_NAMES = Set.of("ban hanh", "bao cao", "hoi nghi", "hoi thao", "hoi nhap",
			"hoi dien", "phong chong", "phong ngua", "phong benh", "phong tranh", "phong, chong", "truong hop",
			"so huu", "so luong", "so lieu", "bo phan", "bo may", "bo tieu chi", "bo chi so", "bo du lieu",
			"cuc bo", "doan ket", "doan vien", "hoi vien", "dai dien", "ban dau", "ban than", "quy dinh",
			"quy trinh", "quy hoach", "quy mo", "quy che", "truong thanh", "vien chuc", "dai tra", "dai ha",
			"ban chat", "so sanh", "bao dam", "bao ve", "bao ton", "bao quan", "bao hiem y te", "bo sung",
			"thanh tra, kiem tra", "doan ra", "doan vao", "truong ban", "truong phong", "chinh quyen so",
			"dai hoi", "dai bieu", "dai doan ket", "hoi dong thi", "vien tro");

	/** Official titles that stand for their body in a decision's last article ("Giám đốc Sở Y tế"). */
	private static final Map<String, String> TITLES = Map.ofEntries(Map.entry("chanh van phong", "Văn phòng"),
			Map.entry("chanh thanh tra", "Thanh tra"), Map.entry("truong phong", "Phòng"), Map.entry("truong ban", "Ban"),
			Map.entry("giam doc", ""), Map.entry("chu tich", ""), Map.entry("thu truong", ""), Map.entry("bi thu", ""),
			Map.entry("pho chu tich", ""), Map.entry("chi huy truong", ""),
			// "Trưởng các phòng: Kinh tế, …" (heads of several offices); "Trường" folds alike but never takes "các"
			Map.entry("truong cac", "các"));

	/** Territorial words after which a proper name follows ("tỉnh Bình Thuận"). */
	private static final Set<String> TERRITORIAL = Set.of("tinh", "huyen", "xa", "phuong", "quan", "thi xa",
			"thanh pho", "thi tran", "tp", "tp.", "dac khu");

	/** Head words after which the body's own name starts with a capital ("Sở Khoa học …"). */
	private static final Set<String> NAME_FOLLOWS = Set.of("so", "ban", "phong", "cuc", "vien", "truong", "bao",
			"dai", "hoi", "doan", "bo");

	private static final Pattern PARTY_COMMITTEE = Pattern
		.compile("^(?:tinh|huyen|thanh|thi|quan|dang|xa|phuong|khu|chi) uy(?: |$)");

	/**
	 * Length of the head of a body's name at the start of s (folded prefix length in chars of s), 0 when s
	 * does not start like one. {@code original} is s itself, for the capitals test.
	 */
	static int headLength(String s) {
		// the longest head with "những " before it fits in 48 chars: fold no more
		String f = VnText.fold(s.length() > 48 ? s.substring(0, 48) : s);
		int skip = 0;
		if (f.startsWith("cac ") || f.startsWith("nhung ")) {
			skip = f.indexOf(' ') + 1;
			for (String head : PLURAL_HEADS) {
				if (wordAt(f, skip, head)) {
					return notName(f, skip) ? 0 : skip + head.length();
				}
			}
		}
		for (String head : SELF_HEADS) {
			if (wordAt(f, skip, head)) {
				return notName(f, skip) ? 0 : skip + head.length();
			}
		}
		for (String head : NAMED_HEADS) {
			if (wordAt(f, skip, head)) {
				if (notName(f, skip)) {
					return 0;
				}
				int after = skip + head.length();
				if (!Character.isUpperCase(firstLetter(s, skip))) {
					return 0;
				}
				int next = after;
				while (next < s.length() && s.charAt(next) == ' ') {
					next++;
				}
				if (next >= s.length() || ",;:(".indexOf(s.charAt(next)) >= 0 || startsName(s, next)) {
					return after;
				}
				if (head.equals("bao") && s.startsWith("và ", next) && next + 3 < s.length() && startsName(s, next + 3)) {
					return after; // "Báo và Phát thanh, Truyền hình …": the merged provincial press (2025)
				}
				return 0;
			}
		}
		return 0;
	}

	static boolean startsWithHead(String s) {
		return headLength(s) > 0;
	}

	/** An upper-case letter or digit starts a name ("Sở Y tế", "Trường THPT số 1"), also "UBND", "TW". */
	private static boolean startsName(String s, int i) {
		char c = s.charAt(i);
		return Character.isUpperCase(c) || Character.isDigit(c);
	}

	private static char firstLetter(String s, int from) {
		for (int i = from; i < s.length(); i++) {
			if (Character.isLetter(s.charAt(i))) {
				return s.charAt(i);
			}
		}
		return ' ';
	}

	private static boolean notName(String f, int at) {
		for (String phrase : NOT_NAMES) {
			if (wordAt(f, at, phrase)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the folded text has the phrase at i, ending at a word boundary. */
	static boolean wordAt(String f, int i, String phrase) {
		if (!f.startsWith(phrase, i)) {
			return false;
		}
		int end = i + phrase.length();
		return end >= f.length() || !Character.isLetterOrDigit(f.charAt(end));
	}

	/**
	 * The body an official title stands for: "Giám đốc Sở Y tế" → "Sở Y tế", "Chánh Văn phòng UBND tỉnh" →
	 * "Văn phòng UBND tỉnh", "Thủ trưởng các cơ quan" → "các cơ quan"; other text unchanged.
	 */
	static String stripTitle(String s) {
		String f = VnText.fold(s);
		for (Map.Entry<String, String> title : TITLES.entrySet()) {
			if (wordAt(f, 0, title.getKey())) {
				String rest = s.substring(title.getKey().length()).strip();
				if (rest.isEmpty()) {
					return s;
				}
				return title.getValue().isEmpty() ? rest : title.getValue() + " " + rest;
			}
		}
		return s;
	}

	static boolean startsWithTitle(String s) {
		String f = VnText.fold(s);
		for (String title : TITLES.keySet()) {
			if (wordAt(f, 0, title)) {
				return true;
			}
		}
		return false;
	}

	static boolean isPartyCommittee(String name) {
		return PARTY_COMMITTEE.matcher(VnText.fold(name).strip()).find();
	}

	private static final Pattern PLACE_WORD = Pattern
		.compile("(?:^| )(?:tinh|huyen|xa|phuong|quan|thi xa|thanh pho|thi tran|tp\\.?|dac khu) \\p{L}");

	/**
	 * A body of a header under its parent, with the parent's name where the body's own lacks a place:
	 * "Ban Tuyên giáo" under "Huyện ủy Chư Sê" → "Ban Tuyên giáo Huyện ủy Chư Sê"; "Sở Khoa học và Công
	 * nghệ" under "Ủy ban nhân dân tỉnh Gia Lai" → "Sở Khoa học và Công nghệ tỉnh Gia Lai".
	 */
	static String withParent(String body, String parent) {
		String f = VnText.fold(body);
		if (PLACE_WORD.matcher(f).find() || isPartyCommittee(body) || PARTY_COMMITTEE.matcher(f).find()
				|| f.matches(".* (?:tinh|huyen|thanh|thi|quan|dang|xa|phuong) uy\\b.*")) {
			return body;
		}
		if (isPartyCommittee(parent)) {
			return body + " " + parent;
		}
		Matcher place = PLACE_WORD.matcher(VnText.fold(parent));
		if (place.find()) {
			int at = place.start() == 0 ? 0 : place.start() + 1;
			return body + " " + parent.substring(at);
		}
		return body;
	}

	/** "UBND huyện" → "Ủy ban nhân dân huyện": the leading abbreviations of a full name written out. */
	static String expandLeading(String name) {
		String f = VnText.fold(name);
		if (wordAt(f, 0, "ubnd")) {
			return "Ủy ban nhân dân" + name.substring(4);
		}
		if (wordAt(f, 0, "hdnd")) {
			return "Hội đồng nhân dân" + name.substring(4);
		}
		if (wordAt(f, 0, "btv")) {
			return "Ban Thường vụ" + name.substring(3);
		}
		if (wordAt(f, 0, "ubmttq")) {
			return "Ủy ban Mặt trận Tổ quốc" + name.substring(6);
		}
		return name;
	}

	/** Whether the name ends in a bare territorial word, waiting for the place: "Ủy ban nhân dân tỉnh". */
	static boolean endsWithBareTerritory(String name) {
		String f = VnText.fold(name).strip();
		for (String t : TERRITORIAL) {
			if (f.endsWith(" " + t)) {
				return true;
			}
		}
		return f.equals("uy ban nhan dan") || f.equals("hoi dong nhan dan");
	}

	/**
	 * A header line written in capitals, in normal case: "ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN" → "Ủy ban nhân
	 * dân tỉnh Bình Thuận", "BAN THƯỜNG VỤ HUYỆN ỦY" → "Ban Thường vụ Huyện ủy", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
	 * → "Sở Khoa học và Công nghệ". Text with lower case letters is returned as it is.
	 */
	static String normalCase(String name) {
		String s = VnText.collapse(name);
		if (VnText.upperShare(s) < 0.7) {
			return s;
		}
		String[] original = s.split(" ");
		String[] words = s.toLowerCase(Locale.ROOT).split(" ");
		String[] folded = new String[words.length];
		for (int i = 0; i < words.length; i++) {
			folded[i] = VnText.fold(words[i]);
		}
		List<String> out = new ArrayList<>(words.length);
		boolean capNext = true;
		boolean proper = false;
		for (int i = 0; i < words.length; i++) {
			String w = words[i];
			String f = folded[i];
			String nextF = i + 1 < words.length ? folded[i + 1] : "";
			if (isAcronym(original[i])) {
				out.add(original[i]);
				capNext = false;
				continue;
			}
			boolean cap = capNext || proper || f.equals("dang") || (f.equals("viet") && nextF.equals("nam"))
					|| (f.equals("nam") && i > 0 && folded[i - 1].equals("viet"));
			if (!proper && "uy".equals(nextF) && PARTY_COMMITTEE.matcher(f + " uy").find()) {
				cap = true;
			}
			out.add(cap ? VnText.capitalize(w) : w);
			capNext = false;
			if (proper) {
				continue;
			}
			String two = i + 1 < words.length ? f + " " + nextF : f;
			if (TERRITORIAL.contains(f) && !"uy".equals(nextF) && !(f.equals("thi") || f.equals("thanh"))) {
				proper = true;
			}
			else if ((f.equals("xa") || f.equals("tran")) && i > 0 && folded[i - 1].equals("thi")) {
				proper = true;
			}
			else if (f.equals("pho") && i > 0 && folded[i - 1].equals("thanh")) {
				proper = true;
			}
			else if (f.equals("uy") && i > 0 && PARTY_COMMITTEE.matcher(folded[i - 1] + " uy").find()) {
				// "Đảng ủy xã Tân Phú": a place word may come first, then the proper name
				int k = i + 1;
				if (k < words.length && (folded[k].equals("xa") || folded[k].equals("phuong") || folded[k].equals("tinh")
						|| folded[k].equals("huyen") || folded[k].equals("quan"))) {
					out.add(words[k]);
					i = k;
				}
				else if (k + 1 < words.length && ((folded[k].equals("thi") && folded[k + 1].equals("xa"))
						|| (folded[k].equals("thanh") && folded[k + 1].equals("pho"))
						|| (folded[k].equals("thi") && folded[k + 1].equals("tran")))) {
					out.add(words[k]);
					out.add(words[k + 1]);
					i = k + 1;
				}
				proper = true;
			}
			else if (f.equals("ban") && i > 0 && folded[i - 1].equals("uy") && nextF.equals("nhan")) {
				capNext = false;
			}
			else if (f.equals("ban") && (nextF.equals("thuong") || nextF.equals("chap"))) {
				capNext = true;
			}
			else if (NAME_FOLLOWS.contains(f) && !two.equals("hoi dong")
					&& !(f.equals("bo") && i > 0 && (folded[i - 1].equals("dang") || folded[i - 1].equals("chi")))) {
				capNext = true;
			}
			else if (two.equals("trung tam") || two.equals("van phong") || two.equals("mat tran")) {
				// the word after the two-word head: handled on the next word
			}
			else if ((f.equals("tam") && i > 0 && folded[i - 1].equals("trung"))
					|| (f.equals("phong") && i > 0 && folded[i - 1].equals("van"))
					|| (f.equals("tran") && i > 0 && folded[i - 1].equals("mat"))) {
				capNext = !nextF.equals("nhan");
			}
			else if (f.equals("va") || f.equals("-") || f.equals("–") || w.endsWith(",")) {
				capNext = true;
			}
		}
		return String.join(" ", out);
	}

	private static boolean isAcronym(String word) {
		String f = VnText.fold(word);
		return f.equals("ubnd") || f.equals("hdnd") || f.equals("mttq") || f.equals("kh&cn") || f.equals("tw")
				|| f.equals("ct-xh") || f.equals("nn&ptnt") || f.equals("tn&mt");
	}

	/** A key two spellings of a name share: folded, abbreviations written out, punctuation dropped. */
	static String key(String name) {
		String f = " " + VnText.fold(name).replace('–', '-').replace('—', '-') + " ";
		f = f.replaceAll("[^a-z0-9&]+", " ");
		f = f.replace(" ubnd ", " uy ban nhan dan ")
			.replace(" hdnd ", " hoi dong nhan dan ")
			.replace(" ubmttq ", " uy ban mat tran to quoc ")
			.replace(" mttq ", " mat tran to quoc ")
			.replace(" kh&cn ", " khoa hoc va cong nghe ")
			.replace(" khcn ", " khoa hoc va cong nghe ")
			.replace(" nn&ptnt ", " nong nghiep va phat trien nong thon ")
			.replace(" tn&mt ", " tai nguyen va moi truong ")
			.replace(" ct xh ", " chinh tri xa hoi ")
			.replace(" tp ", " thanh pho ")
			.replace(" btv ", " ban thuong vu ");
		f = f.strip();
		if (f.startsWith("cac ")) {
			f = f.substring(4);
		}
		return f.replaceAll("\\s+", " ");
	}

}
