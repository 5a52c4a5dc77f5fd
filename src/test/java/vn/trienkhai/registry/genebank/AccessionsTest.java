package vn.trienkhai.registry.genebank;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

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
import vn.trienkhai.platform.OutOfScopeException;
import vn.trienkhai.platform.Role;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.shared.RegistryTable;

/** Accessions on the real database: validation, uniqueness, index, export against the standard, indicator. */
@IntegrationTest
class AccessionsTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	Accessions accessions;

	@Autowired
	AccessionsConserved conserved;

	@Autowired
	AccessionTable table;

	@Autowired
	JdbcClient jdbc;

	long canTho;

	long anGiang;

	@BeforeEach
	void signIn() {
		canTho = unit("92");
		anGiang = unit("91");
		as(Role.COORDINATOR, canTho);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	long unit(String code) {
		return jdbc.sql("select id from org_unit where code = :code and version = '2025'").param("code", code)
			.query(Long.class).single();
	}

	static void as(Role role, long unit) {
		SecurityContextHolder.getContext().setAuthentication(TestUsers.authenticationFor(role, unit, null));
	}

	static String tag() {
		return SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
	}

	static Map<String, String> passport(String accenumb) {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("INSTCODE", "VNM049");
		m.put("ACCENUMB", accenumb);
		m.put("GENUS", "Oryza");
		m.put("SPECIES", "sativa");
		m.put("CROPNAME", "lúa");
		m.put("ACQDATE", "1968----");
		m.put("ORIGCTY", "VNM");
		m.put("DECLATITUDE", "10.045162");
		m.put("DECLONGITUDE", "105.746857");
		m.put("SAMPSTAT", "300");
		m.put("COLLSRC", "20");
		m.put("STORAGE", "12;13");
		m.put("MLSSTAT", "1");
		m.put("REMARKS", "COLLSRC:ruộng, bờ kênh");
		return m;
	}

	AccessionInput input(long unit, Map<String, String> mcpd) {
		return new AccessionInput(unit, null, Visibility.INTERNAL, "Lúa Một bụi đỏ " + tag(),
				"Nhiệm vụ quỹ gen cấp tỉnh", null, mcpd);
	}

	@Test
	void savesThePassportAndIndexesIt() {
		String number = "CT-" + tag();
		Accession a = accessions.create(input(canTho, passport(number)));
		assertThat(a.get("ACCENUMB")).isEqualTo(number);
		assertThat(a.get("DECLATITUDE")).isEqualTo("10.045162");
		assertThat(a.get("STORAGE")).isEqualTo("12;13");
		String summary = jdbc.sql("select summary from registry_entry where kind = 'ACCESSION' and record_id = :id")
			.param("id", a.id()).query(String.class).single();
		assertThat(summary).contains("Oryza sativa lúa " + number + " VNM049");
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'genebank_accession' and entity_id = :id")
			.param("id", String.valueOf(a.id())).query(Long.class).single()).isEqualTo(1);

		Accession changed = accessions.update(a.id(), a.rowVersion(), new AccessionInput(canTho, null,
				Visibility.PUBLIC, null, null, LocalDate.of(2024, 5, 1), passport(number)));
		assertThat(changed.rowVersion()).isEqualTo(a.rowVersion() + 1);
		assertThat(jdbc.sql("select title from registry_entry where kind = 'ACCESSION' and record_id = :id")
			.param("id", a.id()).query(String.class).single()).isEqualTo(number);
		accessions.delete(a.id(), changed.rowVersion());
		assertThat(jdbc.sql("select count(*) from registry_entry where kind = 'ACCESSION' and record_id = :id")
			.param("id", a.id()).query(Long.class).single()).isZero();
	}

	@Test
	void malformedDatesAndCodesNameTheField() {
		for (String[] bad : new String[][] { { "ACQDATE", "19681305" }, { "ACQDATE", "1968--05" },
				{ "COLLDATE", "abc" }, { "SAMPSTAT", "101" }, { "COLLSRC", "16" }, { "STORAGE", "12;14" },
				{ "MLSSTAT", "2" }, { "INSTCODE", "vn049" }, { "ORIGCTY", "VN" }, { "DECLATITUDE", "91" } }) {
			Map<String, String> m = passport("CT-" + tag());
			m.put(bad[0], bad[1]);
			List<RegistryTable.Problem> problems = accessions.check(input(canTho, m));
			assertThat(problems).as(Arrays.toString(bad)).hasSize(1);
			assertThat(problems.get(0).column()).isEqualTo(bad[0]);
			assertThat(problems.get(0).args()[0]).isEqualTo(bad[0]);
			assertThatThrownBy(() -> accessions.create(input(canTho, m))).isInstanceOf(InvalidInputException.class);
		}
		Map<String, String> ok = passport("CT-" + tag());
		ok.put("ACQDATE", "19680000");
		ok.put("COLLDATE", "196805--");
		assertThat(accessions.check(input(canTho, ok))).isEmpty();
	}

	@Test
	void accessionNumberIsUniquePerInstitute() {
		String number = "CT-" + tag();
		accessions.create(input(canTho, passport(number)));
		assertThatThrownBy(() -> accessions.create(input(canTho, passport(number))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("genebank.error.duplicate"));
		Map<String, String> other = passport(number);
		other.put("INSTCODE", "VNM050");
		assertThat(accessions.create(input(canTho, other)).get("INSTCODE")).isEqualTo("VNM050");
	}

	@Test
	void outsideTheScopeIsForbidden() {
		as(Role.COORDINATOR, anGiang);
		assertThatThrownBy(() -> accessions.create(input(canTho, passport("CT-" + tag()))))
			.isInstanceOf(OutOfScopeException.class);
		as(Role.OVERSEER, canTho);
		assertThatThrownBy(() -> accessions.create(input(canTho, passport("CT-" + tag()))))
			.isInstanceOf(OutOfScopeException.class);
		as(Role.COORDINATOR, canTho);
		Accession internal = accessions.create(input(canTho, passport("CT-" + tag())));
		as(Role.REPORTER, anGiang);
		assertThatThrownBy(() -> accessions.get(internal.id())).isInstanceOf(OutOfScopeException.class);
	}

	@Test
	void theExportHasTheStandardHeadersAndOnlyListedCodes() throws Exception {
		long commune = jdbc.sql("select id from org_unit where parent_id = :p order by id limit 1 offset 3")
			.param("p", canTho).query(Long.class).single();
		Map<String, String> second = passport("CT-" + tag());
		second.put("STORAGE", "40");
		second.put("SAMPSTAT", "999");
		accessions.create(input(commune, passport("CT-" + tag())));
		accessions.create(input(commune, second));
		List<String> lines = List.of(accessions.mcpdCsv(commune).split("\r\n"));
		assertThat(lines.get(0)).isEqualTo(String.join(",", Mcpd.FIELDS)).startsWith("INSTCODE,ACCENUMB,");
		Map<String, List<String>> codes = McpdCodeLists.parse(McpdCodeLists.text());
		assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
		for (String line : lines.subList(1, lines.size())) {
			List<String> cells = CsvCells.parse(line);
			assertThat(cells).hasSize(Mcpd.FIELDS.size());
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < cells.size(); i++) {
				row.put(Mcpd.FIELDS.get(i), cells.get(i));
			}
			assertThat(codes.get("SAMPSTAT")).contains(row.get("SAMPSTAT"));
			assertThat(codes.get("COLLSRC")).contains(row.get("COLLSRC"));
			assertThat(codes.get("MLSSTAT")).contains(row.get("MLSSTAT"));
			assertThat(codes.get("STORAGE")).containsAll(List.of(row.get("STORAGE").split(";")));
			assertThat(Mcpd.validDate(row.get("ACQDATE"))).isTrue();
			assertThat(row.get("INSTCODE")).matches("[A-Z]{3}[0-9]+");
			assertThat(row.get("ORIGCTY")).matches("[A-Z]{3}");
		}
		assertThat(lines.get(1)).contains("\"COLLSRC:ruộng, bờ kênh\"");
	}

	@Test
	void conservedCountsAcquiredAndNotWithdrawn() {
		long commune = jdbc.sql("select id from org_unit where parent_id = :p order by id limit 1 offset 5")
			.param("p", canTho).query(Long.class).single();
		long before2020 = conserved.value(commune, 2020).longValue();
		long before2025 = conserved.value(commune, 2025).longValue();
		Map<String, String> old = passport("CT-" + tag());
		old.put("ACQDATE", "2019----");
		accessions.create(input(commune, old));
		Map<String, String> recent = passport("CT-" + tag());
		recent.put("ACQDATE", "20230412");
		accessions.create(input(commune, recent));
		Map<String, String> unknown = passport("CT-" + tag());
		unknown.remove("ACQDATE");
		accessions.create(input(commune, unknown));
		Map<String, String> gone = passport("CT-" + tag());
		gone.put("ACQDATE", "2010----");
		accessions.create(new AccessionInput(commune, null, Visibility.PUBLIC, null, null, LocalDate.of(2021, 3, 1), gone));
		// 2020: old, unknown, gone (withdrawn in 2021); 2025: old, recent, unknown
		assertThat(conserved.value(commune, 2020).longValue() - before2020).isEqualTo(3);
		assertThat(conserved.value(commune, 2025).longValue() - before2025).isEqualTo(3);
		assertThat(conserved.value(canTho, 2025).longValue()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void importRowsNameTheUnitWithinTheImportUnit() {
		Map<String, String> values = new LinkedHashMap<>(passport("CT-" + tag()));
		values.put("UNIT", "91");
		RegistryTable.Row row = table.check(values, new RegistryTable.ImportContext(canTho, null));
		assertThat(row.ok()).isFalse();
		assertThat(row.problems().get(0).column()).isEqualTo("UNIT");
		values.put("UNIT", "92");
		values.put("ACQDATE", "1968--05");
		row = table.check(values, new RegistryTable.ImportContext(canTho, null));
		assertThat(row.problems()).extracting(RegistryTable.Problem::column).containsExactly("ACQDATE");
		values.put("ACQDATE", "19680500");
		row = table.check(values, new RegistryTable.ImportContext(canTho, null));
		assertThat(row.ok()).isTrue();
		row.save().run();
		assertThat(table.export(new RegistryTable.ImportContext(canTho, null)))
			.anySatisfy(r -> assertThat(r.get("ACCENUMB")).isEqualTo(values.get("ACCENUMB")));
	}

}
