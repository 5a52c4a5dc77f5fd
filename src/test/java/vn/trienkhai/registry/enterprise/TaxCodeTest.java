package vn.trienkhai.registry.enterprise;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaxCodeTest {

	@Test
	void checkDigitAndBranchSuffix() {
		assertThat(TaxCode.isValid("0100109106")).isTrue();
		assertThat(TaxCode.isValid("0100109106-001")).isTrue();
		assertThat(TaxCode.isValid("0100109107")).isFalse();
		assertThat(TaxCode.isValid("0100109106-01")).isFalse();
		assertThat(TaxCode.isValid("010010910")).isFalse();
		assertThat(TaxCode.isValid("01001091a6")).isFalse();
		assertThat(TaxCode.parse(" 0100109106 ").value()).isEqualTo("0100109106");
	}

	@Test
	void aSumGivingTenHasNoValidCode() {
		// 31*1 + 29*1 = 60 = 5*11 + 5 → check 5; find nine digits whose sum is ≡ 0 (mod 11): 000000000 → check 10
		for (int d = 0; d <= 9; d++) {
			assertThat(TaxCode.isValid("000000000" + d)).isFalse();
		}
	}

	/** A valid code from nine digits, for tests; null when those nine digits have none. */
	static String withCheckDigit(String nine) {
		int[] w = { 31, 29, 23, 19, 17, 13, 7, 5, 3 };
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += w[i] * (nine.charAt(i) - '0');
		}
		int check = 10 - sum % 11;
		return check == 10 ? null : nine + check;
	}

}
