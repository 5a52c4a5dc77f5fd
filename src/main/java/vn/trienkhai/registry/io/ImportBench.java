package vn.trienkhai.registry.io;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.FileSystemUtils;

import vn.trienkhai.TrienkhaiApplication;
import vn.trienkhai.platform.Role;
import vn.trienkhai.registry.RegistryKind;
import vn.trienkhai.registry.shared.BenchUser;
import vn.trienkhai.registry.shared.RegistryTable;
import vn.trienkhai.registry.shared.RegistryTable.ImportContext;

/**
 * {@code ./trienkhai bench import [--rows N] [--runs N]}: imports an N-row (default 10,000) XLSX file of
 * enterprises — valid tax codes, names, addresses, a commune code per row, fields, sizes — into a province
 * of a scratch database, through the same service as the import page (every row checked, then saved in one
 * transaction with the search index). Prints, per run, the time to read the file, the whole import, and the
 * peak heap (the JVM's heap pools' peak usage, reset before each run); as the baseline, reading the same
 * file only. Each run imports new tax codes.
 */
public final class ImportBench {

	private ImportBench() {
	}

	public static void main(String[] args) throws Exception {
		int rows = 10_000;
		int runs = 3;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--rows" -> rows = Integer.parseInt(args[++i]);
				case "--runs" -> runs = Integer.parseInt(args[++i]);
				default -> {
					System.err.println("usage: ./trienkhai bench import [--rows N] [--runs N]");
					System.exit(2);
				}
			}
		}
		Path dataDir = Files.createTempDirectory("trienkhai-bench-import");
		String password = "Bench-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
		ConfigurableApplicationContext ctx = null;
		try {
			ctx = new SpringApplication(TrienkhaiApplication.class).run("--trienkhai.data-dir=" + dataDir,
					"--spring.datasource.url=", "--trienkhai.demo=false", "--trienkhai.embedded-db.port=0",
					"--server.port=0", "--server.address=127.0.0.1", "--trienkhai.admin.username=admin",
					"--trienkhai.admin.password=" + password, "--spring.main.banner-mode=off",
					"--logging.level.root=WARN", "--logging.level.org.springdoc=ERROR");
			JdbcClient jdbc = JdbcClient.create(ctx.getBean(DataSource.class));
			RegistryImport importer = ctx.getBean(RegistryImport.class);
			RegistryTable table = ctx.getBean(RegistryTables.class).get(RegistryKind.ENTERPRISE);
			long province = jdbc.sql("select id from org_unit where code = '33' and version = '2025'")
				.query(Long.class).single();
			List<String> communes = jdbc.sql("""
					select u.code from org_unit u join org_unit p on p.id = u.parent_id
					 where p.code = '33' and p.version = '2025' order by u.code
					""").query(String.class).list();
			BenchUser.signIn(Role.COORDINATOR, province);
			System.out.printf(Locale.ROOT, "import of %,d enterprise rows (XLSX) into Tỉnh Hưng Yên, %d runs; heap max %,d MB%n%n",
					rows, runs, Runtime.getRuntime().maxMemory() / 1_048_576);
			System.out.printf(Locale.ROOT, "%-4s %10s %12s %12s %14s %10s%n", "run", "file KB", "read ms", "import ms",
					"peak heap MB", "imported");
			long[] readTimes = new long[runs];
			long[] importTimes = new long[runs];
			long[] peaks = new long[runs];
			for (int run = 0; run < runs; run++) {
				byte[] xlsx = file(table, rows, run, communes);
				System.gc();
				long r0 = System.nanoTime();
				TableFile.read("bench.xlsx", xlsx);
				long r1 = System.nanoTime();
				System.gc();
				resetPeaks();
				long before = heapPeak();
				long i0 = System.nanoTime();
				ImportReport report = importer.run(RegistryKind.ENTERPRISE, "bench.xlsx", xlsx,
						new ImportContext(province, null), false, Locale.forLanguageTag("vi"));
				long i1 = System.nanoTime();
				long peak = Math.max(before, heapPeak());
				if (report.imported() != rows) {
					throw new IllegalStateException("imported " + report.imported() + " of " + rows + ": "
							+ report.problems().subList(0, Math.min(5, report.problems().size())));
				}
				readTimes[run] = (r1 - r0) / 1_000_000;
				importTimes[run] = (i1 - i0) / 1_000_000;
				peaks[run] = peak / 1_048_576;
				System.out.printf(Locale.ROOT, "%-4d %10d %12d %12d %14d %10d%n", run + 1, xlsx.length / 1024,
						readTimes[run], importTimes[run], peaks[run], report.imported());
			}
			System.out.printf(Locale.ROOT, "%nmedian: read %d ms (baseline), import %d ms (%.1f× the read), %.0f rows/s, peak heap %d MB%n",
					median(readTimes), median(importTimes), median(importTimes) / (double) Math.max(1, median(readTimes)),
					rows * 1000.0 / median(importTimes), median(peaks));
		}
		finally {
			SecurityContextHolder.clearContext();
			if (ctx != null) {
				ctx.close();
			}
			FileSystemUtils.deleteRecursively(dataDir);
		}
	}

	/** The rows of one run: tax codes from 9{run}0000000 on with their check digit, so no two runs collide. */
	static byte[] file(RegistryTable table, int rows, int run, List<String> communes) {
		List<RegistryTable.Column> columns = table.columns();
		List<String> labels = columns.stream().map(RegistryTable.Column::key).toList();
		List<Map<String, String>> data = new ArrayList<>(rows);
		String[] sizes = { "MICRO", "SMALL", "MEDIUM", "LARGE" };
		String[] fields = { "AGRICULTURE", "FOOD", "HEALTH", "ENVIRONMENT", "AGRICULTURE,FOOD" };
		long serial = 900_000_000L + run * 10_000_000L;
		for (int i = 0; i < rows; i++) {
			Map<String, String> row = new HashMap<>();
			String code = taxCode(serial++);
			while (code == null) {
				code = taxCode(serial++);
			}
			row.put("taxCode", code);
			row.put("name", "Công ty TNHH Công nghệ sinh học số " + (run * rows + i));
			row.put("address", "Thôn " + (i % 17 + 1) + ", xã " + communes.get(i % communes.size()));
			row.put("unitCode", communes.get(i % communes.size()));
			row.put("fields", fields[i % fields.length]);
			row.put("size", sizes[i % sizes.length]);
			row.put("foundingYear", String.valueOf(1995 + i % 30));
			row.put("status", "ACTIVE");
			row.put("visibility", i % 10 == 0 ? "INTERNAL" : "PUBLIC");
			data.add(row);
		}
		return TableWriter.xlsx("Doanh nghiệp", columns, labels, data);
	}

	/** The nine digits and their check digit, or null when the weighted sum leaves no valid check digit. */
	static String taxCode(long nine) {
		int[] weights = { 31, 29, 23, 19, 17, 13, 7, 5, 3 };
		String digits = String.format(Locale.ROOT, "%09d", nine);
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += weights[i] * (digits.charAt(i) - '0');
		}
		int check = 10 - sum % 11;
		return check == 10 ? null : digits + check;
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long heapPeak() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum;
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
