package vn.trienkhai.identity;

import java.security.SecureRandom;
import java.util.Locale;

/** The password rule, and temporary passwords for new accounts and resets. */
final class Passwords {

	static final int MIN_LENGTH = 10;

	/** bcrypt reads at most 72 bytes; a Vietnamese letter takes 2–3 of them in UTF-8. */
	static final int MAX_BYTES = 72;

	// no 0/O, 1/l/I: a temporary password is read off a screen and typed by hand
	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Passwords() {
	}

	static String temporary() {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				sb.append('-');
			}
			sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return sb.toString();
	}

	/** The message key of what is wrong with a chosen password, or null when it is acceptable. */
	static String problem(String password, String username) {
		if (password == null || password.length() < MIN_LENGTH) {
			return "password.error.short";
		}
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
			return "password.error.long";
		}
		if (!password.codePoints().anyMatch(Character::isLetter) || !password.codePoints().anyMatch(Character::isDigit)) {
			return "password.error.classes";
		}
		if (username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			return "password.error.username";
		}
		return null;
	}

}
