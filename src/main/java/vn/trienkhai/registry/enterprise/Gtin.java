package vn.trienkhai.registry.enterprise;

/**
 * A GS1 trade item number (GTIN-8, -12, -13 or -14, the barcode of a product): digits whose last is the
 * mod-10 check digit, weights 3 and 1 alternating from the right of the other digits.
 */
final class Gtin {

	private Gtin() {
	}

	static boolean isValid(String text) {
		if (text == null) {
			return false;
		}
		int length = text.length();
		if ((length != 8 && length != 12 && length != 13 && length != 14) || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return false;
		}
		int sum = 0;
		for (int i = length - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
			sum += weight * (text.charAt(i) - '0');
		}
		return (10 - sum % 10) % 10 == text.charAt(length - 1) - '0';
	}

}
