package vn.trienkhai.identity;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordsTest {

	@Test
	void temporaryPasswordsPassTheRuleAndDoNotRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 200; i++) {
			String p = Passwords.temporary();
			assertThat(p).matches("[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}");
			seen.add(p);
		}
		assertThat(seen).hasSize(200);
	}

	@Test
	void ruleNamesWhatIsWrong() {
		assertThat(Passwords.problem("short1", "u")).isEqualTo("password.error.short");
		assertThat(Passwords.problem("onlyletterslong", "u")).isEqualTo("password.error.classes");
		assertThat(Passwords.problem("1234567890123", "u")).isEqualTo("password.error.classes");
		assertThat(Passwords.problem("nguyenvana2026", "NguyenVanA")).isEqualTo("password.error.username");
		assertThat(Passwords.problem("x".repeat(72) + "1", "u")).isEqualTo("password.error.long");
		// 57 characters, but 74 bytes: more than bcrypt reads
		assertThat(Passwords.problem("Đường-đến-công-nghệ-sinh-học-năm-2030-của-tỉnh-Tuyên-Q1", "u"))
			.isEqualTo("password.error.long");
		assertThat(Passwords.problem("Mật-khẩu-2026", "nguoidung")).isNull();
	}

}
