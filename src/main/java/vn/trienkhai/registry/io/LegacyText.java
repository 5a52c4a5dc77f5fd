package vn.trienkhai.registry.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import vn.trienkhai.platform.InvalidInputException;

/**
 * The text of an uploaded CSV file, whatever encoding the office's computer saved it in: UTF-8 (with or
 * without a byte-order mark), UTF-16 with its mark, Windows-1258 (Excel's "CSV" on a Vietnamese Windows) or
 * TCVN3/ABC (the .VnTime fonts, still in many offices). Anything else is refused with a message, never
 * imported as mojibake.
 *
 * <p>A file that is valid UTF-8 is UTF-8: legacy Vietnamese text is practically never valid UTF-8. Between
 * the two single-byte encodings the bytes decide: TCVN3 puts its commonest letters (à á ạ ả ã ư ơ đ â ê ô ă)
 * at 0xA8–0xBF, where Windows-1258 has punctuation signs (¨ © ª « ¬ ® µ ¶ · ¸ ¹) that text hardly uses.
 */
final class LegacyText {

	/** The encoding a file was read in, shown in the import report. */
	enum Encoding {
		UTF_8, UTF_16, WINDOWS_1258, TCVN3
	}

	record Decoded(String text, Encoding encoding) {
	}

	/** TCVN 5712:1993 (VN3, the ABC fonts) bytes 0x80–0xFF; below 0x80 it is ASCII. */
	private static final String TCVN3_HIGH = "\u00c0\u1ea2\u00c3\u00c1\u1ea0\u1eb6\u1eac\u00c8\u1eba\u1ebc\u00c9\u1eb8"
			+ "\u1ec6\u00cc\u1ec8\u0128\u00cd\u1eca\u00d2\u1ece\u00d5\u00d3\u1ecc\u1ed8\u1edc\u1ede\u1ee0\u1eda\u1ee2"
			+ "\u00d9\u1ee6\u0168\u00a0\u0102\u00c2\u00ca\u00d4\u01a0\u01af\u0110\u0103\u00e2\u00ea\u00f4\u01a1\u01b0"
			+ "\u0111\u1eb0\u0300\u0309\u0303\u0301\u0323\u00e0\u1ea3\u00e3\u00e1\u1ea1\u1eb2\u1eb1\u1eb3\u1eb5\u1eaf"
			+ "\u1eb4\u1eae\u1ea6\u1ea8\u1eaa\u1ea4\u1ec0\u1eb7\u1ea7\u1ea9\u1eab\u1ea5\u1ead\u00e8\u1ec2\u1ebb\u1ebd"
			+ "\u00e9\u1eb9\u1ec1\u1ec3\u1ec5\u1ebf\u1ec7\u00ec\u1ec9\u1ec4\u1ebe\u1ed2\u0129\u00ed\u1ecb\u00f2\u1ed4"
			+ "\u1ecf\u00f5\u00f3\u1ecd\u1ed3\u1ed5\u1ed7\u1ed1\u1ed9\u1edd\u1edf\u1ee1\u1edb\u1ee3\u00f9\u1ed6\u1ee7"
			+ "\u0169\u00fa\u1ee5\u1eeb\u1eed\u1eef\u1ee9\u1ef1\u1ef3\u1ef7\u1ef9\u00fd\u1ef5\u1ed0";

	private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

	private LegacyText() {
	}

	static Decoded decode(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return new Decoded(nfc(strict(bytes, 3, StandardCharsets.UTF_8)), Encoding.UTF_8);
		}
		if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
			return new Decoded(nfc(new String(bytes, StandardCharsets.UTF_16)), Encoding.UTF_16);
		}
		for (byte b : bytes) {
			if (b == 0) {
				// a spreadsheet or other binary file renamed to .csv
				throw new InvalidInputException("registry.import.error.binary");
			}
		}
		String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
		if (utf8 != null) {
			return new Decoded(nfc(utf8), Encoding.UTF_8);
		}
		int high = 0;
		int tcvnLetters = 0;
		for (byte b : bytes) {
			int v = b & 0xFF;
			if (v >= 0x80) {
				high++;
				if (v >= 0xA8 && v <= 0xBF && v != 0xB0 && v != 0xB1 && v != 0xB2 && v != 0xB3 && v != 0xB4) {
					tcvnLetters++;
				}
			}
		}
		if (tcvnLetters * 4 >= high) {
			return new Decoded(nfc(tcvn3(bytes)), Encoding.TCVN3);
		}
		String windows = strict(bytes, 0, WINDOWS_1258);
		if (windows == null) {
			throw new InvalidInputException("registry.import.error.encoding");
		}
		return new Decoded(nfc(windows), Encoding.WINDOWS_1258);
	}

	static String tcvn3(byte[] bytes) {
		StringBuilder out = new StringBuilder(bytes.length);
		for (byte b : bytes) {
			int v = b & 0xFF;
			out.append(v < 0x80 ? (char) v : TCVN3_HIGH.charAt(v - 0x80));
		}
		return out.toString();
	}

	private static String strict(byte[] bytes, int offset, Charset charset) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
				.toString();
		}
		catch (CharacterCodingException e) {
			return null;
		}
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** Windows-1258 writes tones as combining marks after the letter; Vietnamese text is stored precomposed. */
	private static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

}
