package vn.trienkhai.registry.genebank;

import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The MCPD v2.1 descriptors this registry keeps, in the standard's column order, and their rules. The code
 * lists are those of BrAPI's GermplasmMCPD.yaml (a test compares them with the copy of the standard).
 */
public final class Mcpd {

	/** The descriptors in export order; the table's columns are their lower-case names. */
	public static final List<String> FIELDS = List.of("INSTCODE", "ACCENUMB", "COLLNUMB", "GENUS", "SPECIES",
			"SPAUTHOR", "SUBTAXA", "CROPNAME", "ACCENAME", "ACQDATE", "ORIGCTY", "COLLSITE", "DECLATITUDE",
			"DECLONGITUDE", "ELEVATION", "COLLDATE", "BREDCODE", "SAMPSTAT", "ANCEST", "COLLSRC", "DONORCODE",
			"DUPLSITE", "STORAGE", "MLSSTAT", "REMARKS");

	public static final Set<String> SAMPSTAT = Set.of("100", "110", "120", "130", "200", "300", "400", "410", "411",
			"412", "413", "414", "415", "416", "420", "421", "422", "423", "500", "600", "999");

	public static final Set<String> COLLSRC = Set.of("10", "11", "12", "13", "14", "15", "20", "21", "22", "23", "24",
			"25", "26", "27", "28", "30", "40", "50", "60", "61", "62", "99");

	public static final Set<String> STORAGE = Set.of("10", "11", "12", "13", "20", "30", "40", "50", "99");

	/** MLSSTAT without the empty value (an absent one is stored as null). */
	public static final Set<String> MLSSTAT = Set.of("0", "1", "99");

	/** FAO WIEWS institute code: ISO 3166 alpha-3 country and a number (VNM049). */
	static final Pattern INSTCODE = Pattern.compile("[A-Z]{3}[0-9]+");

	static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

	private static final Pattern DATE = Pattern.compile("([0-9]{4})([0-9]{2}|--)([0-9]{2}|--)");

	private Mcpd() {
	}

	/**
	 * Whether an MCPD date (YYYYMMDD, an unknown month or day given as "--" or "00") is valid: year from
	 * 1800 to this year, month 01–12 or unknown, day valid for the month or unknown; a day without a month
	 * is not a date.
	 */
	public static boolean validDate(String value) {
		if (value == null) {
			return false;
		}
		var m = DATE.matcher(value);
		if (!m.matches()) {
			return false;
		}
		int year = Integer.parseInt(m.group(1));
		if (year < 1800 || year > Year.now().getValue()) {
			return false;
		}
		boolean monthKnown = known(m.group(2));
		boolean dayKnown = known(m.group(3));
		if (!monthKnown) {
			return !dayKnown;
		}
		int month = Integer.parseInt(m.group(2));
		if (month < 1 || month > 12) {
			return false;
		}
		if (!dayKnown) {
			return true;
		}
		int day = Integer.parseInt(m.group(3));
		return day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
	}

	private static boolean known(String part) {
		return !part.equals("--") && !part.equals("00");
	}

	/** Whether every ';'-separated code of a STORAGE value is in the list (no blanks between). */
	public static boolean validStorage(String value) {
		if (value == null || value.isEmpty()) {
			return false;
		}
		for (String code : value.split(";", -1)) {
			if (!STORAGE.contains(code)) {
				return false;
			}
		}
		return true;
	}

}
