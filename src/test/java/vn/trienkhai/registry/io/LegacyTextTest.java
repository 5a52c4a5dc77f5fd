package vn.trienkhai.registry.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import vn.trienkhai.platform.InvalidInputException;

/** The encodings offices save CSV files in, as bytes those programs write. */
class LegacyTextTest {

	static final String TEXT = "Công ty Cổ phần Công nghệ sinh học Đồng Tháp;Nguyễn Thị Ưng;Hưng Yên";

	@Test
	void utf8WithAndWithoutByteOrderMark() {
		byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
		assertThat(LegacyText.decode(plain).text()).isEqualTo(TEXT);
		byte[] bom = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
		LegacyText.Decoded decoded = LegacyText.decode(bom);
		assertThat(decoded.text()).isEqualTo(TEXT);
		assertThat(decoded.encoding()).isEqualTo(LegacyText.Encoding.UTF_8);
	}

	@Test
	void windows1258WithCombiningTonesBecomesPrecomposedUnicode() {
		// Windows-1258 has no "ệ" or "ổ": it writes the base letter and a combining tone mark
		byte[] bytes = cp1258(TEXT);
		LegacyText.Decoded decoded = LegacyText.decode(bytes);
		assertThat(decoded.encoding()).isEqualTo(LegacyText.Encoding.WINDOWS_1258);
		assertThat(decoded.text()).isEqualTo(TEXT);
	}

	@Test
	void tcvn3BytesOfTheAbcFontsAreConverted() {
		// "Công nghệ sinh học" typed with the .VnTime font: C « n g   n g h Ö   s i n h   h ä c
		byte[] bytes = { 'C', (byte) 0xAB, 'n', 'g', ' ', 'n', 'g', 'h', (byte) 0xD6, ' ', 's', 'i', 'n', 'h', ' ', 'h',
				(byte) 0xE4, 'c', ' ', (byte) 0xAE, (byte) 0xE5, 'n', 'g', ' ', 'T', 'h', (byte) 0xB8, 'p' };
		LegacyText.Decoded decoded = LegacyText.decode(bytes);
		assertThat(decoded.encoding()).isEqualTo(LegacyText.Encoding.TCVN3);
		assertThat(decoded.text()).isEqualTo("Công nghệ sinh học đồng Tháp");
	}

	@Test
	void binaryAndUnknownEncodingsAreRefused() {
		assertThatThrownBy(() -> LegacyText.decode(new byte[] { 'a', 0, 'b' })).isInstanceOf(InvalidInputException.class)
			.hasFieldOrPropertyWithValue("messageKey", "registry.import.error.binary");
		// bytes Windows-1258 leaves undefined, and too few TCVN3 letters to be TCVN3
		assertThatThrownBy(() -> LegacyText.decode(new byte[] { 'a', (byte) 0x81, (byte) 0x8D, (byte) 0x8E, 'b' }))
			.isInstanceOf(InvalidInputException.class)
			.hasFieldOrPropertyWithValue("messageKey", "registry.import.error.encoding");
	}

	/** What Excel writes for "CSV" on a Vietnamese Windows: letters it has whole, tones as combining marks. */
	static byte[] cp1258(String text) {
		Charset cp1258 = Charset.forName("windows-1258");
		StringBuilder out = new StringBuilder();
		for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
			if (cp1258.newEncoder().canEncode(c)) {
				out.append(c);
				continue;
			}
			String marks = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			String tone = marks.replaceAll("[^\u0300\u0301\u0303\u0309\u0323]", "");
			String rest = Normalizer.normalize(marks.replaceAll("[\u0300\u0301\u0303\u0309\u0323]", ""),
					Normalizer.Form.NFC);
			out.append(rest).append(tone);
		}
		return out.toString().getBytes(cp1258);
	}

}
