package vn.trienkhai.identity;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestUsers;
import vn.trienkhai.platform.Role;

/** Accounts end to end through the real sign-in and the admin pages, on the real database. */
@IntegrationTest
class AccountsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long unit(String code) {
		return jdbc.sql("select id from org_unit where code = ? and version = '2025'").param(code).query(Long.class).single();
	}

	long root() {
		return jdbc.sql("select id from org_unit where level = 0").query(Long.class).single();
	}

	/** Creates an account through the admin page, as an administrator of the given scope; returns id and password. */
	Created create(long adminScope, String username, Role role, long orgUnitId, Long agencyId) throws Exception {
		var request = post("/admin/accounts").with(TestUsers.as(Role.ADMINISTRATOR, adminScope))
			.with(csrf())
			.param("username", username)
			.param("displayName", "Nguyễn Văn " + username)
			.param("role", role.name())
			.param("orgUnitId", String.valueOf(orgUnitId));
		if (agencyId != null) {
			request.param("agencyId", agencyId.toString());
		}
		MvcResult result = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		return new Created(id, (String) result.getFlashMap().get("temporaryPassword"));
	}

	record Created(long id, String password) {
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void theFirstAdministratorSignsInWithTheConfiguredPassword() throws Exception {
		mvc.perform(formLogin().user("admin").password("Admin-Test-Pass-2026"))
			.andExpect(authenticated().withRoles("ADMINISTRATOR"))
			.andExpect(redirectedUrl("/"));
		assertThat(jdbc.sql("select org_unit_id from account where username = 'admin'").query(Long.class).single())
			.isEqualTo(root());
	}

	@Test
	void aWrongPasswordIsRefusedWithAVietnameseMessage() throws Exception {
		String name = unique("wrong");
		create(root(), name, Role.OVERSEER, unit("08"), null);
		MvcResult result = mvc.perform(formLogin().user(name).password("wrong-password-1"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
		mvc.perform(get("/login").session((MockHttpSession) result.getRequest().getSession()))
			.andExpect(content().string(containsString("Tên đăng nhập hoặc mật khẩu không đúng.")));
	}

	@Test
	void aNewAccountMustChooseItsOwnPasswordBeforeAnythingElse() throws Exception {
		String name = unique("cb");
		Created c = create(root(), name, Role.COORDINATOR, unit("08"), null);
		assertThat(c.password()).isNotBlank();

		MvcResult login = mvc.perform(formLogin().user(name).password(c.password()))
			.andExpect(authenticated())
			.andExpect(redirectedUrl("/account/password"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
		mvc.perform(get("/org-units").session(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("current", c.password())
			.param("chosen", "short")
			.param("repeated", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu mới phải dài ít nhất 10 ký tự.")));
		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("current", c.password())
			.param("chosen", "Kế-hoạch-2030")
			.param("repeated", "Kế-hoạch-2030"))
			.andExpect(redirectedUrl("/login?changed="));
		mvc.perform(formLogin().user(name).password("Kế-hoạch-2030")).andExpect(authenticated()).andExpect(redirectedUrl("/"));
	}

	@Test
	void repeatedFailuresLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
		String name = unique("lock");
		Created c = create(root(), name, Role.OVERSEER, unit("08"), null);
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin().user(name).password("wrong-" + i)).andExpect(unauthenticated());
		}
		MvcResult refused = mvc.perform(formLogin().user(name).password(c.password()))
			.andExpect(unauthenticated())
			.andReturn();
		mvc.perform(get("/login").session((MockHttpSession) refused.getRequest().getSession()))
			.andExpect(content().string(containsString("tạm thời bị khóa")));
		assertThat(jdbc.sql("select locked_until is not null from account where id = ?").param(c.id()).query(Boolean.class).single())
			.isTrue();
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'account' and entity_id = ? and action = 'LOCKED'")
			.param(String.valueOf(c.id())).query(Integer.class).single()).isEqualTo(1);

		mvc.perform(post("/admin/accounts/{id}/unlock", c.id()).with(TestUsers.as(Role.ADMINISTRATOR, root())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(formLogin().user(name).password(c.password())).andExpect(authenticated());
	}

	@Test
	void unknownUserNamesAreThrottledLikeRealOnes() throws Exception {
		String ghost = unique("ghost");
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin().user(ghost).password("x")).andExpect(unauthenticated());
		}
		MvcResult refused = mvc.perform(formLogin().user(ghost).password("x")).andReturn();
		mvc.perform(get("/login").session((MockHttpSession) refused.getRequest().getSession()))
			.andExpect(content().string(containsString("tạm thời bị khóa")));
	}

	String loginMessage(String user, String password) throws Exception {
		MvcResult result = mvc.perform(formLogin().user(user).password(password)).andReturn();
		String page = mvc.perform(get("/login").session((MockHttpSession) result.getRequest().getSession()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return page.replaceAll("(?s).*id=\"login-error\">([^<]*)<.*", "$1");
	}

	@Test
	void aDisabledAccountIsToldApartOnlyByWhoKnowsItsPassword() throws Exception {
		String name = unique("off");
		Created c = create(root(), name, Role.OVERSEER, unit("08"), null);
		mvc.perform(post("/admin/accounts/{id}", c.id()).with(TestUsers.as(Role.ADMINISTRATOR, root()))
			.with(csrf())
			.param("username", name)
			.param("displayName", "Tạm nghỉ")
			.param("role", "OVERSEER")
			.param("orgUnitId", String.valueOf(unit("08")))
			.param("enabled", "false")
			.param("rowVersion", "0"))
			.andExpect(status().is3xxRedirection());
		String unknown = loginMessage(unique("nobody"), "whatever-1");
		assertThat(loginMessage(name, "whatever-1")).isEqualTo(unknown).contains("không đúng");
		assertThat(loginMessage(name, c.password())).contains("vô hiệu hóa");
	}

	@Test
	void absurdlyLongNamesAndPasswordsAreRefusedLikeWrongOnes() throws Exception {
		assertThat(loginMessage("x".repeat(100_000), "y")).contains("không đúng");
		String name = unique("long");
		create(root(), name, Role.OVERSEER, unit("08"), null);
		assertThat(loginMessage(name, "Đ".repeat(200))).contains("không đúng");
	}

	@Test
	void changingOnesPasswordEndsOtherSessionsOfTheAccount() throws Exception {
		String name = unique("two");
		Created c = create(root(), name, Role.OVERSEER, unit("08"), null);
		MockHttpSession first = (MockHttpSession) mvc.perform(formLogin().user(name).password(c.password()))
			.andReturn().getRequest().getSession();
		MockHttpSession second = (MockHttpSession) mvc.perform(formLogin().user(name).password(c.password()))
			.andReturn().getRequest().getSession();
		mvc.perform(post("/account/password").session(first)
			.with(csrf())
			.param("current", c.password())
			.param("chosen", "Mật-khẩu-mới-2026")
			.param("repeated", "Mật-khẩu-mới-2026"))
			.andExpect(redirectedUrl("/login?changed="));
		mvc.perform(get("/account/password").session(second)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void aPasswordLongerThanBcryptReadsIsExplainedNotACrash() throws Exception {
		String name = unique("bytes");
		Created c = create(root(), name, Role.OVERSEER, unit("08"), null);
		MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(name).password(c.password()))
			.andReturn().getRequest().getSession();
		String tooLong = "Đường-đến-công-nghệ-sinh-học-năm-2030-của-tỉnh-Tuyên-Q1";
		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("current", c.password())
			.param("chosen", tooLong)
			.param("repeated", tooLong))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tối đa 72 byte")));
	}

	@Test
	void accountsArePlacedOnlyOnCurrentUnits() throws Exception {
		long haGiang2024 = jdbc.sql("select id from org_unit where code = '02' and version = '2024'").query(Long.class).single();
		mvc.perform(post("/admin/accounts").with(TestUsers.as(Role.ADMINISTRATOR, root()))
			.with(csrf())
			.param("username", unique("old"))
			.param("displayName", "X")
			.param("role", "OVERSEER")
			.param("orgUnitId", String.valueOf(haGiang2024)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("đơn vị hành chính hiện hành")));
	}

	@Test
	void aReporterNeedsAnAgencyOfItsUnit() throws Exception {
		mvc.perform(post("/admin/accounts").with(TestUsers.as(Role.ADMINISTRATOR, root()))
			.with(csrf())
			.param("username", unique("rp"))
			.param("displayName", "Trần Thị B")
			.param("role", "REPORTER")
			.param("orgUnitId", String.valueOf(unit("08"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cán bộ báo cáo phải thuộc một cơ quan")));
	}

	@Test
	void invalidFormInputIsExplainedAndNothingIsSaved() throws Exception {
		int before = jdbc.sql("select count(*) from account").query(Integer.class).single();
		mvc.perform(post("/admin/accounts").with(TestUsers.as(Role.ADMINISTRATOR, root()))
			.with(csrf())
			.param("username", "có dấu")
			.param("displayName", "")
			.param("email", "not-an-email")
			.param("role", "COORDINATOR")
			.param("orgUnitId", String.valueOf(unit("08"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tên đăng nhập dài 3–50 ký tự")))
			.andExpect(content().string(containsString("Vui lòng nhập họ và tên.")))
			.andExpect(content().string(containsString("Địa chỉ thư điện tử không hợp lệ.")));
		assertThat(jdbc.sql("select count(*) from account").query(Integer.class).single()).isEqualTo(before);
	}

	@Test
	void userNamesAreUniqueRegardlessOfCase() throws Exception {
		String name = unique("dup");
		create(root(), name, Role.OVERSEER, unit("08"), null);
		mvc.perform(post("/admin/accounts").with(TestUsers.as(Role.ADMINISTRATOR, root()))
			.with(csrf())
			.param("username", name.toUpperCase())
			.param("displayName", "X")
			.param("role", "OVERSEER")
			.param("orgUnitId", String.valueOf(unit("08"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("đã được dùng")));
	}

	@Test
	void aProvinceAdministratorManagesOnlyItsOwnSubtree() throws Exception {
		long tuyenQuang = unit("08");
		long hanoi = unit("01");
		String inside = unique("tq");
		String outside = unique("hn");
		create(root(), inside, Role.OVERSEER, tuyenQuang, null);
		Created other = create(root(), outside, Role.OVERSEER, hanoi, null);

		mvc.perform(get("/admin/accounts").with(TestUsers.as(Role.ADMINISTRATOR, tuyenQuang)).param("q", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(inside)))
			.andExpect(content().string(not(containsString(outside))));
		mvc.perform(get("/admin/accounts/{id}", other.id()).with(TestUsers.as(Role.ADMINISTRATOR, tuyenQuang)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString(outside))));
		// nor may it place a new account outside its subtree
		mvc.perform(post("/admin/accounts").with(TestUsers.as(Role.ADMINISTRATOR, tuyenQuang))
			.with(csrf())
			.param("username", unique("x"))
			.param("displayName", "X")
			.param("role", "OVERSEER")
			.param("orgUnitId", String.valueOf(hanoi)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("nằm ngoài phạm vi quản lý")));
	}

	@Test
	void onlyAdministratorsReachTheAdminPages() throws Exception {
		mvc.perform(get("/admin/accounts").with(TestUsers.as(Role.COORDINATOR, root()))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").with(TestUsers.as(Role.OVERSEER, root()))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/accounts")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/admin/accounts").with(TestUsers.as(Role.ADMINISTRATOR, root()))
			.param("username", unique("csrf"))
			.param("displayName", "X")
			.param("role", "OVERSEER")
			.param("orgUnitId", String.valueOf(unit("08"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void everyChangeIsInTheAuditLogWithBeforeAndAfter() throws Exception {
		String name = unique("audit");
		Created c = create(root(), name, Role.OVERSEER, unit("08"), null);
		mvc.perform(post("/admin/accounts/{id}", c.id()).with(TestUsers.as(Role.ADMINISTRATOR, root()))
			.with(csrf())
			.param("username", name)
			.param("displayName", "Lê Văn C")
			.param("role", "COORDINATOR")
			.param("orgUnitId", String.valueOf(unit("01")))
			.param("enabled", "true")
			.param("rowVersion", "0"))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> update = jdbc.sql("""
				select before->>'role' as before_role, after->>'role' as after_role,
				       before->>'orgUnitId' as before_unit, after->>'orgUnitId' as after_unit, actor
				from audit_event where entity_type = 'account' and entity_id = ? and action = 'UPDATE'
				""").param(String.valueOf(c.id())).query().singleRow();
		assertThat(update).containsEntry("before_role", "OVERSEER")
			.containsEntry("after_role", "COORDINATOR")
			.containsEntry("before_unit", String.valueOf(unit("08")))
			.containsEntry("after_unit", String.valueOf(unit("01")));
		assertThat(jdbc.sql("""
				select count(*) from audit_event
				where coalesce(before::text, '') || coalesce(after::text, '') ~ '(\\{bcrypt\\}|\\$2[aby]\\$|password)'
				""").query(Integer.class).single()).as("no password or hash anywhere in the log").isZero();
		mvc.perform(get("/admin/audit").with(TestUsers.as(Role.ADMINISTRATOR, root())).param("entityId", String.valueOf(c.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("COORDINATOR")));
	}

	@Test
	void aStaleEditIsAConflictAndChangesNothing() throws Exception {
		String name = unique("stale");
		Created c = create(root(), name, Role.OVERSEER, unit("08"), null);
		var edit = post("/admin/accounts/{id}", c.id()).with(TestUsers.as(Role.ADMINISTRATOR, root()))
			.with(csrf())
			.param("username", name)
			.param("role", "OVERSEER")
			.param("orgUnitId", String.valueOf(unit("08")))
			.param("enabled", "true")
			.param("rowVersion", "0");
		mvc.perform(edit.param("displayName", "Người sửa thứ nhất")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/accounts/{id}", c.id()).with(TestUsers.as(Role.ADMINISTRATOR, root()))
			.with(csrf())
			.param("username", name)
			.param("displayName", "Người sửa thứ hai")
			.param("role", "OVERSEER")
			.param("orgUnitId", String.valueOf(unit("08")))
			.param("enabled", "true")
			.param("rowVersion", "0"))
			.andExpect(status().isConflict());
		assertThat(jdbc.sql("select display_name from account where id = ?").param(c.id()).query(String.class).single())
			.isEqualTo("Người sửa thứ nhất");
	}

}
