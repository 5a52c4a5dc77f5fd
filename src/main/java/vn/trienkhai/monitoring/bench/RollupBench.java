package vn.trienkhai.monitoring.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import vn.trienkhai.TrienkhaiApplication;
import vn.trienkhai.monitoring.IndicatorRollup;
import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.monitoring.TaskStatistics;
import vn.trienkhai.plan.TaskStatus;

/**
 * {@code ./trienkhai bench rollup [--runs N] [--warmup N] [--load-seconds N] [--users N] [--urls U,…]}: the
 * monitoring roll-up at national scale. Boots the whole application on a scratch embedded PostgreSQL (a fresh
 * temporary data directory, never ./data; web server on a free loopback port; demo off), generates synthetic
 * data in SQL ({@link SyntheticData}), then times, after a warm-up, the application's own services against a
 * hand-written SQL query computing the same figures, over plain JDBC in the same run, checking that both give
 * the same numbers; and finally a bounded load run over HTTP ({@link LoadRun}).
 *
 * <p>Timed (p50 and p95 by nearest rank over {@code --runs}, after {@code --warmup} rounds; service and
 * baseline interleaved in every round):
 * <ul>
 * <li>{@link IndicatorRollup#figures} of all 40 indicators for the province with the median number of
 * communes, and for the nation; {@link IndicatorRollup#childFigures} of that province for the latest period;
 * <li>{@link TaskStatistics#ofUnit} for the province and the nation, {@link TaskStatistics#ofChildren} for the
 * province;
 * <li>baselines: {@link #ROLLUP_SQL} and {@link #TASKS_SQL}.
 * </ul>
 */
public final class RollupBench {

	private RollupBench() {
	}

	static final String DEFAULT_URLS = "/dashboard/units/{province},/dashboard/units/{nation},/plans/{plan}/dashboard";

	/**
	 * The baseline: the unit's figure of each indicator and period, written directly over indicator_value and
	 * org_unit. The same rules as the service — a unit's own value wins over its children's, a child's own value
	 * over everything below it, each input of a ratio on its own — but without partial sums per child: the values
	 * that count (a child's own, else those below it) are aggregated at once; sum, average, min, max, Σ value × weight /
	 * Σ weight, Σ numerator / Σ denominator (× 100 for "%"). Restricted to what the generated data needs: units
	 * of the current structure only (no 2024 units mapped through org_unit_old_now), and a ratio only where both of
	 * its inputs have values in a period. Each input's values are read once, even when an indicator is both
	 * summed and a ratio's numerator.
	 */
	static final String ROLLUP_SQL = """
			with s as (select path, nlevel(path) as lvl from org_unit where id = ?),
			ind as (select id, aggregation, unit, numerator_id, denominator_id from indicator where id = any(?)),
			inputs as (
			  select i.id, i.weight_id from indicator i
			   where i.id in (select id from ind where aggregation <> 'RATIO'
			                  union select numerator_id from ind union select denominator_id from ind)
			),
			x as (
			  select v.indicator_id as iid, v.period_start as ps, v.period_end as pe, v.value, w.value as weight,
			         nlevel(u.path) - s.lvl as depth, subpath(u.path, 0, least(nlevel(u.path), s.lvl + 1)) as child
			    from s
			    join org_unit u on u.path <@ s.path
			    join indicator_value v on v.org_unit_id = u.id and v.approved
			    join inputs n on n.id = v.indicator_id
			    left join lateral (select w.value from indicator_value w
			                        where n.weight_id is not null and w.indicator_id = n.weight_id and w.org_unit_id = v.org_unit_id
			                          and w.period_start = v.period_start and w.period_end = v.period_end and w.approved) w on true
			),
			counted as (
			  select * from x where depth = 1
			  union all
			  select * from x where depth > 1 and not exists (select 1 from x o where o.depth = 1 and o.child = x.child
			                                                  and o.iid = x.iid and o.ps = x.ps and o.pe = x.pe)
			),
			t as (
			  select iid, ps, pe, 1::bigint as n, value as s, value as mn, value as mx, value * weight as vw, weight as w
			    from x where depth = 0
			  union all
			  select iid, ps, pe, count(*), sum(value), min(value), max(value), sum(value * weight), sum(weight) from counted c
			   where not exists (select 1 from x o where o.depth = 0 and o.iid = c.iid and o.ps = c.ps and o.pe = c.pe)
			   group by iid, ps, pe
			)
			select i.id, t.ps, t.pe,
			       case i.aggregation when 'SUM' then t.s when 'AVERAGE' then t.s / nullif(t.n, 0) when 'MIN' then t.mn
			            when 'MAX' then t.mx when 'WEIGHTED_AVERAGE' then t.vw / nullif(t.w, 0) end, t.n
			  from ind i join t on t.iid = i.id where i.aggregation <> 'RATIO'
			union all
			select i.id, nu.ps, nu.pe, nu.s / nullif(de.s, 0) * case when trim(i.unit) = '%' then 100 else 1 end, nu.n
			  from ind i join t nu on nu.iid = i.numerator_id
			  join t de on de.iid = i.denominator_id and de.ps = nu.ps and de.pe = nu.pe
			 where i.aggregation = 'RATIO'
			""";

	/** The baseline of task statistics: one GROUP BY over the raw columns; the status is folded in Java. */
	static final String TASKS_SQL = """
			select t.progress, t.deadline_kind, t.deadline_date < ?, t.completed_on > t.deadline_date, count(*)
			  from org_unit s
			  join org_unit u on u.path <@ s.path
			  join plan p on p.org_unit_id = u.id
			  join task t on t.plan_id = p.id
			 where s.id = ? and p.status = 'ACTIVE'
			 group by 1, 2, 3, 4
			""";

	private static long blackhole;

	public static void main(String[] args) throws Exception {
		int runs = 30;
		int warmup = 5;
		int loadSeconds = 60;
		int users = 50;
		String urls = DEFAULT_URLS;
		boolean explain = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--runs" -> runs = number(args, ++i, 1);
				case "--warmup" -> warmup = number(args, ++i, 0);
				case "--load-seconds" -> loadSeconds = number(args, ++i, 0);
				case "--users" -> users = number(args, ++i, 1);
				case "--urls" -> {
					if (++i >= args.length) {
						usage();
						System.exit(2);
					}
					urls = args[i];
				}
				case "--explain" -> explain = true;
				case "-h", "--help" -> {
					usage();
					return;
				}
				default -> {
					usage();
					System.exit(2);
				}
			}
		}
		Path dataDir = Files.createTempDirectory("trienkhai-bench-rollup");
		String password = "Bench-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
		int exit = 0;
		long boot0 = System.nanoTime();
		ConfigurableApplicationContext ctx = null;
		try {
			SpringApplication app = new SpringApplication(TrienkhaiApplication.class);
			// command-line properties outrank application.properties and the TRIENKHAI_* environment
			ctx = app.run("--trienkhai.data-dir=" + dataDir, "--spring.datasource.url=", "--trienkhai.demo=false",
					"--trienkhai.embedded-db.port=0", "--server.port=0", "--server.address=127.0.0.1",
					"--trienkhai.admin.username=admin", "--trienkhai.admin.password=" + password,
					"--spring.main.banner-mode=off", "--logging.level.root=WARN", "--logging.level.org.springdoc=ERROR");
			long bootMs = (System.nanoTime() - boot0) / 1_000_000;
			int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port", "0"));
			DataSource ds = ctx.getBean(DataSource.class);
			IndicatorRollup rollup = ctx.getBean(IndicatorRollup.class);
			TaskStatistics tasks = ctx.getBean(TaskStatistics.class);

			header(ds, dataDir, bootMs, port, runs, warmup);
			SyntheticData d = SyntheticData.generate(ds);
			dataset(ds, d);
			LocalDate today = ReportingRounds.today();
			LocalDate latest = LocalDate.of(SyntheticData.LAST_YEAR, 12, 14);
			List<Long> ids = d.indicatorIds;

			// correctness first: the service and the hand-written query give the same numbers
			check("province figures", rollup.figures(d.provinceId, ids), baseline(ds, d.provinceId, ids));
			check("nation figures", rollup.figures(d.nationId, ids), baseline(ds, d.nationId, ids));
			checkTasks("province tasks", tasks.ofUnit(d.provinceId, today), taskBaseline(ds, d.provinceId, today));
			checkTasks("nation tasks", tasks.ofUnit(d.nationId, today), taskBaseline(ds, d.nationId, today));
			checkChildren(rollup, tasks, d, ids, latest, today);
			checkScopeUnits(ds, d);
			System.out.println("check: the service and the hand-written SQL give the same figures and task counts "
					+ "(province and nation), and the province's communes add up to the province");
			if (explain) {
				explain(ds, d, ids);
			}

			Map<String, Supplier<Object>> timed = new LinkedHashMap<>();
			timed.put("province: IndicatorRollup.figures (40 indicators × 8 periods)", () -> rollup.figures(d.provinceId, ids));
			timed.put("province: baseline SQL, same figures", () -> baseline(ds, d.provinceId, ids));
			timed.put("province: IndicatorRollup.childFigures (latest period)", () -> rollup.childFigures(d.provinceId, ids, latest));
			timed.put("province: TaskStatistics.ofUnit", () -> tasks.ofUnit(d.provinceId, today));
			timed.put("province: baseline SQL, task GROUP BY", () -> taskBaseline(ds, d.provinceId, today));
			timed.put("province: TaskStatistics.ofChildren", () -> tasks.ofChildren(d.provinceId, today));
			timed.put("nation: IndicatorRollup.figures", () -> rollup.figures(d.nationId, ids));
			timed.put("nation: baseline SQL, same figures", () -> baseline(ds, d.nationId, ids));
			timed.put("nation: TaskStatistics.ofUnit", () -> tasks.ofUnit(d.nationId, today));
			timed.put("nation: baseline SQL, task GROUP BY", () -> taskBaseline(ds, d.nationId, today));
			Map<String, double[]> ms = measure(timed, runs, warmup);
			report(ms, runs);

			if (loadSeconds > 0) {
				List<String> paths = new ArrayList<>();
				for (String u : urls.split(",")) {
					if (!u.isBlank()) {
						paths.add(u.strip().replace("{province}", Long.toString(d.provinceId))
							.replace("{nation}", Long.toString(d.nationId)).replace("{plan}", Long.toString(d.provincePlanId)));
					}
				}
				LoadRun load = new LoadRun("http://127.0.0.1:" + port, "admin", password, paths, users, loadSeconds);
				exit = load.run() ? exit : 1;
			}
			else {
				System.out.println("load run: skipped (--load-seconds 0)");
			}
			System.out.println("checksum (keeps the work alive): " + blackhole);
		}
		catch (Exception | Error e) {
			System.err.println("bench rollup: " + e);
			e.printStackTrace();
			exit = 1;
		}
		finally {
			if (ctx != null) {
				ctx.close();
			}
			FileSystemUtils.deleteRecursively(dataDir);
		}
		System.exit(exit);
	}

	private static void header(DataSource ds, Path dataDir, long bootMs, int port, int runs, int warmup) throws SQLException {
		Runtime rt = Runtime.getRuntime();
		String pg;
		try (Connection c = ds.getConnection()) {
			pg = SyntheticData.rows(c, "select version()").get(0)[0].toString();
		}
		System.out.printf(Locale.ROOT, "trienkhai bench rollup: %d measured runs after %d warm-up rounds per measure%n", runs, warmup);
		System.out.printf(Locale.ROOT, "machine: %d CPU(s) (nproc), %s memory; load average (1, 5, 15 min): %s%n",
				rt.availableProcessors(), memTotal(), loadAverage());
		System.out.printf(Locale.ROOT, "java %s (%s), max heap %d MB, JVM options: %s (not pinned to a core: the load run "
				+ "needs all of them)%n", System.getProperty("java.version"), System.getProperty("java.vm.name"),
				rt.maxMemory() / (1024 * 1024), String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
		System.out.println("database: " + pg);
		System.out.printf(Locale.ROOT, "application started in %,d ms on http://127.0.0.1:%d/ with a scratch database in %s%n",
				bootMs, port, dataDir);
	}

	private static void dataset(DataSource ds, SyntheticData d) throws SQLException {
		System.out.printf(Locale.ROOT, "synthetic data generated in %,d ms:", d.millis);
		d.counts.forEach((k, v) -> System.out.printf(Locale.ROOT, " %s %,d;", k.strip(), v));
		System.out.println();
		try (Connection c = ds.getConnection()) {
			List<Object[]> sizes = SyntheticData.rows(c, """
					select pg_size_pretty(pg_database_size(current_database())),
					       pg_size_pretty(pg_total_relation_size('indicator_value')), pg_size_pretty(pg_total_relation_size('task'))""");
			System.out.printf(Locale.ROOT, "dataset size: database %s; indicator_value %s, task %s (with indexes)%n",
					sizes.get(0)[0], sizes.get(0)[1], sizes.get(0)[2]);
		}
		System.out.printf(Locale.ROOT, "province measured: %s (id %d, %d communes, the median of the 34; plan id %d); "
				+ "provinces with own values of indicators %s: %s%n", d.provinceName, d.provinceId, d.provinceCommunes,
				d.provincePlanId, Arrays.toString(SyntheticData.DIRECT_INDICATORS), String.join(", ", d.directProvinces));
		System.out.printf(Locale.ROOT, "nation id %d; indicators: 30 SUM (2 of them weights, 4 ratio inputs), 4 AVERAGE, "
				+ "2 WEIGHTED_AVERAGE, 2 RATIO, 1 MIN, 1 MAX; periods 15/12 of year-1 to 14/12, %d–%d%n", d.nationId,
				SyntheticData.FIRST_YEAR, SyntheticData.LAST_YEAR);
	}

	static Map<String, double[]> measure(Map<String, Supplier<Object>> timed, int runs, int warmup) {
		for (int r = 0; r < warmup; r++) {
			for (Supplier<Object> s : timed.values()) {
				blackhole += s.get().hashCode();
			}
		}
		Map<String, double[]> out = new LinkedHashMap<>();
		timed.keySet().forEach(k -> out.put(k, new double[runs]));
		for (int r = 0; r < runs; r++) {
			for (Map.Entry<String, Supplier<Object>> e : timed.entrySet()) {
				long t0 = System.nanoTime();
				Object o = e.getValue().get();
				long t1 = System.nanoTime();
				blackhole += o.hashCode();
				out.get(e.getKey())[r] = (t1 - t0) / 1e6;
			}
		}
		return out;
	}

	private static void report(Map<String, double[]> ms, int runs) {
		double[] dashboard = new double[runs];
		for (String k : List.of("province: IndicatorRollup.figures (40 indicators × 8 periods)",
				"province: IndicatorRollup.childFigures (latest period)", "province: TaskStatistics.ofUnit",
				"province: TaskStatistics.ofChildren")) {
			double[] v = ms.get(k);
			for (int r = 0; r < runs; r++) {
				dashboard[r] += v[r];
			}
		}
		System.out.println();
		System.out.println("| measure | p50 ms | p95 ms |");
		System.out.println("|---|---:|---:|");
		ms.forEach((k, v) -> System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f |%n", k, percentile(v, 50), percentile(v, 95)));
		System.out.printf(Locale.ROOT, "| province dashboard: figures + childFigures + ofUnit + ofChildren, same round | %.1f | %.1f |%n",
				percentile(dashboard, 50), percentile(dashboard, 95));
		System.out.println();
		ratio(ms, "province figures", "province: IndicatorRollup.figures (40 indicators × 8 periods)", "province: baseline SQL, same figures");
		ratio(ms, "nation figures", "nation: IndicatorRollup.figures", "nation: baseline SQL, same figures");
		ratio(ms, "province tasks", "province: TaskStatistics.ofUnit", "province: baseline SQL, task GROUP BY");
		ratio(ms, "nation tasks", "nation: TaskStatistics.ofUnit", "nation: baseline SQL, task GROUP BY");
		double p95 = percentile(ms.get("province: IndicatorRollup.figures (40 indicators × 8 periods)"), 95);
		double r95 = p95 / percentile(ms.get("province: baseline SQL, same figures"), 95);
		double r50 = percentile(ms.get("province: IndicatorRollup.figures (40 indicators × 8 periods)"), 50)
				/ percentile(ms.get("province: baseline SQL, same figures"), 50);
		double dash95 = percentile(dashboard, 95);
		System.out.printf(Locale.ROOT, "%s province figures p95 %.1f ms (target ≤ 100)%n", p95 <= 100 ? "PASS" : "FAIL", p95);
		System.out.printf(Locale.ROOT, "%s province dashboard (all four calls) p95 %.1f ms (target ≤ 100)%n",
				dash95 <= 100 ? "PASS" : "FAIL", dash95);
		System.out.printf(Locale.ROOT, "%s province figures service / SQL: p50 %.2f, p95 %.2f (target ≤ 2)%n",
				r50 <= 2 && r95 <= 2 ? "PASS" : "FAIL", r50, r95);
		System.out.println();
	}

	private static void ratio(Map<String, double[]> ms, String name, String service, String sql) {
		System.out.printf(Locale.ROOT, "ratio service / SQL, %s: p50 %.2f, p95 %.2f%n", name,
				percentile(ms.get(service), 50) / percentile(ms.get(sql), 50),
				percentile(ms.get(service), 95) / percentile(ms.get(sql), 95));
	}

	/** (indicator, period start, period end) → [value, units]. */
	static Map<String, Object[]> baseline(DataSource ds, long unitId, List<Long> ids) {
		Map<String, Object[]> out = new TreeMap<>();
		try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(ROLLUP_SQL)) {
			Array arr = c.createArrayOf("bigint", ids.toArray());
			ps.setLong(1, unitId);
			ps.setArray(2, arr);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					BigDecimal v = rs.getBigDecimal(4);
					out.put(key(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)),
							new Object[] { v == null ? null : v.round(MathContext.DECIMAL64).stripTrailingZeros(), rs.getInt(5) });
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return out;
	}

	static Map<TaskStatus, Integer> taskBaseline(DataSource ds, long unitId, LocalDate today) {
		Map<TaskStatus, Integer> out = new EnumMap<>(TaskStatus.class);
		for (TaskStatus s : TaskStatus.values()) {
			out.put(s, 0);
		}
		try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(TASKS_SQL)) {
			ps.setDate(1, Date.valueOf(today));
			ps.setLong(2, unitId);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					String progress = rs.getString(1);
					String kind = rs.getString(2);
					boolean past = rs.getBoolean(3);
					boolean late = rs.getBoolean(4);
					TaskStatus s;
					if (progress.equals("CANCELLED")) {
						s = TaskStatus.CANCELLED;
					}
					else if (progress.equals("DONE")) {
						s = kind.equals("DATE") && late ? TaskStatus.DONE_LATE : TaskStatus.DONE_ON_TIME;
					}
					else if (kind.equals("DATE")) {
						s = past ? TaskStatus.OVERDUE : TaskStatus.OPEN_WITHIN_DEADLINE;
					}
					else if (!kind.equals("NONE")) {
						s = TaskStatus.OPEN_WITHIN_DEADLINE;
					}
					else {
						s = progress.equals("IN_PROGRESS") ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
					}
					out.merge(s, rs.getInt(5), Integer::sum);
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return out;
	}

	private static String key(long id, LocalDate ps, LocalDate pe) {
		return String.format(Locale.ROOT, "%012d %s %s", id, ps, pe);
	}

	private static void check(String what, List<IndicatorRollup.Figure> service, Map<String, Object[]> sql) {
		Map<String, Object[]> s = new TreeMap<>();
		for (IndicatorRollup.Figure f : service) {
			if (f.childUnitId() != null) {
				fail(what + ": the service gave a child's figure " + f);
			}
			s.put(key(f.indicatorId(), f.periodStart(), f.periodEnd()), new Object[] { f.value(), f.units() });
		}
		if (!s.keySet().equals(sql.keySet())) {
			fail(what + ": the service has " + s.size() + " figures, the SQL " + sql.size());
		}
		if (s.size() != 40 * (SyntheticData.LAST_YEAR - SyntheticData.FIRST_YEAR + 1)) {
			fail(what + ": expected 40 indicators × 8 periods, got " + s.size() + " figures");
		}
		s.forEach((k, a) -> {
			Object[] b = sql.get(k);
			boolean same = a[0] == null ? b[0] == null : b[0] != null && ((BigDecimal) a[0]).compareTo((BigDecimal) b[0]) == 0;
			if (!same || !a[1].equals(b[1])) {
				fail(what + " differ at " + k + ": service " + a[0] + " (" + a[1] + " units), SQL " + b[0] + " (" + b[1] + " units)");
			}
		});
	}

	private static void checkTasks(String what, Map<TaskStatus, Integer> service, Map<TaskStatus, Integer> sql) {
		if (!service.equals(sql)) {
			fail(what + " differ: service " + service + ", SQL " + sql);
		}
		if (sql.values().stream().mapToInt(Integer::intValue).sum() == 0) {
			fail(what + ": no tasks");
		}
	}

	/** The communes' figures of a summed indicator without own values add up to the province's; the same for tasks. */
	private static void checkChildren(IndicatorRollup rollup, TaskStatistics tasks, SyntheticData d, List<Long> ids,
			LocalDate latest, LocalDate today) {
		List<IndicatorRollup.Figure> children = rollup.childFigures(d.provinceId, ids, latest);
		if (children.size() != 40 * d.provinceCommunes) {
			fail("childFigures: expected 40 × " + d.provinceCommunes + " figures, got " + children.size());
		}
		long sumIndicator = ids.get(9); // indicator 10: a SUM without own province values
		BigDecimal sum = children.stream().filter(f -> f.indicatorId() == sumIndicator).map(IndicatorRollup.Figure::value)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal whole = rollup.figures(d.provinceId, List.of(sumIndicator)).stream()
			.filter(f -> f.periodEnd().equals(latest)).findFirst().orElseThrow().value();
		if (sum.compareTo(whole) != 0) {
			fail("childFigures: the communes add up to " + sum + ", the province's figure is " + whole);
		}
		int byChildren = tasks.ofChildren(d.provinceId, today).values().stream()
			.flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
		int provincePlan = SyntheticData.PROVINCE_TASKS / 34;
		int all = tasks.ofUnit(d.provinceId, today).values().stream().mapToInt(Integer::intValue).sum();
		if (byChildren + provincePlan != all) {
			fail("ofChildren: the communes have " + byChildren + " tasks, the province " + all + " with its own plan's "
					+ provincePlan);
		}
	}

	/**
	 * The service finds the units of a scope without computing org_unit_old_now for every unit; for the nation, every
	 * province and ten communes of the measured province, the units it finds and their paths must be exactly
	 * those the view places in the scope (real 2024 units and successions, not synthetic).
	 */
	private static void checkScopeUnits(DataSource ds, SyntheticData d) throws Exception {
		java.lang.reflect.Field f = IndicatorRollup.class.getDeclaredField("SCOPE_UNITS");
		f.setAccessible(true);
		String sql = "with scope as (select path, nlevel(path) as lvl from org_unit where id = ?), " + f.get(null) + """
				, viewed as (select u.id as unit_id, u.path, true as exact from org_unit u, scope s
				              where u.path <@ s.path and (u.version = '2025' or u.parent_id is null)
				             union all
				             select v.unit_id, v.path, v.exact from org_unit_old_now v, scope s where v.path <@ s.path)
				select (select count(*) from units), (select count(*) from viewed),
				       (select count(*) from (select * from units except select * from viewed) a)
				     + (select count(*) from (select * from viewed except select * from units) b),
				       (select count(*) from units x join org_unit o on o.id = x.unit_id where o.version <> '2025')
				""";
		long old = 0;
		int scopes = 0;
		try (Connection c = ds.getConnection()) {
			List<Long> units = new ArrayList<>();
			units.add(d.nationId);
			for (Object[] r : SyntheticData.rows(c, "select id from org_unit where version = '2025' and level = 1 order by code")) {
				units.add((Long) r[0]);
			}
			for (Object[] r : SyntheticData.rows(c, "select id from org_unit where parent_id = " + d.provinceId
					+ " order by code limit 10")) {
				units.add((Long) r[0]);
			}
			try (PreparedStatement ps = c.prepareStatement(sql)) {
				for (long unit : units) {
					ps.setLong(1, unit);
					try (ResultSet rs = ps.executeQuery()) {
						rs.next();
						if (rs.getLong(1) != rs.getLong(2) || rs.getLong(3) != 0) {
							fail("the service's units of scope " + unit + " (" + rs.getLong(1) + ") differ from org_unit_old_now's ("
									+ rs.getLong(2) + "): " + rs.getLong(3) + " differences");
						}
						old += rs.getLong(4);
						scopes++;
					}
				}
			}
		}
		System.out.printf(Locale.ROOT, "check: the service's units of %d scopes (nation, 34 provinces, 10 communes) are "
				+ "org_unit_old_now's, %,d of them 2024 units placed through the mapping%n", scopes, old);
	}

	private static void explain(DataSource ds, SyntheticData d, List<Long> ids) throws Exception {
		java.lang.reflect.Field f = IndicatorRollup.class.getDeclaredField("UNIT");
		f.setAccessible(true);
		String service = ((String) f.get(null)).replace(":unit", "?").replace(":ids", "?")
			.replace("cast(:periodEnd as date)", "cast(? as date)").replace(":periodEnd", "?");
		try (Connection c = ds.getConnection()) {
			for (long unit : List.of(d.provinceId, d.nationId)) {
				System.out.println("--- EXPLAIN (ANALYZE, BUFFERS) service, unit " + unit);
				try (PreparedStatement ps = c.prepareStatement("explain (analyze, buffers) " + service)) {
					ps.setLong(1, unit);
					ps.setArray(2, c.createArrayOf("bigint", ids.toArray()));
					ps.setNull(3, java.sql.Types.DATE);
					ps.setNull(4, java.sql.Types.DATE);
					print(ps);
				}
				System.out.println("--- EXPLAIN (ANALYZE, BUFFERS) baseline, unit " + unit);
				try (PreparedStatement ps = c.prepareStatement("explain (analyze, buffers) " + ROLLUP_SQL)) {
					ps.setLong(1, unit);
					ps.setArray(2, c.createArrayOf("bigint", ids.toArray()));
					print(ps);
				}
			}
		}
	}

	private static void print(PreparedStatement ps) throws SQLException {
		try (ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				System.out.println(rs.getString(1));
			}
		}
	}

	private static void fail(String message) {
		throw new IllegalStateException("bench rollup: " + message);
	}

	static double percentile(double[] values, int p) {
		double[] v = values.clone();
		Arrays.sort(v);
		int rank = (int) Math.ceil(p / 100.0 * v.length);
		return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
	}

	private static int number(String[] args, int i, int min) {
		try {
			int n = Integer.parseInt(args[i]);
			if (n >= min) {
				return n;
			}
		}
		catch (RuntimeException e) {
			// fall through
		}
		usage();
		System.exit(2);
		return 0;
	}

	private static void usage() {
		System.err.println("usage: ./trienkhai bench rollup [--runs N] [--warmup N] [--load-seconds N] [--users N] "
				+ "[--urls PATH,…] [--explain]");
		System.err.println("  --urls: the pages of the load run, {province} {nation} {plan} replaced by ids; default " + DEFAULT_URLS);
	}

	private static String memTotal() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					long kb = Long.parseLong(line.replaceAll("\\D", ""));
					return String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
				}
			}
		}
		catch (IOException | RuntimeException e) {
			// fall through
		}
		return "unknown";
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (IOException | RuntimeException e) {
			return "unknown";
		}
	}

}
