package vn.trienkhai.orgunit;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class OrgUnitsTest {

	@Autowired
	OrgUnits orgUnits;

	private OrgUnit unit(String code, String version) {
		return orgUnits.findByCode(code, version).orElseThrow();
	}

	private static String text(OrgUnitMatch m) {
		StringBuilder s = new StringBuilder();
		m.highlighted().forEach(p -> s.append(p.match() ? "[" + p.text() + "]" : p.text()));
		return s.toString();
	}

	@Test
	void lookUpByIdCodeAndRoot() {
		OrgUnit root = orgUnits.root();
		assertThat(root.code()).isEqualTo("VN");
		assertThat(root.name()).isEqualTo("Việt Nam");
		assertThat(root.type()).isEqualTo(OrgUnitType.QUOC_GIA);
		assertThat(root.level()).isZero();
		assertThat(root.parentId()).isNull();
		assertThat(root.isCurrent()).isTrue();

		OrgUnit gialai = unit("52", "2025");
		assertThat(gialai.name()).isEqualTo("Tỉnh Gia Lai");
		assertThat(gialai.isCurrent()).isTrue();
		assertThat(gialai.parentId()).isEqualTo(root.id());
		OrgUnit binhdinh = unit("52", "2024");
		assertThat(binhdinh.name()).isEqualTo("Tỉnh Bình Định");
		assertThat(binhdinh.isCurrent()).isFalse();
		assertThat(binhdinh.validTo()).hasToString("2025-06-30");
		assertThat(binhdinh.parentId()).isEqualTo(root.id());

		assertThat(orgUnits.findById(gialai.id())).contains(gialai);
		assertThat(orgUnits.findById(-1)).isEmpty();
		assertThat(orgUnits.findByCode("52", "2023")).isEmpty();
		assertThatThrownBy(() -> orgUnits.get(-1)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void qualifiedNames() {
		assertThat(orgUnits.qualifiedName(unit("02530", "2025").id())).isEqualTo("Xã Nhữ Khê, Tỉnh Tuyên Quang");
		assertThat(orgUnits.qualifiedName(unit("02530", "2024").id()))
			.isEqualTo("Xã Nhữ Khê, Huyện Yên Sơn, Tỉnh Tuyên Quang");
		assertThat(orgUnits.qualifiedName(unit("075", "2024").id())).isEqualTo("Huyện Yên Sơn, Tỉnh Tuyên Quang");
		assertThat(orgUnits.qualifiedName(unit("08", "2025").id())).isEqualTo("Tỉnh Tuyên Quang");
		assertThat(orgUnits.qualifiedName(orgUnits.root().id())).isEqualTo("Việt Nam");
		assertThatThrownBy(() -> orgUnits.qualifiedName(-5)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void ancestorsAndChildren() {
		OrgUnit commune = unit("00688", "2024");
		assertThat(orgUnits.ancestors(commune.id())).extracting(OrgUnit::name)
			.containsExactly("Việt Nam", "Tỉnh Hà Giang", "Thành phố Hà Giang");
		assertThat(orgUnits.ancestors(orgUnits.root().id())).isEmpty();

		long root = orgUnits.root().id();
		assertThat(orgUnits.children(root)).hasSize(34 + 63);
		List<OrgUnitNode> provinces = orgUnits.childNodes(root, "2025");
		assertThat(provinces).hasSize(34).allMatch(n -> n.unit().level() == 1 && n.unit().isCurrent());
		assertThat(provinces.stream().mapToInt(OrgUnitNode::childCount).sum()).isEqualTo(3321);
		assertThat(orgUnits.childNodes(root, "2024")).hasSize(63);
		assertThat(orgUnits.childCount(root, "2024")).isEqualTo(63);
		assertThat(orgUnits.childCount(root, null)).isEqualTo(97);

		OrgUnitNode tuyenQuang = provinces.stream().filter(n -> n.unit().code().equals("08")).findFirst().orElseThrow();
		assertThat(tuyenQuang.childCount()).isEqualTo(orgUnits.children(tuyenQuang.unit().id()).size()).isPositive();
		assertThat(orgUnits.childNodes(unit("02530", "2025").id(), null)).isEmpty();
		assertThatThrownBy(() -> orgUnits.childNodes(root, "1999")).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void searchIgnoresDiacriticsAndCaseAndQualifiesTheName() {
		List<OrgUnitMatch> found = orgUnits.search("nhu khe", null, "2025", 10);
		assertThat(found).isNotEmpty();
		OrgUnitMatch first = found.get(0);
		assertThat(first.unit().name()).isEqualTo("Xã Nhữ Khê");
		assertThat(first.qualifiedName()).isEqualTo("Xã Nhữ Khê, Tỉnh Tuyên Quang");
		assertThat(first.fuzzy()).isFalse();
		assertThat(text(first)).isEqualTo("Xã [Nhữ] [Khê], Tỉnh Tuyên Quang");

		// upper case, decomposed (NFD) input and the full name with diacritics find the same unit
		String nfd = Normalizer.normalize("XÃ NHỮ KHÊ", Normalizer.Form.NFD);
		assertThat(nfd).isNotEqualTo("XÃ NHỮ KHÊ");
		for (String q : List.of("NHU KHE", nfd, "Xã Nhữ Khê", "  nhữ-khê ", "nh kh")) {
			assertThat(orgUnits.search(q, null, "2025", 10)).as(q)
				.extracting(OrgUnitMatch::qualifiedName)
				.contains("Xã Nhữ Khê, Tỉnh Tuyên Quang");
		}
		assertThat(text(orgUnits.search(nfd, null, "2025", 1).get(0))).isEqualTo("[Xã] [Nhữ] [Khê], Tỉnh Tuyên Quang");

		// both versions: the 2024 commune carries its district
		assertThat(orgUnits.search("nhu khe", null, null, 10)).extracting(OrgUnitMatch::qualifiedName)
			.containsExactlyInAnyOrder("Xã Nhữ Khê, Tỉnh Tuyên Quang", "Xã Nhữ Khê, Huyện Yên Sơn, Tỉnh Tuyên Quang");
		assertThat(orgUnits.search("nhu khe", null, null, 10).get(0).unit().isCurrent()).isTrue();
	}

	@Test
	void repeatedNamesAreToldApartByTheirProvince() {
		List<OrgUnitMatch> current = orgUnits.search("phuong an khe", null, "2025", 20);
		assertThat(current).hasSizeGreaterThanOrEqualTo(2).allMatch(m -> m.unit().name().equals("Phường An Khê"));
		assertThat(current).extracting(OrgUnitMatch::qualifiedName)
			.containsExactlyInAnyOrder("Phường An Khê, Thành phố Đà Nẵng", "Phường An Khê, Tỉnh Gia Lai");
		List<OrgUnitMatch> both = orgUnits.search("phuong an khe", null, null, 20);
		assertThat(both).hasSize(3);
		assertThat(both.stream().map(OrgUnitMatch::qualifiedName).distinct()).hasSize(3);
		assertThat(both.get(2).qualifiedName()).isEqualTo("Phường An Khê, Quận Thanh Khê, Thành phố Đà Nẵng");
	}

	@Test
	void searchRanksExactNamesAndHigherLevelsFirst() {
		List<OrgUnitMatch> found = orgUnits.search("tuyen quang", null, null, 10);
		assertThat(found).extracting(m -> m.unit().name() + " " + m.unit().version())
			.startsWith("Tỉnh Tuyên Quang 2025", "Tỉnh Tuyên Quang 2024");
		assertThat(orgUnits.search("ha", null, "2025", 50)).hasSize(50);
		assertThat(orgUnits.search("ha", null, "2025", 500)).hasSize(OrgUnits.MAX_RESULTS);
		assertThat(orgUnits.search("ha", null, "2025", 5).get(0).unit().level()).isEqualTo(1);
		assertThat(orgUnits.search("  ", null, null, 10)).isEmpty();
		assertThat(orgUnits.search("%_'", null, null, 10)).isEmpty();
		assertThat(orgUnits.search("viet nam", null, "2025", 10)).extracting(OrgUnitMatch::qualifiedName)
			.startsWith("Việt Nam");
		assertThatThrownBy(() -> orgUnits.search("ha", null, "x", 10)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void searchFindsTyposBySimilarity() {
		for (String typo : List.of("nhu khee", "nhuw khe", "nhu kge")) {
			List<OrgUnitMatch> found = orgUnits.search(typo, null, "2025", 10);
			assertThat(found).as(typo).isNotEmpty();
			assertThat(found.get(0).unit().name()).as(typo).isEqualTo("Xã Nhữ Khê");
			assertThat(found.get(0).fuzzy()).isTrue();
		}
		assertThat(text(orgUnits.search("nhu khee", null, "2025", 1).get(0))).contains("[Nhữ] [Khê]");
		assertThat(orgUnits.search("qqqxxzz", null, null, 10)).isEmpty();
		// with a type word, only units of that type, and the type word does not make every "Phường An …" similar
		assertThat(orgUnits.search("phuong an khee", null, "2025", 10)).isNotEmpty()
			.allMatch(m -> m.unit().type() == OrgUnitType.PHUONG && m.fuzzy())
			.extracting(OrgUnitMatch::qualifiedName)
			.contains("Phường An Khê, Tỉnh Gia Lai")
			.noneMatch(q -> q.startsWith("Phường An Tường"));
		assertThat(orgUnits.search("xa nhu khee", null, "2025", 10)).extracting(m -> m.unit().name())
			.containsExactly("Xã Nhữ Khê");
	}

	@Test
	void searchCanUseTheNamesOfTheUnitsAbove() {
		List<OrgUnitMatch> found = orgUnits.search("an khe gia lai", null, "2025", 10);
		assertThat(found).extracting(OrgUnitMatch::qualifiedName).containsExactly("Phường An Khê, Tỉnh Gia Lai");
		assertThat(text(found.get(0))).isEqualTo("Phường [An] [Khê], Tỉnh [Gia] [Lai]");
	}

	@Test
	void searchIsRestrictedToTheScope() {
		long gialai = unit("52", "2025").id();
		long tuyenQuang = unit("08", "2025").id();
		assertThat(orgUnits.search("phuong an khe", gialai, "2025", 10)).extracting(OrgUnitMatch::qualifiedName)
			.containsExactly("Phường An Khê, Tỉnh Gia Lai");
		assertThat(orgUnits.search("phuong an khe", tuyenQuang, null, 10)).isEmpty();
		assertThat(orgUnits.search("nhu khee", gialai, null, 10)).isEmpty();
		// a 2024 unit is within a 2025 scope through its successor
		assertThat(orgUnits.search("ha giang", tuyenQuang, "2024", 10)).extracting(m -> m.unit().name())
			.contains("Tỉnh Hà Giang", "Thành phố Hà Giang");
		assertThat(orgUnits.search("ha giang", gialai, "2024", 10)).allMatch(OrgUnitMatch::fuzzy)
			.noneMatch(m -> m.unit().shortName().equals("Hà Giang"));
		assertThat(orgUnits.search("nhu khe", orgUnits.root().id(), null, 10)).hasSize(2);
	}

	@Test
	void isWithinTheCurrentSubtree() {
		long root = orgUnits.root().id();
		long tuyenQuang = unit("08", "2025").id();
		long nhuKhe = unit("02530", "2025").id();
		long gialai = unit("52", "2025").id();
		assertThat(orgUnits.isWithin(nhuKhe, tuyenQuang)).isTrue();
		assertThat(orgUnits.isWithin(tuyenQuang, tuyenQuang)).isTrue();
		assertThat(orgUnits.isWithin(nhuKhe, root)).isTrue();
		assertThat(orgUnits.isWithin(tuyenQuang, nhuKhe)).isFalse();
		assertThat(orgUnits.isWithin(nhuKhe, gialai)).isFalse();
		assertThat(orgUnits.isWithin(root, tuyenQuang)).isFalse();
		assertThat(orgUnits.isWithin(-1, tuyenQuang)).isFalse();
		assertThat(orgUnits.isWithin(nhuKhe, -1)).isFalse();
	}

	@Test
	void isWithinThroughSuccession() {
		long tuyenQuang2025 = unit("08", "2025").id();
		long haGiang2024 = unit("02", "2024").id();
		long haGiangCity2024 = unit("024", "2024").id();
		long haGiangWard2024 = unit("00688", "2024").id();
		long binhDinh2024 = unit("52", "2024").id();
		long gialai2025 = unit("52", "2025").id();
		assertThat(orgUnits.isWithin(haGiang2024, tuyenQuang2025)).isTrue();
		assertThat(orgUnits.isWithin(haGiangCity2024, tuyenQuang2025)).as("district, through its communes").isTrue();
		assertThat(orgUnits.isWithin(haGiangWard2024, tuyenQuang2025)).isTrue();
		assertThat(orgUnits.isWithin(binhDinh2024, tuyenQuang2025)).isFalse();
		assertThat(orgUnits.isWithin(binhDinh2024, gialai2025)).isTrue();
		assertThat(orgUnits.isWithin(haGiang2024, orgUnits.root().id())).isTrue();
		// a 2024 scope covers its own subtree only
		assertThat(orgUnits.isWithin(haGiangWard2024, haGiang2024)).isTrue();
		assertThat(orgUnits.isWithin(tuyenQuang2025, haGiang2024)).isFalse();

		// a commune split in parts counts within each commune it went to, and not within others
		long xuanTao2024 = unit("00611", "2024").id();
		assertThat(orgUnits.isWithin(xuanTao2024, unit("00091", "2025").id())).isTrue();
		assertThat(orgUnits.isWithin(xuanTao2024, unit("00160", "2025").id())).isTrue();
		assertThat(orgUnits.isWithin(xuanTao2024, unit("02530", "2025").id())).isFalse();
		// a province is not within one commune because some of its communes went there
		assertThat(orgUnits.isWithin(haGiang2024, unit("02530", "2025").id())).isFalse();

		assertThat(orgUnits.within(List.of(haGiang2024, binhDinh2024, haGiangWard2024, gialai2025), tuyenQuang2025))
			.isEqualTo(Set.of(haGiang2024, haGiangWard2024));
		assertThat(orgUnits.within(List.of(), tuyenQuang2025)).isEmpty();
	}

	@Test
	void successorsAndPredecessors() {
		assertThat(orgUnits.successors(unit("02", "2024").id())).extracting(OrgUnit::name, OrgUnit::version)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Tỉnh Tuyên Quang", "2025"));
		assertThat(orgUnits.successors(unit("52", "2024").id())).extracting(OrgUnit::name)
			.containsExactly("Tỉnh Gia Lai");
		assertThat(orgUnits.predecessors(unit("08", "2025").id())).extracting(OrgUnit::name)
			.containsExactly("Tỉnh Hà Giang", "Tỉnh Tuyên Quang");
		assertThat(orgUnits.predecessors(unit("02530", "2025").id())).extracting(OrgUnit::code)
			.containsExactly("02527", "02530", "02533");
		assertThat(orgUnits.predecessorLinks(unit("02530", "2025").id()))
			.allMatch(l -> l.coverage() == SuccessionLink.Coverage.FULL && !l.unit().isCurrent());

		List<SuccessionLink> split = orgUnits.successorLinks(unit("00611", "2024").id());
		assertThat(split).extracting(l -> l.unit().code()).containsExactly("00091", "00160", "00611");
		assertThat(split).allMatch(l -> l.coverage() == SuccessionLink.Coverage.PARTIAL && !l.viaCommunes());

		List<SuccessionLink> corrected = orgUnits.successorLinks(unit("13768", "2024").id());
		assertThat(corrected).extracting(l -> l.unit().code() + " " + l.note())
			.containsExactly("13753 corrected: upstream said 13669");

		// a district: through its communes
		List<SuccessionLink> district = orgUnits.successorLinks(unit("075", "2024").id());
		assertThat(district).isNotEmpty().allMatch(SuccessionLink::viaCommunes).allMatch(l -> l.unit().level() == 2);
		assertThat(district).extracting(l -> l.unit().name()).contains("Xã Nhữ Khê");
		// an island district has its own link
		assertThat(orgUnits.successorLinks(unit("755", "2024").id())).extracting(l -> l.unit().name(), SuccessionLink::coverage)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Đặc khu Côn Đảo", SuccessionLink.Coverage.FULL));

		assertThat(orgUnits.successors(unit("08", "2025").id())).isEmpty();
		assertThat(orgUnits.predecessors(unit("02", "2024").id())).isEmpty();
		assertThat(orgUnits.predecessors(orgUnits.root().id())).isEmpty();
	}

}
