package vn.trienkhai.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.document.ImportedDocument;
import vn.trienkhai.identity.DemoAccounts;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.Plans;

/**
 * The demo data loader, called directly: the shared test context runs without demo mode, so the loader's
 * start-up listener does nothing there. The samples become plans of their units, the demo accounts sign
 * in, a second load changes nothing, and the sign-in page lists the accounts only in demo mode.
 */
@IntegrationTest
class DemoIT {

	@Autowired
	DemoLoader loader;

	@Autowired
	DemoAccounts demoAccounts;

	@Autowired
	Plans plans;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	long unit(String code) {
		return orgUnits.findByCode(code, "2025").orElseThrow().id();
	}

	Plan planOf(ImportedDocument doc) {
		return plans.ofDocument(doc.id()).orElseThrow();
	}

	@Test
	void theSamplesBecomePlansOfTheirUnits() throws Exception {
		List<ImportedDocument> docs = loader.load().documents();
		assertThat(docs).hasSize(3).allSatisfy(d -> assertThat(d.isConfirmed()).isTrue());
		assertThat(docs).extracting(ImportedDocument::fileName)
			.containsExactly("binh-thuan-province-plan-64-CTr-TU.txt", "district-party-plan-114-KH-TU.txt",
					"nhu-khe-commune-plan-38-CTr-TU.txt");

		Plan binhThuan = planOf(docs.get(0));
		Plan district = planOf(docs.get(1));
		Plan nhuKhe = planOf(docs.get(2));
		assertThat(binhThuan.orgUnitId()).isEqualTo(unit(DemoLoader.LAM_DONG));
		assertThat(district.orgUnitId()).isEqualTo(unit(DemoLoader.TUYEN_QUANG));
		assertThat(nhuKhe.orgUnitId()).isEqualTo(unit(DemoLoader.NHU_KHE));
		assertThat(plans.within(unit(DemoLoader.LAM_DONG), 1000)).extracting(Plan::id).contains(binhThuan.id());
		// the coordinator of Tuyên Quang sees the district's plan and the commune's
		assertThat(plans.within(unit(DemoLoader.TUYEN_QUANG), 1000)).extracting(Plan::id)
			.contains(district.id(), nhuKhe.id());
		assertThat(plans.within(unit(DemoLoader.NHU_KHE), 1000)).extracting(Plan::id).containsExactly(nhuKhe.id());

		// as the parser reads them: the Bình Thuận number was left blank ("…/KH-UBND"), the others have none
		assertThat(binhThuan.title()).contains("64-CTr/TU");
		assertThat(district.title()).contains("114-KH/TU");
		assertThat(nhuKhe.title()).contains("38-CTr/TU");
		assertThat(plans.tasks(binhThuan.id())).isNotEmpty();
		assertThat(plans.tasks(nhuKhe.id())).isNotEmpty();
		// the documents they implement are not imported: placeholders
		assertThat(plans.parents(binhThuan.id())).extracting(Plan::number).contains("64-CTr/TU");
		assertThat(plans.parents(district.id())).extracting(Plan::number).contains("114-KH/TU");
		assertThat(plans.parents(nhuKhe.id())).extracting(Plan::number).contains("38-CTr/TU");
		assertThat(plans.parents(nhuKhe.id())).filteredOn(p -> "38-CTr/TU".equals(p.number()))
			.allSatisfy(p -> assertThat(p.isPlaceholder()).isTrue());
		// imported by the system, and audited as such
		assertThat(docs).extracting(ImportedDocument::createdBy).containsOnly("system");
		assertThat(jdbc.sql("select count(*) from audit_event where actor = 'system' and entity_type = 'imported_document' and entity_id = ?")
			.param(String.valueOf(docs.get(2).id())).query(Integer.class).single()).isPositive();
	}

	@Test
	void theDemoAccountsSignInWithoutChangingTheirPassword() throws Exception {
		loader.load();
		for (DemoLoader.DemoAccount a : DemoLoader.ACCOUNTS) {
			MvcResult result = mvc.perform(formLogin("/login").user(a.username()).password(a.password()))
				.andExpect(authenticated())
				.andReturn();
			MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
			// no detour to /account/password: demo passwords need no change
			var plansPage = mvc.perform(get("/plans").session(session)).andExpect(status().isOk());
			if (a.username().equals("demo.dieuphoi")) {
				// the coordinator of Tuyên Quang sees the district's and the Nhữ Khê plan on the plan list
				plansPage.andExpect(content().string(containsString("38-CTr/TU")))
					.andExpect(content().string(containsString("114-KH/TU")));
			}
			mvc.perform(get("/api/org-units").param("q", "nhu khe").with(httpBasic(a.username(), a.password())))
				.andExpect(status().isOk());
		}
		assertThat(jdbc.sql("select agency_id is not null from account where username = 'demo.baocao'")
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void theCommunePlanHasAnApprovedReportToShow() throws Exception {
		List<ImportedDocument> docs = loader.load().documents();
		Plan nhuKhe = planOf(docs.get(2));
		assertThat(jdbc.sql("""
				select count(*) from progress_report pr join reporting_round r on r.id = pr.round_id
				 where r.plan_id = :p and pr.status = 'APPROVED'
				""").param("p", nhuKhe.id()).query(Integer.class).single()).isEqualTo(1);
		// the report is the demo reporter's agency's, made the plan's focal agency
		assertThat(jdbc.sql("""
				select a.agency_id = g.focal_agency_id from account a, reporting_regime g
				 where a.username = 'demo.baocao' and g.plan_id = :p
				""").param("p", nhuKhe.id()).query(Boolean.class).single()).isTrue();
	}

	@Test
	void aSecondLoadChangesNothing() throws Exception {
		List<ImportedDocument> first = loader.load().documents();
		String counts = "select (select count(*) from imported_document) || '/' || (select count(*) from plan) || '/'"
				+ " || (select count(*) from account) || '/' || (select count(*) from audit_event)";
		String before = jdbc.sql(counts).query(String.class).single();
		DemoLoader.Result again = loader.load();
		assertThat(again.accountsCreated()).isZero();
		assertThat(again.plansCreated()).isZero();
		assertThat(again.documents()).extracting(ImportedDocument::id)
			.containsExactlyElementsOf(first.stream().map(ImportedDocument::id).toList());
		assertThat(jdbc.sql(counts).query(String.class).single()).isEqualTo(before);
	}

	@Test
	void theSignInPageListsTheAccountsOnlyInDemoMode() throws Exception {
		loader.load();
		assertThat(demoAccounts.enabled()).isFalse();
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("demo-accounts"))))
			.andExpect(content().string(not(containsString("DieuPhoi-2026"))));
		ReflectionTestUtils.setField(demoAccounts, "enabled", true);
		try {
			mvc.perform(get("/login"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"demo-accounts\"")))
				.andExpect(content().string(containsString("Tài khoản dùng thử")))
				.andExpect(content().string(containsString("demo.dieuphoi")))
				.andExpect(content().string(containsString("DieuPhoi-2026")))
				.andExpect(content().string(containsString("Cán bộ đầu mối")))
				.andExpect(content().string(containsString("demo.baocao")))
				.andExpect(content().string(containsString("Xã Nhữ Khê")))
				.andExpect(content().string(containsString("demo.giamsat")))
				.andExpect(content().string(containsString("Tỉnh Lâm Đồng")));
			mvc.perform(get("/login").param("lang", "en"))
				.andExpect(content().string(containsString("Demo accounts")))
				.andExpect(content().string(containsString("Coordinator")));
		}
		finally {
			ReflectionTestUtils.setField(demoAccounts, "enabled", false);
		}
	}

}
