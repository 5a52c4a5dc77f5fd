package vn.trienkhai.registry.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.FileSystemUtils;

import vn.trienkhai.TrienkhaiApplication;
import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.platform.Role;
import vn.trienkhai.registry.RegistryKind;
import vn.trienkhai.registry.shared.BenchUser;

/**
 * {@code ./trienkhai bench search [--records N] [--runs N] [--warmup N]}: the registry search over N (default
 * 100,000) mixed records of every registry spread over all 2025 units, a tenth internal. Boots the whole
 * application on a scratch embedded PostgreSQL (fresh temporary directory, never ./data), generates the records
 * in SQL, and times {@link RegistrySearch#search} (both statements: facets and the page) for a set of queries —
 * words without diacritics, a prefix, a typo (the trigram fallback), a facet filter — as a province coordinator
 * and as the national overseer (a capped result prints its hits as "&gt;1000"). The baseline, timed in the same rounds, is what a search without the index
 * would do: a sequential {@code ilike} over the folded text for the first word. Prints p50 and p95 (nearest
 * rank) and the ratio to the baseline.
 */
public final class SearchBench {

	private SearchBench() {
	}

	/** Words the generated titles and summaries are made of, as officers write them. */
	private static final String[] WORDS = ("công nghệ sinh học ứng dụng nhân giống lúa cà phê hồ tiêu sầu riêng "
			+ "vi sinh vật phân bón hữu cơ chế phẩm enzyme vắc xin thú y tôm cá tra nuôi trồng thủy sản kiểm nghiệm "
			+ "dược liệu sâm ngọc linh nấm linh chi men probiotic chọn tạo giống cây trồng biến đổi gen bảo tồn "
			+ "nguồn gen quỹ gen thiết bị PCR phòng thí nghiệm xét nghiệm sinh phẩm môi trường xử lý chất thải "
			+ "hợp tác xã doanh nghiệp sản phẩm OCOP thương hiệu nhãn hiệu tập thể chỉ dẫn địa lý mô hình điển hình")
		.split(" ");

	private static final List<Case> CASES = List.of(new Case("words without diacritics", "cong nghe sinh hoc", null),
			new Case("prefix while typing (~16%)", "vac x", null), new Case("one common word (~16% of records)", "probiotic", null),
			new Case("typos (vocabulary fallback)", "cong nghe sinh hok nuoi trong thuy sna", null),
			new Case("words + registry facet", "nguon gen lua", RegistryKind.ACCESSION));

	record Case(String label, String text, RegistryKind kind) {
	}

	public static void main(String[] args) throws Exception {
		int records = 100_000;
		int runs = 50;
		int warmup = 10;
		boolean explain = false;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--records" -> records = Integer.parseInt(args[++i]);
				case "--runs" -> runs = Integer.parseInt(args[++i]);
				case "--warmup" -> warmup = Integer.parseInt(args[++i]);
				case "--explain" -> explain = true;
				default -> {
					System.err.println("usage: ./trienkhai bench search [--records N] [--runs N] [--warmup N]");
					System.exit(2);
				}
			}
		}
		Path dataDir = Files.createTempDirectory("trienkhai-bench-search");
		String password = "Bench-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
		ConfigurableApplicationContext ctx = null;
		try {
			ctx = new SpringApplication(TrienkhaiApplication.class).run("--trienkhai.data-dir=" + dataDir,
					"--spring.datasource.url=", "--trienkhai.demo=false", "--trienkhai.embedded-db.port=0",
					"--server.port=0", "--server.address=127.0.0.1", "--trienkhai.admin.username=admin",
					"--trienkhai.admin.password=" + password, "--spring.main.banner-mode=off",
					"--logging.level.root=WARN", "--logging.level.org.springdoc=ERROR");
			JdbcClient jdbc = JdbcClient.create(ctx.getBean(DataSource.class));
			RegistrySearch search = ctx.getBean(RegistrySearch.class);
			OrgUnits orgUnits = ctx.getBean(OrgUnits.class);
			long t0 = System.nanoTime();
			generate(jdbc, records);
			System.out.printf(Locale.ROOT, "generated %,d registry records in %,d ms (%s)%n",
					jdbc.sql("select count(*) from registry_entry").query(Long.class).single(),
					(System.nanoTime() - t0) / 1_000_000, jdbc.sql("select version()").query(String.class).single());
			OrgUnit nation = orgUnits.root();
			if (explain) {
				for (String sql : List.of("""
						explain (analyze, buffers) select e.kind, e.field, subpath(e.unit_path, 0, 2)::text, count(*)
						  from registry_entry e where (e.visibility = 'PUBLIC' or e.unit_path <@ 'vn'::ltree)
						   and e.document @@ to_tsquery('simple', 'cong & nghe & sinh & hoc:*') group by 1, 2, 3""", """
						explain (analyze, buffers) select e.kind, e.record_id, ts_rank(e.document, to_tsquery('simple', 'vac:*')) s
						  from registry_entry e where (e.visibility = 'PUBLIC' or e.unit_path <@ 'vn'::ltree)
						   and e.document @@ to_tsquery('simple', 'vac:*') order by s desc limit 20""")) {
					jdbc.sql(sql).query(String.class).list().forEach(System.out::println);
				}
			}
			long province = jdbc.sql("select id from org_unit where code = '92' and version = '2025'")
				.query(Long.class).single();
			System.out.printf(Locale.ROOT, "%d runs after %d warm-up rounds; p50 / p95 in ms; baseline = sequential "
					+ "ilike of the first word over the folded text%n%n", runs, warmup);
			System.out.printf(Locale.ROOT, "%-44s %-12s %8s %8s %8s %10s %10s %7s%n", "query", "user", "hits",
					"p50", "p95", "base p50", "base p95", "p95 x");
			double worst = 0;
			for (Case c : CASES) {
				for (boolean asNation : new boolean[] { false, true }) {
					long unit = asNation ? nation.id() : province;
					signIn(asNation ? Role.OVERSEER : Role.COORDINATOR, unit);
					SearchQuery query = new SearchQuery(c.text(), c.kind(), null, null, 0);
					String first = query.terms().get(0);
					long[] service = new long[runs];
					long[] baseline = new long[runs];
					String hits = "";
					for (int r = -warmup; r < runs; r++) {
						long s0 = System.nanoTime();
						SearchResult result = search.search(query, nation);
						long s1 = System.nanoTime();
						jdbc.sql("select count(*) from registry_entry where folded ilike :p "
								+ "and (visibility = 'PUBLIC' or unit_path <@ (select path from org_unit where id = :u))")
							.param("p", "%" + first + "%").param("u", unit).query(Long.class).single();
						long s2 = System.nanoTime();
						if (r >= 0) {
							service[r] = s1 - s0;
							baseline[r] = s2 - s1;
						}
						// a capped result: more than the cap match, counted over the newest cap
						hits = result.capped() ? ">" + result.cap() : String.valueOf(result.total());
					}
					double p95 = ms(pct(service, 95));
					worst = Math.max(worst, p95);
					System.out.printf(Locale.ROOT, "%-44s %-12s %8s %8.1f %8.1f %10.1f %10.1f %7.2f%n", c.label(),
							asNation ? "nation" : "province", hits, ms(pct(service, 50)), p95, ms(pct(baseline, 50)),
							ms(pct(baseline, 95)), p95 / ms(pct(baseline, 95)));
				}
			}
			System.out.printf(Locale.ROOT, "%nworst p95: %.1f ms (target <= 50 ms): %s%n", worst,
					worst <= 50 ? "met" : "NOT met");
		}
		finally {
			SecurityContextHolder.clearContext();
			if (ctx != null) {
				ctx.close();
			}
			FileSystemUtils.deleteRecursively(dataDir);
		}
	}

	/** N records: 3–8 words each from {@link #WORDS} for the title, 8–20 for the summary (chosen by a hash, so every run has the same data), any 2025 unit. */
	static void generate(JdbcClient jdbc, int records) {
		String words = "array[" + String.join(",", Arrays.stream(WORDS).map(w -> "'" + w + "'").toList()) + "]";
		String kinds = "array[" + String.join(",", Arrays.stream(RegistryKind.values()).map(k -> "'" + k + "'").toList())
				+ "]";
		jdbc.sql("""
				with units as (select array_agg(id order by id) ids from org_unit where version = '2025'),
				w as (select %s::text[] w),
				k as (select %s::text[] k)
				insert into registry_entry (kind, record_id, org_unit_id, unit_path, field, title, summary, visibility)
				select k.k[1 + g %% array_length(k.k, 1)], 900000000 + g, u.id, u.path,
				       (array['AGRICULTURE','FISHERIES','FOOD','HEALTH','ENVIRONMENT','INDUSTRY'])[1 + (g / 7) %% 6],
				       (select string_agg(w.w[1 + abs(hashint4(g * 64 + i)) %% array_length(w.w, 1)], ' ')
				          from generate_series(1, 3 + g %% 6) i),
				       (select string_agg(w.w[1 + abs(hashint4(g * 64 + 32 + i)) %% array_length(w.w, 1)], ' ')
				          from generate_series(1, 8 + g %% 13) i),
				       case when g %% 10 = 0 then 'INTERNAL' else 'PUBLIC' end
				  from generate_series(1, :n) g, units, w, k,
				       lateral (select id, path from org_unit where id = units.ids[1 + (g * 7919) %% array_length(units.ids, 1)]) u
				""".formatted(words, kinds)).param("n", records).update();
		jdbc.sql("""
				insert into registry_word (word) select distinct unnest(tsvector_to_array(document)) from registry_entry
				on conflict do nothing
				""").update();
		jdbc.sql("analyze registry_entry").update();
		jdbc.sql("analyze registry_word").update();
	}

	private static void signIn(Role role, long unit) {
		BenchUser.signIn(role, unit);
	}

	private static long pct(long[] values, int p) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

}
