package vn.trienkhai.orgunit.web;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestUsers;
import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.platform.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OrgUnitPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnits orgUnits;

	private OrgUnit unit(String code, String version) {
		return orgUnits.findByCode(code, version).orElseThrow();
	}

	private long tuyenQuang() {
		return unit("08", "2025").id();
	}

	private Document page(MockHttpServletRequestBuilder request, long scope) throws Exception {
		String html = mvc.perform(request.with(TestUsers.as(Role.COORDINATOR, scope)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private int statusOf(MockHttpServletRequestBuilder request, long scope) throws Exception {
		return mvc.perform(request.with(TestUsers.as(Role.COORDINATOR, scope))).andReturn().getResponse().getStatus();
	}

	private static List<String> ids(Element root, String selector) {
		return root.select(selector).eachAttr("data-unit-id");
	}

	@Test
	void theTreeStartsAtTheUsersUnitWithItsChildren() throws Exception {
		Document doc = page(get("/org-units"), tuyenQuang());

		assertThat(doc.select("#orgunit-scope").text()).contains("Tỉnh Tuyên Quang");
		Element tree = doc.selectFirst("#orgunit-tree");
		assertThat(tree.select("> ul > li > details > summary a").eachText()).containsExactly("Tỉnh Tuyên Quang");
		List<String> children = ids(tree, "ul.orgunit-nodes > li");
		assertThat(children).hasSize(orgUnits.childCount(tuyenQuang(), "2025")).isNotEmpty();
		assertThat(tree.text()).contains("Xã Nhữ Khê").doesNotContain("Tỉnh Gia Lai").doesNotContain("Huyện");
		// communes have no children: links, no expander; the current structure is the selected one
		assertThat(tree.select("ul.orgunit-nodes details")).isEmpty();
		assertThat(doc.select("#orgunit-version-switch a.btn-primary").attr("data-version")).isEqualTo("2025");
		assertThat(doc.select("#orgunit-version-switch a").eachText()).containsExactly("Hiện hành", "Lịch sử, đến 30/6/2025");
	}

	@Test
	void theNationTreeShowsProvincesThatExpandWithHtmx() throws Exception {
		long root = orgUnits.root().id();
		Document doc = page(get("/org-units"), root);
		List<Element> provinces = doc.select("#orgunit-tree ul.orgunit-nodes > li");
		assertThat(provinces).hasSize(34);
		Element gialai = provinces.stream()
			.filter(li -> li.attr("data-unit-id").equals(String.valueOf(unit("52", "2025").id())))
			.findFirst()
			.orElseThrow();
		Element details = gialai.selectFirst("details");
		assertThat(details.attr("hx-get")).isEqualTo("/org-units/" + unit("52", "2025").id() + "/children?version=2025");
		assertThat(details.attr("hx-trigger")).isEqualTo("toggle once");
		assertThat(details.select("summary .badge").text())
			.isEqualTo(orgUnits.childCount(unit("52", "2025").id(), "2025") + " đơn vị");
	}

	@Test
	void theHistoricalTreeOfACurrentProvinceShowsTheProvincesMergedIntoIt() throws Exception {
		Document doc = page(get("/org-units").param("version", "2024"), tuyenQuang());
		Element tree = doc.selectFirst("#orgunit-tree");
		assertThat(tree.select("> ul > li > details > summary > a").eachText())
			.containsExactly("Tỉnh Hà Giang", "Tỉnh Tuyên Quang");
		assertThat(tree.text()).contains("Thành phố Hà Giang", "Huyện Yên Sơn");
		assertThat(doc.select("#orgunit-mapped").text()).contains("Tỉnh Tuyên Quang");
		assertThat(doc.select("#orgunit-version-switch a.btn-primary").attr("data-version")).isEqualTo("2024");
	}

	@Test
	void childrenFragment() throws Exception {
		long haGiangCity = unit("024", "2024").id();
		Document fragment = page(get("/org-units/{id}/children", haGiangCity).param("version", "2024"), tuyenQuang());
		assertThat(fragment.select("ul.orgunit-nodes > li")).hasSize(orgUnits.childCount(haGiangCity, "2024"));
		assertThat(fragment.text()).contains("Phường Quang Trung");
		assertThat(fragment.select("main, nav")).isEmpty();

		long gialai = unit("52", "2025").id();
		assertThat(statusOf(get("/org-units/{id}/children", gialai), tuyenQuang())).isEqualTo(403);
		assertThat(statusOf(get("/org-units/{id}/children", 999_999_999L), tuyenQuang())).isEqualTo(404);
		assertThat(statusOf(get("/org-units/{id}/children", tuyenQuang()).param("version", "1990"), tuyenQuang()))
			.isEqualTo(400);
	}

	@Test
	void searchAsYouTypeHighlightsAndQualifies() throws Exception {
		Document fragment = page(get("/org-units/search").param("q", "nhu khe").param("version", "2025"), tuyenQuang());
		Element first = fragment.selectFirst("a.orgunit-match");
		assertThat(first.text()).startsWith("Xã Nhữ Khê, Tỉnh Tuyên Quang");
		assertThat(first.select("mark").eachText()).containsExactly("Nhữ", "Khê");
		assertThat(first.attr("href")).isEqualTo("/org-units/" + unit("02530", "2025").id());

		// a province-scoped user finds nothing in another province
		Document none = page(get("/org-units/search").param("q", "phuong an khe").param("version", "2025"), tuyenQuang());
		assertThat(none.select("a.orgunit-match")).isEmpty();
		assertThat(none.text()).contains("Không tìm thấy");

		// the nation sees both "Phường An Khê", each with its province
		Document both = page(get("/org-units/search").param("q", "phuong an khe"), orgUnits.root().id());
		assertThat(both.select("a.orgunit-match .orgunit-match-name").eachText())
			.containsExactlyInAnyOrder("Phường An Khê, Thành phố Đà Nẵng", "Phường An Khê, Tỉnh Gia Lai");

		Document typo = page(get("/org-units/search").param("q", "nhu khee"), tuyenQuang());
		assertThat(typo.select("a.orgunit-match").first().text()).startsWith("Xã Nhữ Khê");
		assertThat(typo.text()).contains("gần giống");

		Document empty = page(get("/org-units/search").param("q", " "), tuyenQuang());
		assertThat(empty.select("#orgunit-results")).isEmpty();
	}

	@Test
	void theTreePageRendersSearchResultsWithoutJavaScript() throws Exception {
		Document doc = page(get("/org-units").param("q", "nhu khe"), tuyenQuang());
		assertThat(doc.select("#orgunit-search-results a.orgunit-match").first().text()).startsWith("Xã Nhữ Khê");
		assertThat(doc.select("#orgunit-q").attr("value")).isEqualTo("nhu khe");
		assertThat(doc.select("#orgunit-q").attr("hx-get")).isEqualTo("/org-units/search");
	}

	@Test
	void detailOfAHistoricalUnitShowsWhatItBecame() throws Exception {
		OrgUnit haGiang = unit("02", "2024");
		Document doc = page(get("/org-units/{id}", haGiang.id()), tuyenQuang());
		assertThat(doc.select("#orgunit-name").text()).isEqualTo("Tỉnh Hà Giang");
		assertThat(doc.select("#orgunit-code").text()).isEqualTo("02");
		assertThat(doc.select("#orgunit-version").text()).isEqualTo("Lịch sử, đến 30/6/2025");
		assertThat(doc.select("#orgunit-type").text()).isEqualTo("Tỉnh");
		assertThat(doc.select("#orgunit-level").text()).isEqualTo("Cấp 1 (cấp tỉnh)");
		assertThat(doc.select("#orgunit-validity").text()).isEqualTo("Từ 01/03/2025 đến 30/06/2025");
		assertThat(doc.select("#orgunit-children").text()).contains(orgUnits.childCount(haGiang.id(), "2024") + " đơn vị");
		Element successor = doc.selectFirst("#orgunit-successors tbody tr");
		assertThat(successor.text()).contains("Tỉnh Tuyên Quang", "Toàn bộ");
		assertThat(successor.select("a").attr("href")).isEqualTo("/org-units/" + tuyenQuang());
		assertThat(doc.select("#orgunit-predecessors")).isEmpty();
		// the nation is above, but outside the user's scope: named, not linked
		assertThat(doc.select("#orgunit-breadcrumb").text()).contains("Việt Nam");
		assertThat(doc.select("#orgunit-breadcrumb a").eachText()).doesNotContain("Việt Nam");
	}

	@Test
	void detailOfAHistoricalCommuneSplitInParts() throws Exception {
		OrgUnit xuanTao = unit("00611", "2024");
		Document doc = page(get("/org-units/{id}", xuanTao.id()), orgUnits.root().id());
		assertThat(doc.select("#orgunit-qualified-name").text()).isEqualTo("Phường Xuân Tảo, Quận Bắc Từ Liêm, Thành phố Hà Nội");
		assertThat(doc.select("#orgunit-successors tbody tr")).hasSize(3)
			.allMatch(tr -> tr.text().contains("Một phần"));
		assertThat(doc.select("#orgunit-breadcrumb a").eachText()).contains("Việt Nam", "Thành phố Hà Nội",
				"Quận Bắc Từ Liêm");
	}

	@Test
	void detailOfACurrentUnitShowsWhatItWasFormedFrom() throws Exception {
		OrgUnit nhuKhe = unit("02530", "2025");
		Document doc = page(get("/org-units/{id}", nhuKhe.id()), tuyenQuang());
		assertThat(doc.select("#orgunit-qualified-name").text()).isEqualTo("Xã Nhữ Khê, Tỉnh Tuyên Quang");
		assertThat(doc.select("#orgunit-validity").text()).isEqualTo("Từ 01/07/2025 đến nay");
		assertThat(doc.select("#orgunit-level").text()).isEqualTo("Cấp 2 (cấp xã)");
		assertThat(doc.select("#orgunit-predecessors tbody tr").eachText()).hasSize(3)
			.anyMatch(t -> t.contains("Xã Nhữ Hán, Huyện Yên Sơn, Tỉnh Tuyên Quang"));
		assertThat(doc.select("#orgunit-successors")).isEmpty();
		assertThat(doc.select("#orgunit-breadcrumb a").eachText()).contains("Tỉnh Tuyên Quang");
	}

	@Test
	void detailOfTheNationCountsBothStructures() throws Exception {
		long root = orgUnits.root().id();
		Document doc = page(get("/org-units/{id}", root), root);
		assertThat(doc.select("#orgunit-name").text()).isEqualTo("Việt Nam");
		assertThat(doc.select("#orgunit-type").text()).isEqualTo("Quốc gia");
		assertThat(doc.select("#orgunit-validity").text()).isEqualTo("Không giới hạn thời gian");
		assertThat(doc.select("#orgunit-children > div").eachText()).containsExactly(
				"34 đơn vị (Hiện hành) Xem trong cây", "63 đơn vị (Trước 01/7/2025) Xem trong cây");
		assertThat(doc.select("#orgunit-children a").eachAttr("href"))
			.containsExactly("/org-units?root=" + root + "&version=2025", "/org-units?root=" + root + "&version=2024");
		assertThat(doc.select("#orgunit-successors, #orgunit-predecessors")).isEmpty();
		Document commune = page(get("/org-units/{id}", unit("02530", "2025").id()), root);
		assertThat(commune.select("#orgunit-children").text()).isEqualTo("Không có");
	}

	@Test
	void detailInEnglish() throws Exception {
		Document doc = page(get("/org-units/{id}", unit("02", "2024").id()).param("lang", "en"), tuyenQuang());
		assertThat(doc.select("#orgunit-version").text()).isEqualTo("Historical, until 30 June 2025");
		assertThat(doc.select("#orgunit-successors h2").text()).isEqualTo("From 1 July 2025 became");
		assertThat(doc.select("#orgunit-successors tbody tr").text()).contains("Whole");
	}

	@Test
	void aUnitOfAnotherProvinceIsForbiddenAndAnUnknownOneNotFound() throws Exception {
		long gialaiWard = unit("23617", "2025").id();
		assertThat(statusOf(get("/org-units/{id}", gialaiWard), tuyenQuang())).isEqualTo(403);
		assertThat(statusOf(get("/org-units/{id}", unit("52", "2024").id()), tuyenQuang())).isEqualTo(403);
		assertThat(statusOf(get("/org-units/{id}", orgUnits.root().id()), tuyenQuang())).isEqualTo(403);
		assertThat(statusOf(get("/org-units").param("root", String.valueOf(gialaiWard)), tuyenQuang())).isEqualTo(403);
		assertThat(statusOf(get("/org-units/{id}", 999_999_999L), tuyenQuang())).isEqualTo(404);
		assertThat(statusOf(get("/org-units/abc"), tuyenQuang())).isEqualTo(400);
		String body = mvc.perform(get("/org-units/{id}", gialaiWard).with(TestUsers.as(Role.COORDINATOR, tuyenQuang())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("An Khê");
	}

	@Test
	void theTreeCanBeRootedAtAUnitInScope() throws Exception {
		long yenSon = unit("075", "2024").id();
		Document doc = page(get("/org-units").param("root", String.valueOf(yenSon)).param("version", "2024"),
				tuyenQuang());
		assertThat(doc.select("#orgunit-tree > ul > li > details > summary > a").eachText())
			.containsExactly("Huyện Yên Sơn");
		assertThat(doc.text()).contains("Xã Nhữ Khê");
		// switching to 2025 shows the units the district's communes became
		Document current = page(get("/org-units").param("root", String.valueOf(yenSon)), tuyenQuang());
		assertThat(current.select("#orgunit-tree > ul > li > details > summary > a").eachText()).contains("Xã Nhữ Khê");
	}

	@Test
	void pickerLookupAndSelect() throws Exception {
		Document results = page(get("/org-units/lookup").param("q", "nhu khe").param("field", "orgUnitId"), tuyenQuang());
		Element option = results.selectFirst("button.orgunit-picker-option");
		assertThat(option.text()).isEqualTo("Xã Nhữ Khê, Tỉnh Tuyên Quang");
		assertThat(option.select("mark").eachText()).containsExactly("Nhữ", "Khê");
		long nhuKhe = unit("02530", "2025").id();
		assertThat(option.attr("hx-get")).isEqualTo("/org-units/lookup/select?field=orgUnitId&id=" + nhuKhe);
		assertThat(option.attr("hx-target")).isEqualTo("closest .orgunit-picker");

		// only the current structure, only within scope; the nation when it is in scope
		Document historical = page(get("/org-units/lookup").param("q", "ha giang").param("field", "f"), tuyenQuang());
		assertThat(historical.select("button.orgunit-picker-option").eachText()).noneMatch(t -> t.contains("Tỉnh Hà Giang"));
		assertThat(page(get("/org-units/lookup").param("q", "an khe").param("field", "f"), tuyenQuang())
			.select("button.orgunit-picker-option")).isEmpty();
		assertThat(page(get("/org-units/lookup").param("q", "viet nam").param("field", "f"), orgUnits.root().id())
			.select("button.orgunit-picker-option")
			.first()
			.text()).isEqualTo("Việt Nam");
		assertThat(page(get("/org-units/lookup").param("q", "").param("field", "f"), tuyenQuang())
			.select(".orgunit-picker-menu")).isEmpty();

		Document picker = page(get("/org-units/lookup/select").param("field", "orgUnitId").param("id",
				String.valueOf(nhuKhe)), tuyenQuang());
		assertThat(picker.select("div.orgunit-picker input[type=hidden][name=orgUnitId]").attr("value"))
			.isEqualTo(String.valueOf(nhuKhe));
		assertThat(picker.select("#orgUnitId-query").attr("value")).isEqualTo("Xã Nhữ Khê, Tỉnh Tuyên Quang");
		assertThat(picker.select("#orgUnitId-query").attr("form")).isEqualTo("orgunit-picker-detached");
		assertThat(picker.select("#orgUnitId-query").hasAttr("name")).isTrue();
		assertThat(picker.select("button.orgunit-picker-clear")).hasSize(1);

		Document cleared = page(get("/org-units/lookup/select").param("field", "orgUnitId"), tuyenQuang());
		assertThat(cleared.select("input[type=hidden][name=orgUnitId]").attr("value")).isEmpty();
		assertThat(cleared.select("button.orgunit-picker-clear")).isEmpty();

		assertThat(statusOf(get("/org-units/lookup/select").param("field", "orgUnitId")
			.param("id", String.valueOf(unit("52", "2025").id())), tuyenQuang())).isEqualTo(403);
		assertThat(statusOf(get("/org-units/lookup").param("q", "x").param("field", "\"><script>"), tuyenQuang()))
			.isEqualTo(400);
	}

}
