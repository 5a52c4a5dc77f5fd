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

	static Expert expert(long unit, String name, String email, String phone, boolean consent, Visibility visibility) {
		return new Expert(null, unit, null, name, java.util.List.of(BiotechField.HEALTH, BiotechField.PHARMACY), "Viện Dược liệu",
				Expert.Degree.DOCTOR, "Sinh học phân tử", email, phone, consent, visibility, 0);
	}

	@Test
	void keepsContactOutOfTheIndexWithoutConsent() {
		String tag = String.valueOf(System.nanoTime());
		long hidden = experts.create(expert(haiPhong, "Nguyễn Văn A " + tag, "a" + tag + "@vien.vn", "0912345678", false,
				Visibility.PUBLIC)).id();
		Expert shown = experts.create(expert(haiPhong, "Trần Thị B " + tag, "b" + tag + "@vien.vn", "0912345679", true,
				Visibility.PUBLIC));
		assertThat(summary(hidden)).doesNotContain("@").doesNotContain("0912345678");
		assertThat(summary(shown.id())).contains("b" + tag + "@vien.vn");
		assertThat(shown.fields()).containsExactly(BiotechField.HEALTH, BiotechField.PHARMACY);
		assertThat(jdbc.sql("select field from registry_entry where kind = 'EXPERT' and record_id = :id").param("id", shown.id())
			.query(String.class).single()).isEqualTo("HEALTH");
		// withdrawing consent takes the contact out of the index again
		Expert withdrawn = experts.update(new Expert(shown.id(), haiPhong, null, shown.name(), shown.fields(),
				shown.organisation(), shown.degree(), null, shown.email(), shown.phone(), false, Visibility.PUBLIC,
				shown.rowVersion()));
		assertThat(summary(withdrawn.id())).doesNotContain("@");
	}

	@Test
	void refusesABadEmailPhoneOrNoFieldSavingNothing() {
		long before = jdbc.sql("select count(*) from expert").query(Long.class).single();
		assertThatThrownBy(() -> experts.create(expert(haiPhong, "C", "khong-hop-le", null, true, Visibility.INTERNAL)))
			.isInstanceOf(InvalidInputException.class).hasMessage("registry.expert.error.email");
		assertThatThrownBy(() -> experts.create(expert(haiPhong, "C", null, "12ab", true, Visibility.INTERNAL)))
			.hasMessage("registry.expert.error.phone");
		assertThatThrownBy(() -> experts.create(new Expert(null, haiPhong, null, "D", java.util.List.of(), null, null, null,
				null, null, false, Visibility.INTERNAL, 0))).hasMessage("registry.expert.error.fields");
		assertThat(jdbc.sql("select count(*) from expert").query(Long.class).single()).isEqualTo(before);
	}

}
