package vn.trienkhai.orgunit.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestUsers;
import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.platform.Role;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OrgUnitApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnits orgUnits;

	private OrgUnit unit(String code, String version) {
		return orgUnits.findByCode(code, version).orElseThrow();
	}

	@Test
	void searchReturnsQualifiedMatchesWithinScope() throws Exception {
		long root = orgUnits.root().id();
		mvc.perform(get("/api/org-units").param("q", "phuong an khe").with(TestUsers.as(Role.OVERSEER, root)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$", hasSize(3)))
			.andExpect(jsonPath("$[*].unit.qualifiedName", containsInAnyOrder("Phường An Khê, Thành phố Đà Nẵng",
					"Phường An Khê, Tỉnh Gia Lai", "Phường An Khê, Quận Thanh Khê, Thành phố Đà Nẵng")))
			.andExpect(jsonPath("$[0].unit.version").value("2025"))
			.andExpect(jsonPath("$[0].unit.current").value(true))
			.andExpect(jsonPath("$[0].unit.type").value("PHUONG"))
			.andExpect(jsonPath("$[0].fuzzy").value(false));

		mvc.perform(get("/api/org-units").param("q", "phuong an khe").param("version", "2025")
			.with(TestUsers.as(Role.OVERSEER, root))).andExpect(jsonPath("$", hasSize(2)));

		long gialai = unit("52", "2025").id();
		mvc.perform(get("/api/org-units").param("q", "phuong an khe").with(TestUsers.as(Role.COORDINATOR, gialai)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].unit.qualifiedName").value("Phường An Khê, Tỉnh Gia Lai"))
			.andExpect(jsonPath("$[0].unit.code").value("23617"));

		mvc.perform(get("/api/org-units").param("q", "ha").param("limit", "500").with(TestUsers.as(Role.OVERSEER, root)))
			.andExpect(jsonPath("$", hasSize(50)));
		mvc.perform(get("/api/org-units").param("q", "nhu khee").param("limit", "3")
			.with(TestUsers.as(Role.OVERSEER, root)))
			.andExpect(jsonPath("$[0].unit.name").value("Xã Nhữ Khê"))
			.andExpect(jsonPath("$[0].fuzzy").value(true));
	}

	@Test
	void badParametersAreProblems() throws Exception {
		long root = orgUnits.root().id();
		mvc.perform(get("/api/org-units").param("q", "ha").param("version", "2030").with(TestUsers.as(Role.OVERSEER, root)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/org-units").with(TestUsers.as(Role.OVERSEER, root))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/org-units/x").with(TestUsers.as(Role.OVERSEER, root))).andExpect(status().isBadRequest());
	}

	@Test
	void oneUnitWithItsSuccessionAndScope() throws Exception {
		long tuyenQuang = unit("08", "2025").id();
		OrgUnit haGiang = unit("02", "2024");
		mvc.perform(get("/api/org-units/{id}", haGiang.id()).with(TestUsers.as(Role.REPORTER, tuyenQuang)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit.id").value(haGiang.id()))
			.andExpect(jsonPath("$.unit.code").value("02"))
			.andExpect(jsonPath("$.unit.version").value("2024"))
			.andExpect(jsonPath("$.unit.name").value("Tỉnh Hà Giang"))
			.andExpect(jsonPath("$.unit.shortName").value("Hà Giang"))
			.andExpect(jsonPath("$.unit.validFrom").value("2025-03-01"))
			.andExpect(jsonPath("$.unit.validTo").value("2025-06-30"))
			.andExpect(jsonPath("$.unit.current").value(false))
			.andExpect(jsonPath("$.ancestors[*].name", containsInAnyOrder("Việt Nam")))
			.andExpect(jsonPath("$.childCounts['2024']", is(orgUnits.childCount(haGiang.id(), "2024"))))
			.andExpect(jsonPath("$.successors", hasSize(1)))
			.andExpect(jsonPath("$.successors[0].unit.name").value("Tỉnh Tuyên Quang"))
			.andExpect(jsonPath("$.successors[0].coverage").value("full"))
			.andExpect(jsonPath("$.predecessors", hasSize(0)));

		mvc.perform(get("/api/org-units/{id}", tuyenQuang).with(TestUsers.as(Role.REPORTER, tuyenQuang)))
			.andExpect(jsonPath("$.predecessors[*].unit.name", containsInAnyOrder("Tỉnh Hà Giang", "Tỉnh Tuyên Quang")))
			.andExpect(jsonPath("$.predecessors[*].unit.version", everyItem(is("2024"))));

		long root = orgUnits.root().id();
		mvc.perform(get("/api/org-units/{id}", root).with(TestUsers.as(Role.ADMINISTRATOR, root)))
			.andExpect(jsonPath("$.unit.qualifiedName").value("Việt Nam"))
			.andExpect(jsonPath("$.childCounts['2025']").value(34))
			.andExpect(jsonPath("$.childCounts['2024']").value(63));
	}

	@Test
	void outOfScopeIsForbiddenAndUnknownNotFoundAsProblemJson() throws Exception {
		long tuyenQuang = unit("08", "2025").id();
		mvc.perform(get("/api/org-units/{id}", unit("23617", "2025").id()).with(TestUsers.as(Role.REPORTER, tuyenQuang)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(content().string(not(org.hamcrest.Matchers.containsString("An Khê"))));
		mvc.perform(get("/api/org-units/{id}", 999_999_999L).with(TestUsers.as(Role.REPORTER, tuyenQuang)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/org-units/{id}/children", unit("52", "2025").id())
			.with(TestUsers.as(Role.REPORTER, tuyenQuang))).andExpect(status().isForbidden());
	}

	@Test
	void children() throws Exception {
		long tuyenQuang = unit("08", "2025").id();
		mvc.perform(get("/api/org-units/{id}/children", tuyenQuang).with(TestUsers.as(Role.REPORTER, tuyenQuang)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(orgUnits.childCount(tuyenQuang, "2025"))))
			.andExpect(jsonPath("$[*].name", hasItem("Xã Nhữ Khê")))
			.andExpect(jsonPath("$[*].parentId", everyItem(is((int) tuyenQuang))));
	}

}
