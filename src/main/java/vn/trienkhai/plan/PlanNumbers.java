package vn.trienkhai.plan;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Document numbers as plans cite them: "36-NQ/TW", "36-nq/tw", "36 - NQ/TW", "189/NQ–CP" are one number.
 * {@link #key(String)} gives them one form to match citations to plans.
 */
public final class PlanNumbers {

	private PlanNumbers() {
	}

	/**
	 * Issuer codes of bodies that are one in the whole country (the Party's central bodies, the National
	 * Assembly, the Government, the Prime Minister, the ministries by name — not "B…" at large: BCĐ, BQL, BCH
	 * and the like are local steering committees, boards and commands): a number ending in one names one document
	 * wherever it is cited. A local number ("107/KH-UBND") needs the citing unit to tell whose it is.
	 */
	private static final Pattern CENTRAL = Pattern.compile(".*[/-](TW|BCT|BBT|BCHTW|QH\\d*|UBTVQH\\d*|CP|TTG|VPCP"
			+ "|BKHCN|BNNMT|BNNPTNT|BYT|BTC|BKHĐT|BCT|BGDĐT|BTTTT|BTNMT|BNV|BTP|BQP|BCA|BXD|BGTVT|BLĐTBXH|BVHTTDL|BNG"
			+ "|NHNN|TTCP|KTNN|TANDTC|VKSNDTC)$");

	/** Upper case, no white space, en and em dashes as hyphens; null for a blank number. */
	public static String key(String number) {
		if (number == null || number.isBlank()) {
			return null;
		}
		return number.toUpperCase(Locale.ROOT).replaceAll("\\s+", "").replace('–', '-').replace('—', '-');
	}

	/** Whether the number is of a body that is one in the whole country. */
	public static boolean isCentral(String key) {
		return key != null && CENTRAL.matcher(key).matches();
	}

	/** The kind a number tells ("…/KH-…" a plan, "…-NQ/…" a resolution), for a placeholder. */
	public static String kindOf(String key) {
		if (key == null) {
			return "OTHER";
		}
		if (key.matches(".*[/-]NQ([/-].*)?")) {
			return "NGHI_QUYET";
		}
		if (key.matches(".*[/-]CTR([/-].*)?")) {
			return "CHUONG_TRINH";
		}
		if (key.matches(".*[/-]KH([/-].*)?")) {
			return "KE_HOACH";
		}
		if (key.matches(".*[/-]QĐ([/-].*)?")) {
			return "QUYET_DINH";
		}
		if (key.matches(".*[/-]BC([/-].*)?")) {
			return "BAO_CAO";
		}
		return key.matches("\\d+/[^/]+") && !key.contains("-") ? "OTHER" : "CONG_VAN";
	}

}
