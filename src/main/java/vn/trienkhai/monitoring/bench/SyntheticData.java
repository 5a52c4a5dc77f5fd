package vn.trienkhai.monitoring.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * National-scale synthetic monitoring data, written straight into the scratch database in SQL
 * ({@code generate_series}, one transaction per table, {@code analyze} after): 40 indicators of the nation
 * with mixed roll-up rules, one active plan per province and per commune of the 2025 structure, 200,000 tasks
 * over those plans, and every commune's approved value of every indicator for 8 annual periods, plus the
 * provinces' own values of three indicators in five provinces (so a direct figure wins over its communes').
 *
 * <p>Deterministic: every "random" choice is {@code hashint4} of the row number, so two runs build the same
 * data. Values carry no report (report_id null) and are approved.
 */
final class SyntheticData {

	static final int TASKS = 200_000;

	/** Tasks of the province plans (400 each); the rest go to the commune plans. */
	static final int PROVINCE_TASKS = 34 * 400;

	static final int FIRST_YEAR = 2019;

	static final int LAST_YEAR = 2026;

	/** Indicators whose provinces' own values are inserted in {@link #directProvinces}: SUM, AVERAGE, a ratio's numerator. */
	static final int[] DIRECT_INDICATORS = { 7, 31, 3 };

	/**
	 * Indicator k (1..40): 1–30 SUM (1 and 2 are also weights, 3/4 and 5/6 the numerators and denominators of
	 * the ratios), 31–34 AVERAGE, 35–36 WEIGHTED_AVERAGE (by 1, by 2), 37–38 RATIO (3/4 in %, 5/6 plain),
	 * 39 MIN, 40 MAX.
	 */
	static String rule(int k) {
		if (k <= 30) {
			return "SUM";
		}
		if (k <= 34) {
			return "AVERAGE";
		}
		if (k <= 36) {
			return "WEIGHTED_AVERAGE";
		}
		if (k <= 38) {
			return "RATIO";
		}
		return k == 39 ? "MIN" : "MAX";
	}

	final long nationId;

	final long provinceId;

	final String provinceName;

	final int provinceCommunes;

	final long provincePlanId;

	final List<Long> indicatorIds = new ArrayList<>();

	final Map<String, Long> counts = new LinkedHashMap<>();

	final long millis;

	final List<String> directProvinces = new ArrayList<>();

	private SyntheticData(long nationId, long provinceId, String provinceName, int provinceCommunes, long provincePlanId,
			long millis) {
		this.nationId = nationId;
		this.provinceId = provinceId;
		this.provinceName = provinceName;
		this.provinceCommunes = provinceCommunes;
		this.provincePlanId = provincePlanId;
		this.millis = millis;
	}

	static SyntheticData generate(DataSource ds) throws SQLException {
		long t0 = System.nanoTime();
		try (Connection c = ds.getConnection()) {
			c.setAutoCommit(false);
			long nation = single(c, "select id from org_unit where path = 'vn'");
			long provinces = single(c, "select count(*) from org_unit where version = '2025' and level = 1");
			long communes = single(c, "select count(*) from org_unit where version = '2025' and level = 2");
			if (provinces != 34 || communes != 3321) {
				throw new IllegalStateException("expected the 2025 structure (34 provinces, 3,321 communes), found "
						+ provinces + " / " + communes);
			}
			// the province with the median number of communes (ties by code), and four more with own values
			List<Object[]> byCommunes = rows(c, """
					select p.id, p.name, count(x.id) from org_unit p join org_unit x on x.parent_id = p.id
					 where p.version = '2025' and p.level = 1 group by p.id, p.name, p.code order by count(x.id), p.code""");
			Object[] median = byCommunes.get(byCommunes.size() / 2);
			long province = (Long) median[0];

			exec(c, """
					create temp table bench_direct on commit preserve rows as
					select id from org_unit where version = '2025' and level = 1
					   and (id = %d or id in (select id from org_unit where version = '2025' and level = 1
					                           order by code offset 3 limit 4))""".formatted(province));

			// indicators: 36 simple ones first, then those that name others
			exec(c, """
					insert into indicator (org_unit_id, name, unit, name_key, aggregation)
					select %d, 'Chỉ tiêu tổng hợp số ' || lpad(k::text, 2, '0') || ' (dữ liệu thử tải)',
					       case when k in (1) then 'ha' when k <= 30 then 'đơn vị' else '%%' end,
					       'bench ' || lpad(k::text, 2, '0'),
					       case when k <= 30 then 'SUM' when k <= 34 then 'AVERAGE' when k = 39 then 'MIN' else 'MAX' end
					  from generate_series(1, 40) k where k <= 34 or k >= 39""".formatted(nation));
			exec(c, """
					insert into indicator (org_unit_id, name, unit, name_key, aggregation, weight_id)
					select %1$d, 'Chỉ tiêu bình quân gia quyền số ' || k, 'tấn/ha', 'bench ' || k, 'WEIGHTED_AVERAGE',
					       (select id from indicator where org_unit_id = %1$d and name_key = 'bench 0' || (k - 34))
					  from generate_series(35, 36) k""".formatted(nation));
			exec(c, """
					insert into indicator (org_unit_id, name, unit, name_key, aggregation, numerator_id, denominator_id)
					select %1$d, 'Tỷ lệ tổng hợp số ' || k, case when k = 37 then '%%' else 'lần' end, 'bench ' || k, 'RATIO',
					       (select id from indicator where org_unit_id = %1$d and name_key = 'bench 0' || (2 * (k - 37) + 3)),
					       (select id from indicator where org_unit_id = %1$d and name_key = 'bench 0' || (2 * (k - 37) + 4))
					  from generate_series(37, 38) k""".formatted(nation));
			c.commit();

			// one active plan per province and per commune
			exec(c, """
					insert into plan (org_unit_id, number, number_key, kind, issuer, title, issued_on, status, horizon_years, created_by)
					select u.id, 'TT-' || u.code || '/KH-UBND', 'TT-' || u.code || '/KH-UBND', 'KE_HOACH', 'UBND ' || u.name,
					       'Kế hoạch thực hiện Nghị quyết 36-NQ/TW (dữ liệu thử tải) — ' || u.name, date '2025-09-01', 'ACTIVE',
					       '{2025,2026,2027,2028,2029,2030}', 'bench'
					  from org_unit u where u.version = '2025' and u.level in (1, 2) order by u.level, u.code""");
			c.commit();
			exec(c, """
					create temp table bench_plan on commit preserve rows as
					select row_number() over (order by u.level, u.code) - 1 as rn, p.id
					  from plan p join org_unit u on u.id = p.org_unit_id where p.created_by = 'bench'""");

			// tasks: 400 per province plan, the rest spread over the commune plans; 45 % with a day (2023–2030,
			// so past and future), 25 % yearly, 30 % none; 30 % done (completed within 60 days either side of the
			// deadline), 35 % in progress, 30 % not started, 5 % cancelled
			exec(c, """
					insert into task (plan_id, position, text, deadline_kind, deadline_date, deadline_month, deadline_day,
					                  progress, completed_on, source)
					select p.id, s.g, 'Nhiệm vụ tổng hợp số ' || s.g || ' (dữ liệu thử tải)', a.dk,
					       case when a.dk = 'DATE' then date '2023-01-01' + (s.h4 %% 2922)::int end,
					       case when a.dk = 'YEARLY' then 12 end, case when a.dk = 'YEARLY' then 15 end, b.pr,
					       case when b.pr = 'DONE' then
					            case when a.dk = 'DATE' then date '2023-01-01' + (s.h4 %% 2922)::int + (s.h3 %% 121)::int - 60
					                 else date '2023-06-01' + (s.h3 %% 1200)::int end end,
					       'bench'
					  from (select g, case when g <= %d then (g - 1) %% 34 else 34 + abs(hashint4(g)::bigint) %% 3321 end as rn,
					               abs(hashint4(g * 7 + 1)::bigint) %% 100 as hk, abs(hashint4(g * 7 + 2)::bigint) %% 100 as hp,
					               abs(hashint4(g * 7 + 3)::bigint) as h3, abs(hashint4(g * 7 + 4)::bigint) as h4
					          from generate_series(1, %d) g) s
					  cross join lateral (select case when s.hk < 45 then 'DATE' when s.hk < 70 then 'YEARLY' else 'NONE' end as dk) a
					  cross join lateral (select case when s.hp < 30 then 'DONE' when s.hp < 65 then 'IN_PROGRESS'
					                                  when s.hp < 95 then 'NOT_STARTED' else 'CANCELLED' end as pr) b
					  join bench_plan p on p.rn = s.rn
					 order by p.id, s.g""".formatted(PROVINCE_TASKS, TASKS));
			c.commit();

			// values: every commune × indicator × year (a commune reports its ratios too, which the roll-up recomputes
			// from their inputs); weights and denominators are never zero
			exec(c, """
					create temp table bench_ind on commit preserve rows as
					select id, substr(name_key, 7)::int as k from indicator where org_unit_id = %d and name_key like 'bench %%'"""
				.formatted(nation));
			exec(c, """
					insert into indicator_value (indicator_id, org_unit_id, period_start, period_end, value, approved)
					select i.id, u.id, make_date(y - 1, 12, 15), make_date(y, 12, 14),
					       case when i.k in (1, 2) then 1 + h %% 5000 / 10.0
					            when i.k in (4, 6) then 1 + h %% 200
					            when i.k in (3, 5) then h %% 150
					            when i.k <= 30 then h %% 100000 / 10.0
					            else h %% 1000 / 10.0 end,
					       true
					  from bench_ind i
					  cross join (select id from org_unit where version = '2025' and level = 2) u
					  cross join generate_series(%d, %d) y
					  cross join lateral (select abs(hashint4(((u.id * 64 + i.k) * 16 + y - 2000)::int)::bigint) as h) x
					 order by i.id, u.id, y""".formatted(FIRST_YEAR, LAST_YEAR));
			// a few provinces report some figures themselves
			exec(c, """
					insert into indicator_value (indicator_id, org_unit_id, period_start, period_end, value, approved)
					select i.id, d.id, make_date(y - 1, 12, 15), make_date(y, 12, 14),
					       case when i.k = 3 then 500 + abs(hashint4(d.id::int * 8 + y)::bigint) %% 5000
					            else abs(hashint4(d.id::int * 8 + y)::bigint) %% 1000000 / 10.0 end, true
					  from bench_ind i cross join bench_direct d cross join generate_series(%d, %d) y
					 where i.k = any('{%s}')""".formatted(FIRST_YEAR, LAST_YEAR,
					java.util.Arrays.stream(DIRECT_INDICATORS).mapToObj(Integer::toString)
						.collect(java.util.stream.Collectors.joining(","))));
			c.commit();
			c.setAutoCommit(true);
			// as autovacuum would soon after a bulk load: statistics, and the visibility map that lets the
			// covering indexes answer without reading the table
			for (String t : List.of("indicator", "plan", "task", "indicator_value", "org_unit")) {
				exec(c, "vacuum (analyze) " + t);
			}

			long plan = single(c, "select id from plan where created_by = 'bench' and org_unit_id = " + province);
			SyntheticData d = new SyntheticData(nation, province, (String) median[1], ((Long) median[2]).intValue(), plan,
					(System.nanoTime() - t0) / 1_000_000);
			for (Object[] r : rows(c, "select id from bench_ind order by k")) {
				d.indicatorIds.add((Long) r[0]);
			}
			for (Object[] r : rows(c, "select u.name from bench_direct b join org_unit u using (id) order by u.code")) {
				d.directProvinces.add((String) r[0]);
			}
			d.counts.put("indicators", single(c, "select count(*) from bench_ind"));
			d.counts.put("plans", single(c, "select count(*) from plan where created_by = 'bench'"));
			d.counts.put("tasks", single(c, "select count(*) from task"));
			d.counts.put("indicator values", single(c, "select count(*) from indicator_value"));
			d.counts.put("  of which provinces' own", single(c,
					"select count(*) from indicator_value v join org_unit u on u.id = v.org_unit_id where u.level = 1"));
			for (String t : List.of("bench_direct", "bench_plan", "bench_ind")) {
				exec(c, "drop table " + t);
			}
			return d;
		}
	}

	static long single(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static List<Object[]> rows(Connection c, String sql) throws SQLException {
		List<Object[]> out = new ArrayList<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			int n = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				Object[] row = new Object[n];
				for (int i = 0; i < n; i++) {
					row[i] = rs.getObject(i + 1);
				}
				out.add(row);
			}
		}
		return out;
	}

	static void exec(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

}
