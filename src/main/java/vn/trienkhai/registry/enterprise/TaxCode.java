package vn.trienkhai.registry.enterprise;

import java.util.regex.Pattern;

/**
 * A Vietnamese enterprise code (mã số doanh nghiệp = tax code): ten digits whose tenth is the check digit
 * N10 = 10 − (31·N1+29·N2+23·N3+19·N4+17·N5+13·N6+7·N7+5·N8+3·N9) mod 11, optionally followed by
 * "-NNN" for a branch. A weighted sum giving 10 means no valid code exists for those nine digits.
 */
record TaxCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("\\d{10}(-\\d{3})?");

	private static final int[] WEIGHTS = { 31, 29, 23, 19, 17, 13, 7, 5, 3 };

	/** The code, trimmed, or null when it is not a valid tax code. */
	static TaxCode parse(String text) {
		if (text == null) {
			return null;
		}
		String clean = text.trim();
		return isValid(clean) ? new TaxCode(clean) : null;
	}

	static boolean isValid(String text) {
		if (text == null || !FORMAT.matcher(text).matches()) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += WEIGHTS[i] * (text.charAt(i) - '0');
		}
		int check = 10 - sum % 11;
		return check != 10 && check == text.charAt(9) - '0';
	}

	@Override
	public String toString() {
		return value;
	}

}
