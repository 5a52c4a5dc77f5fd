package vn.trienkhai.platform;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseTextTest {

	@Test
	void foldsDiacriticsCaseAndDToPlainLetters() {
		assertThat(VietnameseText.fold("Xã Nhữ Khê")).isEqualTo("xa nhu khe");
		assertThat(VietnameseText.fold("ĐƯỜNG GIAO THÔNG")).isEqualTo("duong giao thong");
		assertThat(VietnameseText.fold("Thủy / Thuỷ")).isEqualTo("thuy / thuy");
	}

	@Test
	void decomposedInputFoldsLikeComposed() {
		String nfd = Normalizer.normalize("Sở Khoa học và Công nghệ", Normalizer.Form.NFD);
		assertThat(VietnameseText.fold(nfd)).isEqualTo("so khoa hoc va cong nghe");
		assertThat(VietnameseText.clean(nfd)).isEqualTo("Sở Khoa học và Công nghệ");
	}

	@Test
	void cleanCollapsesWhiteSpaceAndNonBreakingSpaces() {
		assertThat(VietnameseText.clean("  Ủy\u00A0ban \t nhân   dân ")).isEqualTo("Ủy ban nhân dân");
		assertThat(VietnameseText.clean(null)).isEmpty();
	}

	@Test
	void prefixQueryKeepsOnlyWordCharacters() {
		assertThat(VietnameseText.prefixTsQuery("Nhữ-Khê")).isEqualTo("nhu:* & khe:*");
		assertThat(VietnameseText.prefixTsQuery("a' | b & !c")).isEqualTo("a:* & b:* & c:*");
		assertThat(VietnameseText.prefixTsQuery("  ,;  ")).isNull();
	}

}
