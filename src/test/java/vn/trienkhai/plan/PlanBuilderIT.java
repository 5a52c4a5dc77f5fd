package vn.trienkhai.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.document.DocumentImports;
import vn.trienkhai.document.ImportedDocument;

/**
 * Confirming an import builds its plan: tasks assigned to the unit's agencies (a group of People's
 * Committees fanned out to the communes), targets on indicators, parents resolved to plans or placeholders;
 * a later import fills the placeholder in; a citation that would close a cycle is not linked; coverage
 * counts the communes that have a plan.
 */
@IntegrationTest
class PlanBuilderIT {

	@Autowired
	DocumentImports imports;

	@Autowired
	Plans plans;

	@Autowired
	JdbcClient jdbc;

	private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger(
			ThreadLocalRandom.current().nextInt(5000, 8000));

	long province;

	long commune;

	String communeName;

	/** Numbers unique to this run: the database is shared by all integration tests. */
	int provinceNo;

	int programmeNo;

	int communeNo;

	@BeforeEach
	void setUp() {
		province = jdbc.sql("select id from org_unit where name = 'Tỉnh Lâm Đồng' and version = '2025'").query(Long.class).single();
		Map<String, Object> c = jdbc.sql("select id, name from org_unit where parent_id = ? and version = '2025' order by code limit 1")
			.param(province).query().singleRow();
		commune = ((Number) c.get("id")).longValue();
		communeName = (String) c.get("name");
		// real numbers have up to four or five digits; the parser does not take longer ones for numbers
		int base = NEXT.getAndAdd(3);
		provinceNo = base;
		programmeNo = base + 1;
		communeNo = base + 2;
	}

	long confirm(long unit, String name, String text) throws Exception {
		ImportedDocument doc = imports.importFile(unit, name, () -> text.getBytes(StandardCharsets.UTF_8));
		imports.saveReview(doc.id(), imports.currentDraft(doc.id()), doc.rowVersion(), true);
		return plans.ofDocument(doc.id()).orElseThrow().id();
	}

	String provincePlan() {
		return """
				ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
				Số: %d/KH-UBND
				Lâm Đồng, ngày 12 tháng 4 năm 2024
				KẾ HOẠCH
				Thực hiện Chương trình hành động số %d-CTr/TU ngày 05/01/2024 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 36-NQ/TW ngày 30/01/2023 của Bộ Chính trị về phát triển và ứng dụng công nghệ sinh học
				I. MỤC TIÊU
				Đến năm 2030, có ít nhất 10 doanh nghiệp ứng dụng công nghệ sinh học; khoảng 7%% GRDP từ công nghiệp sinh học.
				II. TỔ CHỨC THỰC HIỆN
				1. Sở Khoa học và Công nghệ: chủ trì tham mưu danh mục nhiệm vụ khoa học và công nghệ về công nghệ sinh học; hoàn thành trong quý III/2024.
				2. Sở Y tế: chủ trì, phối hợp với Sở Tài chính đầu tư trang thiết bị xét nghiệm sinh học phân tử.
				3. Ủy ban nhân dân các xã, phường: xây dựng kế hoạch thực hiện trên địa bàn; báo cáo kết quả trước ngày 15 tháng 11 hằng năm.
				""".formatted(provinceNo, programmeNo);
	}

	@Test
	void aConfirmedImportBecomesAPlanWithItsTasksTargetsAndParents() throws Exception {
		long plan = confirm(province, "ke-hoach-tinh.txt", provincePlan());
		Plan p = plans.get(plan);
		assertThat(p.number()).isEqualTo(provinceNo + "/KH-UBND");
		assertThat(p.status()).isEqualTo(PlanStatus.ACTIVE);
		assertThat(p.orgUnitId()).isEqualTo(province);
		assertThat(p.horizonYears()).containsExactly(2030);

		List<Task> tasks = plans.tasks(plan);
		assertThat(tasks).hasSize(3);
		assertThat(tasks.get(0).leads()).extracting(Task.Assignee::name).containsExactly("Sở Khoa học và Công nghệ");
		assertThat(tasks.get(0).deadline().date()).hasToString("2024-09-30");
		assertThat(tasks.get(1).coordinators()).extracting(Task.Assignee::name).containsExactly("Sở Tài chính");
		// the communes' People's Committees, one assignment each, created in their own units
		int communes = jdbc.sql("select count(*) from org_unit where parent_id = ? and version = '2025'").param(province)
			.query(Integer.class).single();
		assertThat(tasks.get(2).leads()).hasSize(communes);
		assertThat(tasks.get(2).leads()).allSatisfy(a -> {
			assertThat(a.name()).startsWith("Ủy ban nhân dân ");
			assertThat(a.collective()).isEqualTo("Ủy ban nhân dân các xã, phường");
		});
		assertThat(tasks.get(2).leads()).extracting(Task.Assignee::orgUnitId).contains(commune);
		assertThat(tasks.get(2).deadline().normal()).isEqualTo("--11-15");

		assertThat(plans.targets(plan)).extracting(Target::value).extracting(v -> v.intValue()).containsExactly(10, 7);

		// parents: the provincial programme (not imported yet: a placeholder) and nothing for 36-NQ/TW, which is
		// cited only through the programme
		List<Plan> parents = plans.parents(plan);

		assertThat(parents).extracting(Plan::number).contains(programmeNo + "-CTr/TU");
		Plan programme = parents.stream().filter(x -> x.number().equals(programmeNo + "-CTr/TU")).findFirst().orElseThrow();
		assertThat(programme.isPlaceholder()).isTrue();
		assertThat(programme.kind()).isEqualTo("CHUONG_TRINH");
		assertThat(programme.issuedOn()).hasToString("2024-01-05");
	}

	@Test
	void aLaterImportFillsItsPlaceholderAndACycleIsNotLinked() throws Exception {
		long plan = confirm(province, "ke-hoach-tinh-2.txt", provincePlan());
		long placeholder = plans.parents(plan).stream().filter(x -> x.number().equals(programmeNo + "-CTr/TU"))
			.findFirst().orElseThrow().id();
		// the programme, citing the plan that implements it: that link would close a cycle
		String programme = """
				BAN THƯỜNG VỤ TỈNH ỦY LÂM ĐỒNG
				Số: %d-CTr/TU
				Lâm Đồng, ngày 05 tháng 01 năm 2024
				CHƯƠNG TRÌNH HÀNH ĐỘNG
				Thực hiện Nghị quyết số 36-NQ/TW ngày 30/01/2023 của Bộ Chính trị và Kế hoạch số %d/KH-UBND
				I. NHIỆM VỤ
				1. Ban Tuyên giáo Tỉnh ủy: chủ trì tuyên truyền về công nghệ sinh học.
				""".formatted(programmeNo, provinceNo);
		long filled = confirm(province, "chuong-trinh.txt", programme);
		assertThat(filled).as("the placeholder is filled in, not duplicated").isEqualTo(placeholder);
		Plan p = plans.get(filled);
		assertThat(p.status()).isEqualTo(PlanStatus.ACTIVE);
		assertThat(p.title()).isNotBlank();
		assertThat(plans.children(filled)).extracting(Plan::id).contains(plan);
		assertThat(plans.parents(filled)).extracting(Plan::id).doesNotContain(plan);
		assertThat(plans.parents(filled)).extracting(Plan::number).contains("36-NQ/TW");
	}

	@Test
	void coverageCountsTheCommunesThatHaveIssuedAPlan() throws Exception {
		long plan = confirm(province, "ke-hoach-tinh-3.txt", provincePlan());
		String communePlan = """
				ỦY BAN NHÂN DÂN %s
				Số: %d/KH-UBND
				ngày 10 tháng 5 năm 2024
				KẾ HOẠCH
				Thực hiện Kế hoạch số %d/KH-UBND ngày 12/4/2024 của Ủy ban nhân dân tỉnh Lâm Đồng về phát triển công nghệ sinh học
				I. TỔ CHỨC THỰC HIỆN
				1. Đoàn Thanh niên xã: chủ trì tuyên truyền về công nghệ sinh học trên địa bàn xã.
				""".formatted(communeName.toUpperCase(java.util.Locale.ROOT), communeNo, provinceNo);
		long child = confirm(commune, "ke-hoach-xa.txt", communePlan);
		assertThat(plans.parents(child)).extracting(Plan::id).containsExactly(plan);
		List<Plans.UnitCoverage> coverage = plans.coverage(plan);
		int communes = jdbc.sql("select count(*) from org_unit where parent_id = ? and version = '2025'").param(province)
			.query(Integer.class).single();
		assertThat(coverage).hasSize(communes);
		assertThat(coverage).filteredOn(u -> u.orgUnitId() == commune).extracting(Plans.UnitCoverage::plans).containsExactly(1);
		assertThat(coverage.stream().filter(u -> u.plans() == 0).count()).isEqualTo(communes - 1);
	}


	@Test
	void aPlaceholderOfALocalNumberIsFilledOnlyFromTheProvinceThatCitedIt() throws Exception {
		long otherProvince = jdbc.sql("select id from org_unit where name = 'Tỉnh Điện Biên' and version = '2025'")
			.query(Long.class).single();
		int local = NEXT.getAndAdd(3);
		String citing = """
				ỦY BAN NHÂN DÂN %s
				Số: %d/KH-UBND
				ngày 10 tháng 5 năm 2024
				KẾ HOẠCH
				Thực hiện Kế hoạch số %d/KH-UBND của Ủy ban nhân dân tỉnh về phát triển công nghệ sinh học
				I. TỔ CHỨC THỰC HIỆN
				1. Đoàn Thanh niên xã: chủ trì tuyên truyền về công nghệ sinh học trên địa bàn xã.
				""".formatted(communeName.toUpperCase(java.util.Locale.ROOT), local + 1, local);
		long child = confirm(commune, "xa-trich-dan.txt", citing);
		Plan placeholder = plans.parents(child).get(0);
		assertThat(placeholder.isPlaceholder()).isTrue();
		String same = """
				ỦY BAN NHÂN DÂN TỈNH %s
				Số: %d/KH-UBND
				ngày 02 tháng 4 năm 2024
				KẾ HOẠCH
				Phát triển công nghệ sinh học
				I. TỔ CHỨC THỰC HIỆN
				1. Sở Y tế: chủ trì phát triển dược liệu.
				""";
		// another province's plan of the same number is its own, not the one the commune cited
		long elsewhere = confirm(otherProvince, "tinh-khac.txt", same.formatted("ĐIỆN BIÊN", local));
		assertThat(elsewhere).isNotEqualTo(placeholder.id());
		assertThat(plans.get(placeholder.id()).isPlaceholder()).isTrue();
		// the commune's own province's plan fills it, and the commune's plan hangs under it
		long own = confirm(province, "tinh-nay.txt", same.formatted("LÂM ĐỒNG", local));
		assertThat(own).isEqualTo(placeholder.id());
		assertThat(plans.parents(child)).extracting(Plan::id).containsExactly(own);
		assertThat(plans.children(elsewhere)).isEmpty();
	}

	@Test
	void aProvincesCopyOfACentralResolutionDoesNotTakeOverTheNationalPlaceholder() throws Exception {
		long plan = confirm(province, "ke-hoach-tinh-4.txt", provincePlan());
		long central = plans.parents(plan).stream().filter(p -> "36-NQ/TW".equals(p.number())).findFirst().orElseThrow().id();
		String copy = """
				BỘ CHÍNH TRỊ
				Số: 36-NQ/TW
				Hà Nội, ngày 30 tháng 01 năm 2023
				NGHỊ QUYẾT
				về phát triển và ứng dụng công nghệ sinh học phục vụ phát triển bền vững đất nước trong tình hình mới
				I. NHIỆM VỤ
				1. Ban Tuyên giáo Trung ương: chủ trì tuyên truyền.
				""";
		long provincial = confirm(province, "36-nq-tw-ban-sao.txt", copy);
		assertThat(provincial).isNotEqualTo(central);
		assertThat(plans.get(central).isPlaceholder()).isTrue();
		// and a province elsewhere citing 36-NQ/TW still means the national one, not this copy
		long other = jdbc.sql("select id from org_unit where name = 'Tỉnh Điện Biên' and version = '2025'").query(Long.class).single();
		int n = NEXT.getAndAdd(3);
		long elsewhere = confirm(other, "db.txt", """
				ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN
				Số: %d/KH-UBND
				Điện Biên, ngày 02 tháng 4 năm 2024
				KẾ HOẠCH
				Thực hiện Nghị quyết số 36-NQ/TW ngày 30/01/2023 của Bộ Chính trị
				I. TỔ CHỨC THỰC HIỆN
				1. Sở Y tế: chủ trì phát triển dược liệu.
				""".formatted(n));
		assertThat(plans.parents(elsewhere)).extracting(Plan::id).containsExactly(central);
	}

}
