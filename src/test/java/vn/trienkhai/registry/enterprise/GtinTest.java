package vn.trienkhai.registry.enterprise;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GtinTest {

	@Test
	void gs1CheckDigit() {
		assertThat(Gtin.isValid("4006381333931")).isTrue();   // GTIN-13
		assertThat(Gtin.isValid("8934567890120")).isTrue();
		assertThat(Gtin.isValid("96385074")).isTrue();        // GTIN-8
		assertThat(Gtin.isValid("036000291452")).isTrue();    // GTIN-12 (UPC-A)
		assertThat(Gtin.isValid("10036000291459")).isTrue();  // GTIN-14
		assertThat(Gtin.isValid("4006381333932")).isFalse();
		assertThat(Gtin.isValid("400638133393")).isFalse();
		assertThat(Gtin.isValid("123456789")).isFalse();
		assertThat(Gtin.isValid("40063813339a1")).isFalse();
	}

	@Test
	void ocopBands() {
		assertThat(OcopRating.starsFor(100)).isEqualTo(5);
		assertThat(OcopRating.starsFor(90)).isEqualTo(5);
		assertThat(OcopRating.starsFor(89)).isEqualTo(4);
		assertThat(OcopRating.starsFor(70)).isEqualTo(4);
		assertThat(OcopRating.starsFor(69)).isEqualTo(3);
		assertThat(OcopRating.starsFor(50)).isEqualTo(3);
		assertThat(OcopRating.starsFor(49)).isEqualTo(2);
		assertThat(OcopRating.starsFor(30)).isEqualTo(2);
		assertThat(OcopRating.starsFor(29)).isEqualTo(1);
		assertThat(OcopRating.expiry(java.time.LocalDate.of(2023, 2, 28))).isEqualTo(java.time.LocalDate.of(2026, 2, 28));
	}

}
