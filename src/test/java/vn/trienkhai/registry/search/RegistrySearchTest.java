package vn.trienkhai.registry.search;

import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestUsers;
import vn.trienkhai.platform.Role;
import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.RegistryKind;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.shared.SearchIndex;

/**
 * The registry search on the real index: folding, prefixes, typos, highlights, scope and facets. Every
 * test adds records carrying a word of its own, so rows of other tests never change what it finds.
 */
@IntegrationTest
class RegistrySearchTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger(500_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SearchIndex index;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	RegistrySearch search;

	long langSon;

	long vinhLong;

	long communeOfVinhLong;

	long nation;

	/** A made-up word no other record has ("kqbxmv…"), letters only so it is one search term. */
	String tag;

	@BeforeEach
	void units() {
		langSon = unit("20");
		vinhLong = unit("86");
		nation = jdbc.sql("select id from org_unit where level = 0").query(Long.class).single();
		communeOfVinhLong = jdbc.sql("""
				select u.id from org_unit u join org_unit p on p.id = u.parent_id
				 where p.code = '86' and p.version = '2025' order by u.code limit 1
				""").query(Long.class).single();
		tag = letters(System.nanoTime() + SEQUENCE.incrementAndGet());
	}

	long unit(String code) {
		return jdbc.sql("select id from org_unit where code = :c and version = '2025'").param("c", code)
			.query(Long.class).single();
	}

	static String letters(long n) {
		StringBuilder s = new StringBuilder("kq");
		for (long v = Math.abs(n); v > 0; v /= 23) {
			s.append((char) ('b' + v % 23));
		}
		return s.toString();
	}

	void put(RegistryKind kind, long unit, BiotechField field, String title, String summary, Visibility visibility) {
		long id = SEQUENCE.incrementAndGet();
		transactions.executeWithoutResult(t -> index.put(kind, id, unit, field, title, summary, visibility));
	}

	@Test
	void findsWithoutDiacriticsAndMarksTheWordsInTheirOwnSpelling() throws Exception {
		put(RegistryKind.PROJECT, langSon, BiotechField.AGRICULTURE,
				"Ứng dụng công nghệ sinh học trong nhân giống hồi " + tag, "Chủ nhiệm: TS. Nguyễn Văn An",
				Visibility.PUBLIC);
		put(RegistryKind.ENTERPRISE, langSon, BiotechField.FOOD, "Công ty Thực phẩm Xứ Lạng " + tag,
				"Không liên quan", Visibility.PUBLIC);

		String html = mvc.perform(get("/registry").param("q", "CONG NGHE sinh hoc " + tag)
			.with(TestUsers.as(Role.REPORTER, langSon))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select(".registry-hit")).hasSize(1);
		assertThat(page.select(".registry-hit-title mark").eachText()).containsExactly("công", "nghệ", "sinh",
				"học", tag);
		assertThat(page.select(".registry-hit-title").text()).startsWith("Ứng dụng công nghệ sinh học");
		assertThat(page.select("#registry-fuzzy")).isEmpty();
		assertThat(page.select(".registry-hit-title").attr("href")).startsWith("/registry/projects/");
	}

	@Test
	void theLastWordIsAPrefixAsPeopleTypeIt() throws Exception {
		put(RegistryKind.EXPERT, langSon, BiotechField.HEALTH, "PGS.TS. Trần Thị Bình " + tag, "Vi sinh vật",
				Visibility.PUBLIC);
		mvc.perform(get("/api/registry/search").param("q", tag + " vi sinh va").with(TestUsers.as(Role.REPORTER, langSon)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.fuzzy").value(false))
			.andExpect(jsonPath("$.hits[0].kind").value("EXPERT"))
			.andExpect(jsonPath("$.hits[0].snippet[?(@.marked == true)].text").value(
					org.hamcrest.Matchers.contains("Vi", "sinh", "vật")));
	}

	@Test
	void forgivesATypoWhenNothingMatchesExactly() throws Exception {
		put(RegistryKind.APPLICATION_MODEL, langSon, BiotechField.AGRICULTURE,
				"Mô hình công nghệ sinh học " + tag, "", Visibility.PUBLIC);
		String typo = "cong nghe sinh hok " + tag;
		mvc.perform(get("/api/registry/search").param("q", typo).with(TestUsers.as(Role.REPORTER, langSon)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fuzzy").value(true))
			.andExpect(jsonPath("$.hits[?(@.title == 'Mô hình công nghệ sinh học " + tag + "')]").isNotEmpty())
			.andExpect(jsonPath("$.hits[0].titleHighlights[?(@.text == 'công')].marked").value(
					org.hamcrest.Matchers.contains(true)));
	}

	@Test
	void internalRecordsStayInTheirSubtreeAndPublicOnesAreForEveryone() throws Exception {
		put(RegistryKind.ACCESSION, communeOfVinhLong, BiotechField.AGRICULTURE, "Giống lúa nội bộ " + tag, "",
				Visibility.INTERNAL);
		put(RegistryKind.ACCESSION, communeOfVinhLong, BiotechField.AGRICULTURE, "Giống lúa công khai " + tag, "",
				Visibility.PUBLIC);

		// another province sees the public one only
		mvc.perform(get("/api/registry/search").param("q", tag).with(TestUsers.as(Role.COORDINATOR, langSon)))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.hits[0].title").value("Giống lúa công khai " + tag));
		// the province above the commune, and the oversight body of the nation, see both
		mvc.perform(get("/api/registry/search").param("q", tag).with(TestUsers.as(Role.REPORTER, vinhLong)))
			.andExpect(jsonPath("$.total").value(2));
		mvc.perform(get("/api/registry/search").param("q", tag).with(TestUsers.as(Role.OVERSEER, nation)))
			.andExpect(jsonPath("$.total").value(2));
		// choosing Vĩnh Long as the area does not open its internal records to Lạng Sơn
		mvc.perform(get("/api/registry/search").param("q", tag).param("unit", String.valueOf(vinhLong))
			.with(TestUsers.as(Role.COORDINATOR, langSon))).andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void facetsCountEachRegistryFieldAndAreaWithTheOtherFiltersApplied() throws Exception {
		put(RegistryKind.ENTERPRISE, langSon, BiotechField.FOOD, "Doanh nghiệp A " + tag, "", Visibility.PUBLIC);
		put(RegistryKind.ENTERPRISE, vinhLong, BiotechField.HEALTH, "Doanh nghiệp B " + tag, "", Visibility.PUBLIC);
		put(RegistryKind.PRODUCT, communeOfVinhLong, BiotechField.FOOD, "Sản phẩm C " + tag, "", Visibility.PUBLIC);

		mvc.perform(get("/api/registry/search").param("q", tag).param("kind", "ENTERPRISE")
			.with(TestUsers.as(Role.OVERSEER, nation)))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.hits", hasSize(2)))
			// the registry facet ignores the registry chosen, so the product still shows as an option
			.andExpect(jsonPath("$.kinds.ENTERPRISE").value(2))
			.andExpect(jsonPath("$.kinds.PRODUCT").value(1))
			.andExpect(jsonPath("$.fields.FOOD").value(1))
			.andExpect(jsonPath("$.fields.HEALTH").value(1))
			.andExpect(jsonPath("$.units", hasSize(2)));

		// within Vĩnh Long the areas are its communes
		mvc.perform(get("/api/registry/search").param("q", tag).param("unit", String.valueOf(vinhLong))
			.with(TestUsers.as(Role.OVERSEER, nation)))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.units[0].unitId").value(communeOfVinhLong))
			.andExpect(jsonPath("$.units[0].count").value(1));
	}

	@Test
	void thePageShowsFacetsAndTheBoxRefreshesOnlyTheResults() throws Exception {
		put(RegistryKind.EQUIPMENT, langSon, BiotechField.HEALTH, "Máy PCR thời gian thực " + tag, "Phòng thí nghiệm",
				Visibility.PUBLIC);
		Document page = Jsoup.parse(mvc.perform(get("/registry").param("q", tag)
			.with(TestUsers.as(Role.REPORTER, langSon))).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#facet-kind a[data-kind=EQUIPMENT]").text()).isEqualTo("Thiết bị dùng chung");
		assertThat(page.select("#registry-total").text()).isEqualTo("Tìm thấy 1 bản ghi");
		assertThat(page.select("#registry-kinds a")).hasSize(RegistryKind.values().length);

		String fragment = mvc.perform(get("/registry").param("q", tag).header("HX-Request", "true")
			.with(TestUsers.as(Role.REPORTER, langSon))).andReturn().getResponse().getContentAsString();
		Document results = Jsoup.parse(fragment);
		assertThat(results.select("#registry-search-form")).isEmpty();
		assertThat(results.select("#registry-results .registry-hit")).hasSize(1);
	}

	@Test
	void anUnknownAreaIsNotFoundAndNothingMatchingSaysSo() throws Exception {
		mvc.perform(get("/registry").param("unit", "987654321").with(TestUsers.as(Role.REPORTER, langSon)))
			.andExpect(status().isNotFound());
		Document page = Jsoup.parse(mvc.perform(get("/registry").param("q", tag + "zz")
			.with(TestUsers.as(Role.REPORTER, langSon))).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#registry-none")).hasSize(1);
	}

	@Test
	void aBroadQueryIsCappedAndSaysSoWhileASmallOneIsCountedExactly() throws Exception {
		// the oldest first: a capped search keeps the newest matches
		put(RegistryKind.ENTERPRISE, langSon, BiotechField.FOOD, "Cũ nhất " + tag, "", Visibility.PUBLIC);
		put(RegistryKind.ENTERPRISE, langSon, BiotechField.FOOD, "Giữa " + tag, "", Visibility.PUBLIC);
		put(RegistryKind.PRODUCT, langSon, BiotechField.HEALTH, "Mới nhất " + tag, "", Visibility.PUBLIC);

		// three matches under the real cap: exact counts, no notice
		Document exact = Jsoup.parse(mvc.perform(get("/registry").param("q", tag)
			.with(TestUsers.as(Role.REPORTER, langSon))).andReturn().getResponse().getContentAsString());
		assertThat(exact.select("#registry-total").text()).isEqualTo("Tìm thấy 3 bản ghi");
		assertThat(exact.select("#registry-capped")).isEmpty();
		mvc.perform(get("/api/registry/search").param("q", tag).with(TestUsers.as(Role.REPORTER, langSon)))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.capped").value(false))
			.andExpect(jsonPath("$.kinds.ENTERPRISE").value(2));

		// the bean behind its transaction proxy holds the cap
		RegistrySearch target = org.springframework.test.util.AopTestUtils.getTargetObject(search);
		int cap = target.cap;
		target.cap = 2;
		try {
			Document capped = Jsoup.parse(mvc.perform(get("/registry").param("q", tag)
				.with(TestUsers.as(Role.REPORTER, langSon))).andReturn().getResponse().getContentAsString());
			assertThat(capped.select("#registry-total").text())
				.isEqualTo("Hơn 2 bản ghi khớp; đang xem 2 bản ghi trong 2 bản ghi khớp mới nhất");
			assertThat(capped.select("#registry-capped").text()).contains("2 bản ghi khớp mới nhất");
			assertThat(capped.select(".registry-hit-title").eachText()).containsExactlyInAnyOrder("Giữa " + tag,
					"Mới nhất " + tag);
			// the facets count the newest two; a registry chosen is searched again on its own, so its older
			// record, which the cap had left out, is found and counted
			mvc.perform(get("/api/registry/search").param("q", tag).param("kind", "ENTERPRISE")
				.with(TestUsers.as(Role.REPORTER, langSon)))
				.andExpect(jsonPath("$.capped").value(false))
				.andExpect(jsonPath("$.total").value(2))
				.andExpect(jsonPath("$.kinds.ENTERPRISE").value(2))
				.andExpect(jsonPath("$.kinds.PRODUCT").value(1))
				.andExpect(jsonPath("$.hits[*].title").value(org.hamcrest.Matchers.containsInAnyOrder("Cũ nhất " + tag,
						"Giữa " + tag)));
			mvc.perform(get("/api/registry/search").param("q", tag).param("kind", "PRODUCT")
				.with(TestUsers.as(Role.REPORTER, langSon)))
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.hits[0].title").value("Mới nhất " + tag));
			// in English the same
			Document english = Jsoup.parse(mvc.perform(get("/registry").param("q", tag).param("lang", "en")
				.header("Accept-Language", "en").with(TestUsers.as(Role.REPORTER, langSon))).andReturn()
				.getResponse().getContentAsString());
			assertThat(english.select("#registry-total").text()).startsWith("More than 2 records match");
		}
		finally {
			target.cap = cap;
		}
	}

	@Test
	void theLastWordIsCompletedFromTheVocabularyAndStillFindsWhatThePrefixFinds() throws Exception {
		// two words that begin with the same unfinished one, and a word that only contains it
		put(RegistryKind.EQUIPMENT, langSon, BiotechField.HEALTH, "Máy " + tag + "ab", "", Visibility.PUBLIC);
		put(RegistryKind.EQUIPMENT, langSon, BiotechField.HEALTH, "Máy " + tag + "cd", "", Visibility.PUBLIC);
		put(RegistryKind.EQUIPMENT, langSon, BiotechField.HEALTH, "Máy x" + tag, "", Visibility.PUBLIC);
		SearchQuery query = new SearchQuery("may " + tag, null, null, null, 0);
		assertThat(query.completedTsQuery(java.util.List.of(tag + "ab", tag + "cd")))
			.isEqualTo("may & (" + tag + "ab | " + tag + "cd)");
		assertThat(query.completedTsQuery(java.util.List.of())).isEqualTo("may & " + tag + ":*");
		mvc.perform(get("/api/registry/search").param("q", "may " + tag).with(TestUsers.as(Role.REPORTER, langSon)))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.hits[*].title").value(
					org.hamcrest.Matchers.containsInAnyOrder("Máy " + tag + "ab", "Máy " + tag + "cd")));
	}

}
