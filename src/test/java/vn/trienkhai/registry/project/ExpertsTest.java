package vn.trienkhai.registry.project;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestUsers;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.Role;
import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.Visibility;

@IntegrationTest
class ExpertsTest {

	@Autowired
	Experts experts;

	@Autowired
	JdbcClient jdbc;

	long haiPhong;

	@BeforeEach
	void signIn() {
		haiPhong = jdbc.sql("select id from org_unit where code = '31' and version = '2025'").query(Long.class).single();
		SecurityContextHolder.getContext()
			.setAuthentication(TestUsers.authenticationFor(Role.COORDINATOR, haiPhong, null));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private String summary(long id) {
		return jdbc.sql("select summary from registry_entry where kind = 'EXPERT' and record_id = :id").param("id", id)
			.query(String.class).single();
	}

	@Test
	void keepsContactOutOfTheIndexWithoutConsent() {
		String tag = String.valueOf(System.nanoTime());
		long hidden = experts.create(haiPhong, null, "Nguyễn Văn A " + tag, BiotechField.HEALTH, "Viện", "DOCTOR",
				"a" + tag + "@vien.vn", "0912345678", false, Visibility.PUBLIC);
		long shown = experts.create(haiPhong, null, "Trần Thị B " + tag, BiotechField.HEALTH, "Viện", "MASTER",
				"b" + tag + "@vien.vn", "0912345679", true, Visibility.PUBLIC);
		assertThat(summary(hidden)).doesNotContain("@").doesNotContain("0912345678");
		assertThat(summary(shown)).contains("b" + tag + "@vien.vn");
	}

	@Test
	void refusesABadEmail() {
		assertThatThrownBy(() -> experts.create(haiPhong, null, "C", BiotechField.FOOD, null, null, "khong-hop-le",
				null, true, Visibility.INTERNAL))
			.isInstanceOf(InvalidInputException.class);
	}

}
