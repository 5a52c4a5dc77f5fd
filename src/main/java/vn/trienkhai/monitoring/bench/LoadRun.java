package vn.trienkhai.monitoring.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load run on loopback: {@code users} clients, each its own {@link HttpClient} with its own cookie
 * store, signed in through the real form (GET /login, the {@code _csrf} hidden input, POST /login, the session
 * cookie kept), then issuing GETs of the given pages back to back (no think time) for {@code seconds}, each
 * client starting at a different page. Every non-2xx answer (a redirect to /login included) and every exception
 * is an error.
 */
final class LoadRun {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	private final String base;

	private final String username;

	private final String password;

	private final List<String> paths;

	private final int users;

	private final int seconds;

	LoadRun(String base, String username, String password, List<String> paths, int users, int seconds) {
		this.base = base;
		this.username = username;
		this.password = password;
		this.paths = paths;
		this.users = users;
		this.seconds = seconds;
	}

	/** Runs it and prints the results; false when a page did not answer 200 before the run or any request failed. */
	boolean run() throws Exception {
		System.out.printf(Locale.ROOT, "load run: %d users, each its own signed-in session (user '%s'), GETs back to back "
				+ "for %d s, pages in turn: %s%n", users, username, seconds, String.join(" ", paths));
		long t0 = System.nanoTime();
		List<HttpClient> clients = new ArrayList<>();
		for (int u = 0; u < users; u++) {
			clients.add(signIn());
		}
		System.out.printf(Locale.ROOT, "  %d sign-ins through the form in %,d ms%n", users, (System.nanoTime() - t0) / 1_000_000);
		boolean ok = true;
		for (String p : paths) {
			HttpResponse<String> r = clients.get(0).send(get(p), HttpResponse.BodyHandlers.ofString());
			if (r.statusCode() != 200) {
				System.out.printf(Locale.ROOT, "ERROR load run: GET %s answered %d%s, not 200; not running the load. "
						+ "Pass the pages that exist with --urls (the dashboards are /dashboard/units/{id} and "
						+ "/plans/{id}/dashboard)%n", p, r.statusCode(),
						r.headers().firstValue("Location").map(l -> " (to " + l + ")").orElse(""));
				ok = false;
			}
		}
		if (!ok) {
			return false;
		}
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		long[][] latencies = new long[users][];
		int[] counts = new int[users];
		AtomicLong errors = new AtomicLong();
		Map<String, Integer> errorKinds = new TreeMap<>();
		List<Thread> threads = new ArrayList<>();
		long start = System.nanoTime();
		for (int u = 0; u < users; u++) {
			int user = u;
			Thread t = new Thread(() -> {
				HttpClient client = clients.get(user);
				long[] lat = new long[1 << 14];
				int n = 0;
				int next = user % paths.size();
				while (System.nanoTime() < end) {
					String p = paths.get(next);
					next = (next + 1) % paths.size();
					long a = System.nanoTime();
					String error = null;
					try {
						HttpResponse<Void> r = client.send(get(p), HttpResponse.BodyHandlers.discarding());
						if (r.statusCode() / 100 != 2) {
							error = "HTTP " + r.statusCode() + " " + p;
						}
					}
					catch (IOException e) {
						error = e.getClass().getSimpleName();
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						break;
					}
					long b = System.nanoTime();
					if (n == lat.length) {
						lat = Arrays.copyOf(lat, n * 2);
					}
					lat[n++] = b - a;
					if (error != null) {
						errors.incrementAndGet();
						synchronized (errorKinds) {
							errorKinds.merge(error, 1, Integer::sum);
						}
					}
				}
				latencies[user] = Arrays.copyOf(lat, n);
				counts[user] = n;
			}, "load-" + u);
			threads.add(t);
			t.start();
		}
		for (Thread t : threads) {
			t.join();
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		int total = Arrays.stream(counts).sum();
		double[] all = new double[total];
		int i = 0;
		for (long[] l : latencies) {
			for (long x : l) {
				all[i++] = x / 1e6;
			}
		}
		System.out.println();
		System.out.println("| load run | value |");
		System.out.println("|---|---:|");
		System.out.printf(Locale.ROOT, "| requests | %,d in %.1f s |%n", total, elapsed);
		System.out.printf(Locale.ROOT, "| throughput | %.1f requests/s |%n", total / elapsed);
		System.out.printf(Locale.ROOT, "| latency p50 | %.1f ms |%n", RollupBench.percentile(all, 50));
		System.out.printf(Locale.ROOT, "| latency p95 | %.1f ms |%n", RollupBench.percentile(all, 95));
		System.out.printf(Locale.ROOT, "| latency p99 | %.1f ms |%n", RollupBench.percentile(all, 99));
		System.out.printf(Locale.ROOT, "| errors (non-2xx or exceptions) | %d |%n", errors.get());
		errorKinds.forEach((k, v) -> System.out.printf(Locale.ROOT, "  error %s: %d%n", k, v));
		System.out.printf(Locale.ROOT, "%s load run: %d errors (target 0); load average after: %s%n",
				errors.get() == 0 ? "PASS" : "FAIL", errors.get(), RollupBench.loadAverage());
		return errors.get() == 0;
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build();
	}

	private HttpClient signIn() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10)).build();
		HttpResponse<String> form = client.send(get("/login"), HttpResponse.BodyHandlers.ofString());
		Matcher m = CSRF.matcher(form.body());
		if (form.statusCode() != 200 || !m.find()) {
			throw new IllegalStateException("load run: GET /login answered " + form.statusCode() + " without a _csrf field");
		}
		String csrf = m.group(1) != null ? m.group(1) : m.group(2);
		String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf);
		HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		String location = r.headers().firstValue("Location").orElse("");
		if (r.statusCode() != 302 || location.contains("/login") || location.contains("/account/password")) {
			throw new IllegalStateException("load run: sign-in as " + username + " answered " + r.statusCode() + " to '"
					+ location + "'");
		}
		return client;
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
