package vn.trienkhai.orgunit.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.trienkhai.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AdminUnitLoaderTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AdminUnitLoader loader;

	private int count(String sql, Object... args) {
		var spec = jdbc.sql(sql);
		for (Object a : args) {
			spec = spec.param(a);
		}
		return spec.query(Integer.class).single();
	}

	private Map<String, Integer> countsByType(String version, int level) {
		var rows = jdbc.sql("select type, count(*)::int as n from org_unit where version = ? and level = ? group by type")
			.param(version)
			.param(level)
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.list();
		return Map.ofEntries(rows.toArray(Map.Entry[]::new));
	}

	@Test
	void loadsTheNationAndBothVersions() {
		assertThat(jdbc.sql("select code, version, type, level, name, path::text, parent_id from org_unit where level = 0")
			.query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
					rs.getString(6), String.valueOf(rs.getObject(7))))
			.list()).containsExactly(List.of("VN", "2025", "QUOC_GIA", 0, "Việt Nam", "vn", "null"));

		assertThat(count("select count(*) from org_unit where version = '2025' and level = 1")).isEqualTo(34);
		assertThat(count("select count(*) from org_unit where version = '2025' and level = 2")).isEqualTo(3321);
		assertThat(count("select count(*) from org_unit where version = '2024' and level = 1")).isEqualTo(63);
		assertThat(count("select count(*) from org_unit where version = '2024' and level = 2")).isEqualTo(696);
		assertThat(count("select count(*) from org_unit where version = '2024' and level = 3")).isEqualTo(10035);
		assertThat(count("select count(*) from org_unit")).isEqualTo(1 + 3355 + 10794);

		assertThat(countsByType("2025", 1)).isEqualTo(Map.of("TINH", 28, "THANH_PHO", 6));
		assertThat(countsByType("2025", 2)).isEqualTo(Map.of("XA", 2621, "PHUONG", 687, "DAC_KHU", 13));
		assertThat(countsByType("2024", 2)).isEqualTo(Map.of("HUYEN", 508, "THANH_PHO", 87, "QUAN", 49, "THI_XA", 52));
		assertThat(countsByType("2024", 3)).isEqualTo(Map.of("XA", 7692, "PHUONG", 1726, "THI_TRAN", 617));
	}

	@Test
	void pathsShortNamesValidityAndParents() {
		record Row(String path, String shortName, String validFrom, String validTo, String parentCode) {
		}
		var sql = """
				select u.path::text, u.short_name, u.valid_from::text, u.valid_to::text, p.code
				from org_unit u join org_unit p on p.id = u.parent_id where u.code = ? and u.version = ?""";
		var row = (java.util.function.BiFunction<String, String, Row>) (code, version) -> jdbc.sql(sql)
			.param(code)
			.param(version)
			.query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
			.single();

		assertThat(row.apply("02530", "2025")).isEqualTo(new Row("vn.v2025_08.v2025_02530", "Nhữ Khê", "2025-07-01", null, "08"));
		assertThat(row.apply("00688", "2024"))
			.isEqualTo(new Row("vn.v2024_02.v2024_024.v2024_00688", "Quang Trung", "2025-03-01", "2025-06-30", "024"));
		assertThat(row.apply("02", "2024")).isEqualTo(new Row("vn.v2024_02", "Hà Giang", "2025-03-01", "2025-06-30", "VN"));
		assertThat(row.apply("26732", "2025").shortName()).isEqualTo("Côn Đảo");
		assertThat(row.apply("79", "2025").shortName()).isEqualTo("Hồ Chí Minh");

		// every name is its type's prefix plus the short name, every path ends in the unit's own label
		assertThat(count("""
				select count(*) from org_unit
				where level > 0 and (name not like '% ' || short_name or subpath(path, -1)::text <> 'v' || version || '_' || code)"""))
			.isZero();
		// every parent is one level up, in the same version (provinces: under the nation)
		assertThat(count("""
				select count(*) from org_unit u join org_unit p on p.id = u.parent_id
				where p.level <> u.level - 1 or (p.level > 0 and p.version <> u.version) or not (u.path <@ p.path)"""))
			.isZero();
	}

	@Test
	void codesAreReusedAcrossVersions() {
		assertThat(jdbc.sql("select name from org_unit where code = '52' and version = '2024'").query(String.class).single())
			.isEqualTo("Tỉnh Bình Định");
		assertThat(jdbc.sql("select name from org_unit where code = '52' and version = '2025'").query(String.class).single())
			.isEqualTo("Tỉnh Gia Lai");
		assertThat(jdbc.sql("select name from org_unit where code = '00004' and version = '2024'").query(String.class).single())
			.isEqualTo("Phường Trúc Bạch");
		assertThat(jdbc.sql("select name from org_unit where code = '00004' and version = '2025'").query(String.class).single())
			.isEqualTo("Phường Ba Đình");
	}

	@Test
	void loadsTheSuccessionsLeavingOutCommunesDissolvedBeforeMarch2025() {
		// 10,667 rows in the detail file, 12 of them with an old code that is not among the 2024 units
		assertThat(count("select count(*) from org_unit_succession")).isEqualTo(10655);
		assertThat(count("select count(*) from org_unit_succession where coverage = 'partial'")).isEqualTo(1012);
		assertThat(count("""
				select count(*) from org_unit_succession x join org_unit o on o.id = x.old_unit_id
				join org_unit n on n.id = x.new_unit_id where o.version <> '2024' or n.version <> '2025'""")).isZero();
		// every 2024 commune has a successor, every 2025 commune a predecessor
		assertThat(count("""
				select count(*) from org_unit u where u.version = '2024' and u.level = 3
				and not exists (select 1 from org_unit_succession x where x.old_unit_id = u.id)""")).isZero();
		assertThat(count("""
				select count(*) from org_unit u where u.version = '2025' and u.level = 2
				and not exists (select 1 from org_unit_succession x where x.new_unit_id = u.id)""")).isZero();
		assertThat(jdbc.sql("""
				select n.code || ' ' || x.coverage || ' ' || coalesce(x.note, '') from org_unit_succession x
				join org_unit o on o.id = x.old_unit_id join org_unit n on n.id = x.new_unit_id
				where o.code = '13768' and o.version = '2024'""").query(String.class).single())
			.isEqualTo("13753 full corrected: upstream said 13669");
		assertThat(count("select count(*) from org_unit where code = '07693'")).isZero();
	}

	@Test
	void aSecondLoadIsSkippedByChecksumAndChangesNothing() {
		String before = snapshot();
		String loadedAt = jdbc.sql("select loaded_at::text from reference_dataset where name = 'admin-units'")
			.query(String.class)
			.single();

		AdminUnitLoader.Result result = loader.load();

		assertThat(result.skipped()).isTrue();
		assertThat(snapshot()).isEqualTo(before);
		assertThat(jdbc.sql("select loaded_at::text from reference_dataset where name = 'admin-units'")
			.query(String.class)
			.single()).isEqualTo(loadedAt);
	}

	@Test
	void aChangedChecksumLoadsAgainKeepingIdsAndContent() {
		String before = snapshot();
		String checksum = jdbc.sql("select checksum from reference_dataset where name = 'admin-units'")
			.query(String.class)
			.single();
		jdbc.sql("update reference_dataset set checksum = 'changed' where name = 'admin-units'").update();

		AdminUnitLoader.Result result = loader.load();

		assertThat(result.skipped()).isFalse();
		assertThat(result.units2025()).isEqualTo(3355);
		assertThat(result.units2024()).isEqualTo(10794);
		assertThat(result.successions()).isEqualTo(10655);
		assertThat(result.skippedMappings()).isEqualTo(12);
		assertThat(result.millis()).isLessThan(10_000);
		assertThat(snapshot()).isEqualTo(before);
		assertThat(jdbc.sql("select checksum from reference_dataset where name = 'admin-units'").query(String.class).single())
			.isEqualTo(checksum);
		System.out.println("Full (re)load of administrative units took " + result.millis() + " ms");
	}

	/** A copy of the shipped files in a directory, as a resource location, with one file changed. */
	private static String copyWith(Path dir, String file, String from, String to) throws IOException {
		for (String name : List.of(AdminUnitLoader.UNITS_2025, AdminUnitLoader.UNITS_2024, AdminUnitLoader.MAPPING)) {
			try (InputStream in = new ClassPathResource("admin-units/" + name).getInputStream()) {
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				if (name.equals(file)) {
					assertThat(text).contains(from);
					text = text.replace(from, to);
				}
				Files.writeString(dir.resolve(name), text);
			}
		}
		return dir.toUri().toString();
	}

	@Test
	void corruptFilesStopTheLoadWithAClearMessageAndChangeNothing(@TempDir Path dir) throws IOException {
		String before = snapshot();
		String location = copyWith(dir, AdminUnitLoader.UNITS_2025, "02530,Xã Nhữ Khê,Xã,2,08", "02530,Xã Nhữ Khê,Xã,2,99");

		assertThatThrownBy(() -> loader.load(location)).isInstanceOf(AdminUnitCsv.AdminUnitDataException.class)
			.hasMessageContaining("units-2025.csv line")
			.hasMessageContaining("parent_code '99'");

		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aChangedFileIsUpsertedKeepingIds(@TempDir Path dir) throws IOException {
		long id = jdbc.sql("select id from org_unit where code = '02530' and version = '2025'").query(Long.class).single();
		String before = snapshot();
		try {
			AdminUnitLoader.Result result = loader.load(copyWith(dir, AdminUnitLoader.UNITS_2025,
					"02530,Xã Nhữ Khê,Xã,2,08", "02530,Xã Nhữ Khê Mới,Xã,2,08"));
			assertThat(result.skipped()).isFalse();
			assertThat(jdbc.sql("select name || '|' || short_name from org_unit where id = ?").param(id)
				.query(String.class).single()).isEqualTo("Xã Nhữ Khê Mới|Nhữ Khê Mới");
			assertThat(count("select count(*) from org_unit")).isEqualTo(1 + 3355 + 10794);
			assertThat(count("select count(*) from org_unit_succession")).isEqualTo(10655);
		}
		finally {
			loader.load();
		}
		assertThat(snapshot()).isEqualTo(before);
		assertThat(loader.load().skipped()).isTrue();
	}

	/** Every unit (id, code, version, name, parent, path) and succession, as one digest. */
	private String snapshot() {
		return jdbc.sql("""
				select md5(string_agg(concat_ws('|', id, code, version, name, short_name, type, level, parent_id, path,
				                                 valid_from, valid_to), ',' order by id))
				    || md5((select string_agg(concat_ws('|', old_unit_id, new_unit_id, coverage, note), ','
				                              order by old_unit_id, new_unit_id) from org_unit_succession))
				    || (select count(*) from org_unit)
				from org_unit""").query(String.class).single();
	}

}
