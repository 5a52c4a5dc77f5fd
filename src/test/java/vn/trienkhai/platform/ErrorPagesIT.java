package vn.trienkhai.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestUsers;

/** Bad requests get a clear page in the user's language, or RFC 9457 problem+json on /api; never data. */
@IntegrationTest
class ErrorPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long root() {
		return jdbc.sql("select id from org_unit where level = 0").query(Long.class).single();
	}

	@Test
	void anUnknownPageIsAVietnameseNotFoundPage() throws Exception {
		mvc.perform(get("/khong-co-trang-nay").with(TestUsers.as(Role.COORDINATOR, root())))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("Không tìm thấy")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void theSamePageInEnglishWhenChosen() throws Exception {
		mvc.perform(get("/khong-co-trang-nay").with(TestUsers.as(Role.COORDINATOR, root()))
			.cookie(new Cookie("trienkhai-lang", "en")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Not found")));
	}

	@Test
	void aMalformedIdIsABadRequestNotACrash() throws Exception {
		mvc.perform(get("/org-units/abc").with(TestUsers.as(Role.COORDINATOR, root())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Yêu cầu không hợp lệ")));
		mvc.perform(get("/admin/accounts/9999999999999999999999").with(TestUsers.as(Role.ADMINISTRATOR, root())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anUnknownRecordIsNotFound() throws Exception {
		mvc.perform(get("/admin/accounts/987654321").with(TestUsers.as(Role.ADMINISTRATOR, root())))
			.andExpect(status().isNotFound());
	}

	@Test
	void apiErrorsAreProblemJsonInVietnamese() throws Exception {
		mvc.perform(get("/api/khong-co").with(httpBasic("admin", "Admin-Test-Pass-2026")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Không tìm thấy"))
			.andExpect(jsonPath("$.instance").value("/api/khong-co"));
	}

	// Denials by the security filters go through the servlet container's error dispatch, which MockMvc
	// does not run: these use real HTTP against the running server.
	@Test
	void theApiWithoutCredentialsIsUnauthorizedProblemJson() throws Exception {
		HttpResponse<String> response = http("/api/org-units", null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				v -> assertThat(v).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"title\":\"Cần đăng nhập\"").doesNotContain("trace");
	}

	@Test
	void wrongApiCredentialsAreUnauthorized() throws Exception {
		HttpResponse<String> response = http("/api/org-units", "Basic "
				+ java.util.Base64.getEncoder().encodeToString("nobody-here:wrong".getBytes()));
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("\"status\":401");
	}

	@Test
	void anOversizedFormPostIsRefusedWithAClearPage() throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + "a".repeat(3_000_000)))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Dữ liệu gửi lên quá lớn").doesNotContain("Exception");
	}

	@Test
	void anOversizedHeaderIsRefusedByTheServerWithABilingualPage() throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
			.header("X-Padding", "a".repeat(20_000))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Yêu cầu không hợp lệ").doesNotContain("Tomcat");
	}

	@LocalServerPort
	int port;

	HttpResponse<String> http(String path, String authorization) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void pagesWithoutSignInGoToTheLoginPage() throws Exception {
		mvc.perform(get("/org-units")).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
	}

	@Test
	void anHtmxCallWithAnExpiredSessionRedirectsTheWholeWindow() throws Exception {
		mvc.perform(get("/org-units").header("HX-Request", "true"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login?expired"));
	}

	@Test
	void healthIsPublic() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

}
