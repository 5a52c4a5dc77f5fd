package vn.trienkhai.orgunit.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.orgunit.load.AdminUnitCsv.MappingRow;
import vn.trienkhai.orgunit.load.AdminUnitCsv.Mappings;
import vn.trienkhai.orgunit.load.AdminUnitCsv.UnitRow;

/**
 * Loads the administrative units into the database while the application context starts (before any
 * ApplicationRunner; {@code OrgUnits} depends on this bean), in one transaction: the nation, the 2025
 * units, the 2024 units and the succession mapping.
 * <p>
 * Idempotent and cheap when nothing changed: the SHA-256 of the CSV files is kept in
 * {@code reference_dataset}; a start with the same files reads three small resources and one row. Changed
 * files are upserted by (code, version) — ids, and so every reference to a unit, are kept — and the
 * successions are replaced.
 */
@Component("adminUnitLoader")
@DependsOnDatabaseInitialization
class AdminUnitLoader implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(AdminUnitLoader.class);

	static final String DATASET = "admin-units";

	static final String LOCATION = "classpath:admin-units/";

	static final String UNITS_2025 = "units-2025.csv";

	static final String UNITS_2024 = "units-2024.csv";

	static final String MAPPING = "mapping-2025-detail.csv";

	/** Part of the checksum: bump it when the way the files are loaded changes, to load them again. */
	static final String LOADER_FORMAT = "admin-unit-loader/1";

	private static final String UPSERT = """
			insert into org_unit (code, version, name, short_name, type, level, parent_id, path, valid_from, valid_to)
			values (?, ?, ?, ?, ?, ?, ?, ?::ltree, ?, ?)
			on conflict (code, version) do update set
			    name = excluded.name, short_name = excluded.short_name, type = excluded.type, level = excluded.level,
			    parent_id = excluded.parent_id, path = excluded.path, valid_from = excluded.valid_from,
			    valid_to = excluded.valid_to
			where (org_unit.name, org_unit.short_name, org_unit.type, org_unit.level, org_unit.parent_id,
			       org_unit.path, org_unit.valid_from, org_unit.valid_to)
			      is distinct from
			      (excluded.name, excluded.short_name, excluded.type, excluded.level, excluded.parent_id,
			       excluded.path, excluded.valid_from, excluded.valid_to)""";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	AdminUnitLoader(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(transactions);
	}

	/** What a load did. */
	record Result(boolean skipped, int units2025, int units2024, int successions, int skippedMappings, long millis) {
	}

	@Override
	public void afterPropertiesSet() {
		load();
	}

	Result load() {
		return load(LOCATION);
	}

	/** @param location where the CSV files are, as a Spring resource location ending in "/" */
	Result load(String location) {
		long started = System.nanoTime();
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String name : List.of(UNITS_2025, UNITS_2024, MAPPING)) {
			files.put(name, read(location + name));
		}
		String checksum = checksum(files);
		Result result = tx.execute(status -> {
			// one loader at a time, should two instances start together on one database
			jdbc.queryForList("select pg_advisory_xact_lock(hashtext('" + DATASET + "'))");
			List<String> loaded = jdbc.queryForList("select checksum from reference_dataset where name = ?", String.class,
					DATASET);
			if (!loaded.isEmpty() && loaded.get(0).equals(checksum)) {
				return new Result(true, 0, 0, 0, 0, elapsed(started));
			}
			return loadAll(files, checksum, started);
		});
		if (result.skipped()) {
			log.info("Administrative units are up to date (checksum {}…), load skipped ({} ms)", checksum.substring(0, 12),
					result.millis());
		}
		else {
			log.info("Loaded administrative units: {} units of 2025, {} of 2024 and {} successions in {} ms; {} mapping "
					+ "rows skipped because their old code is not among the 2024 units (dissolved before 1/3/2025)",
					result.units2025(), result.units2024(), result.successions(), result.millis(),
					result.skippedMappings());
		}
		return result;
	}

	private Result loadAll(Map<String, byte[]> files, String checksum, long started) {
		long checked = System.nanoTime();
		List<UnitRow> units2025 = AdminUnitCsv.readUnits(UNITS_2025, OrgUnit.CURRENT_VERSION, files.get(UNITS_2025));
		List<UnitRow> units2024 = AdminUnitCsv.readUnits(UNITS_2024, OrgUnit.PREVIOUS_VERSION, files.get(UNITS_2024));
		Mappings mappings = AdminUnitCsv.readMappings(MAPPING, files.get(MAPPING), AdminUnitCsv.byCode(units2024),
				AdminUnitCsv.byCode(units2025));
		long parsed = System.nanoTime();

		Map<String, Validity> validity = new HashMap<>();
		jdbc.query("select code, valid_from, valid_to from org_unit_version", rs -> {
			validity.put(rs.getString(1),
					new Validity(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
		});
		for (String v : List.of(OrgUnit.CURRENT_VERSION, OrgUnit.PREVIOUS_VERSION)) {
			if (!validity.containsKey(v)) {
				throw new IllegalStateException("org_unit_version has no row for version " + v);
			}
		}

		jdbc.update(UPSERT, "VN", OrgUnit.CURRENT_VERSION, "Việt Nam", "Việt Nam", "QUOC_GIA", 0, null, "vn", null,
				null);
		long rootId = jdbc.queryForObject("select id from org_unit where code = 'VN' and version = ?", Long.class,
				OrgUnit.CURRENT_VERSION);
		Map<String, Long> ids2025 = upsertVersion(OrgUnit.CURRENT_VERSION, units2025, rootId,
				validity.get(OrgUnit.CURRENT_VERSION));
		Map<String, Long> ids2024 = upsertVersion(OrgUnit.PREVIOUS_VERSION, units2024, rootId,
				validity.get(OrgUnit.PREVIOUS_VERSION));
		long upserted = System.nanoTime();

		jdbc.update("delete from org_unit_succession");
		List<MappingRow> rows = mappings.rows();
		jdbc.batchUpdate("insert into org_unit_succession (old_unit_id, new_unit_id, coverage, note) values (?, ?, ?, ?)",
				new BatchPreparedStatementSetter() {
					@Override
					public void setValues(PreparedStatement ps, int i) throws SQLException {
						MappingRow row = rows.get(i);
						ps.setLong(1, ids2024.get(row.oldCode()));
						ps.setLong(2, ids2025.get(row.newCode()));
						ps.setString(3, row.coverage());
						ps.setString(4, row.note());
					}

					@Override
					public int getBatchSize() {
						return rows.size();
					}
				});

		warnAboutStaleUnits(OrgUnit.CURRENT_VERSION, units2025.size());
		warnAboutStaleUnits(OrgUnit.PREVIOUS_VERSION, units2024.size());
		int total = 1 + units2025.size() + units2024.size();
		jdbc.update("""
				insert into reference_dataset (name, checksum, row_count, loaded_at) values (?, ?, ?, now())
				on conflict (name) do update set checksum = excluded.checksum, row_count = excluded.row_count,
				    loaded_at = excluded.loaded_at""", DATASET, checksum, total + rows.size());
		long written = System.nanoTime();
		// fresh statistics, so the first searches on a new database get good plans
		jdbc.execute("analyze org_unit");
		jdbc.execute("analyze org_unit_succession");
		log.debug("Administrative units: read and checksum {} ms, parsed in {} ms, units upserted in {} ms, successions "
				+ "in {} ms, analyze {} ms", (checked - started) / 1_000_000, (parsed - checked) / 1_000_000,
				(upserted - parsed) / 1_000_000, (written - upserted) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
		return new Result(false, units2025.size(), units2024.size(), rows.size(), mappings.skipped().size(),
				elapsed(started));
	}

	private record Validity(LocalDate from, LocalDate to) {
	}

	/** Upserts one version level by level (a level's parents get their ids first); returns code → id. */
	private Map<String, Long> upsertVersion(String version, List<UnitRow> units, long rootId, Validity validity) {
		Map<String, Long> ids = new HashMap<>();
		Map<String, String> paths = new HashMap<>();
		int maxLevel = units.stream().mapToInt(UnitRow::level).max().orElse(0);
		for (int level = 1; level <= maxLevel; level++) {
			int lvl = level;
			List<UnitRow> batch = units.stream().filter(u -> u.level() == lvl).toList();
			for (UnitRow u : batch) {
				String parentPath = u.parentCode() == null ? "vn" : paths.get(u.parentCode());
				paths.put(u.code(), parentPath + ".v" + version + "_" + u.code());
			}
			jdbc.batchUpdate(UPSERT, new BatchPreparedStatementSetter() {
				@Override
				public void setValues(PreparedStatement ps, int i) throws SQLException {
					UnitRow u = batch.get(i);
					ps.setString(1, u.code());
					ps.setString(2, version);
					ps.setString(3, u.name());
					ps.setString(4, u.shortName());
					ps.setString(5, u.type().name());
					ps.setInt(6, u.level());
					ps.setLong(7, u.parentCode() == null ? rootId : ids.get(u.parentCode()));
					ps.setString(8, paths.get(u.code()));
					setDate(ps, 9, validity.from());
					setDate(ps, 10, validity.to());
				}

				@Override
				public int getBatchSize() {
					return batch.size();
				}
			});
			jdbc.query("select code, id from org_unit where version = ? and level = ?",
					rs -> {
						ids.put(rs.getString(1), rs.getLong(2));
					}, version, level);
		}
		return ids;
	}

	private void warnAboutStaleUnits(String version, int expected) {
		Integer inDb = jdbc.queryForObject("select count(*) from org_unit where version = ? and level > 0",
				Integer.class, version);
		if (inDb != null && inDb > expected) {
			log.warn("{} units of version {} are in the database but no longer in the data files; they are kept, as "
					+ "records may refer to them", inDb - expected, version);
		}
	}

	private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
		if (date == null) {
			ps.setNull(index, Types.DATE);
		}
		else {
			ps.setObject(index, date);
		}
	}

	private static byte[] read(String location) {
		try (InputStream in = new DefaultResourceLoader().getResource(location).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Administrative-unit data file " + location + " cannot be read", e);
		}
	}

	static String checksum(Map<String, byte[]> files) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(LOADER_FORMAT.getBytes(StandardCharsets.UTF_8));
			files.forEach((name, content) -> {
				sha.update(("\n" + name + "\n" + content.length + "\n").getBytes(StandardCharsets.UTF_8));
				sha.update(content);
			});
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static long elapsed(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
