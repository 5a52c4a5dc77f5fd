package vn.trienkhai.report.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.trienkhai.TrienkhaiApplication;
import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.monitoring.Round;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.NotFoundException;
import vn.trienkhai.report.ImplementationReports;
import vn.trienkhai.report.ImplementationReports.Format;
import vn.trienkhai.report.ReportSpan;

/**
 * {@code ./trienkhai report PLAN ROUND [--from ROUND] --format docx|pdf|xlsx|csv [--table tasks|values|completeness]
 * --out FILE}: one report or data table written to a file, for batch use. PLAN is a plan's id; ROUND a round's
 * id or its label ("2026", "2026-H1"). It reads the same database as {@code serve}: the external one when
 * configured, else the embedded one in the data directory — and when a server already runs on that
 * directory, that server's PostgreSQL (a data directory takes one server).
 */
public final class ReportCommand {

	private ReportCommand() {
	}

	record Args(long planId, String round, String from, Format format, String table, Path out) {
	}

	public static void main(String[] argv) {
		Args args;
		try {
			args = parse(argv);
		}
		catch (IllegalArgumentException e) {
			System.err.println("trienkhai report: " + e.getMessage());
			System.err.println("usage: ./trienkhai report PLAN ROUND [--from ROUND] --format docx|pdf|xlsx|csv "
					+ "[--table tasks|values|completeness] --out FILE");
			System.exit(2);
			return;
		}
		System.exit(run(args));
	}

	static Args parse(String[] argv) {
		List<String> positional = new ArrayList<>();
		String from = null;
		String format = null;
		String table = null;
		String out = null;
		for (int i = 0; i < argv.length; i++) {
			String a = argv[i];
			switch (a) {
				case "--from" -> from = value(argv, ++i, a);
				case "--format" -> format = value(argv, ++i, a);
				case "--table" -> table = value(argv, ++i, a);
				case "--out" -> out = value(argv, ++i, a);
				default -> {
					if (a.startsWith("--")) {
						throw new IllegalArgumentException("unknown option " + a);
					}
					positional.add(a);
				}
			}
		}
		if (positional.size() != 2) {
			throw new IllegalArgumentException("give a plan and a round");
		}
		long planId;
		try {
			planId = Long.parseLong(positional.get(0));
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("the plan is its id (a number), got '" + positional.get(0) + "'");
		}
		Format f = Format.of(format == null ? "docx" : format);
		if (f == null) {
			throw new IllegalArgumentException("--format must be docx, pdf, xlsx or csv, got '" + format + "'");
		}
		if (out == null) {
			throw new IllegalArgumentException("--out FILE is required");
		}
		return new Args(planId, positional.get(1), from, f, table, Path.of(out));
	}

	private static String value(String[] argv, int i, String option) {
		if (i >= argv.length) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return argv[i];
	}

	static int run(Args args) {
		// the web layer stays on (its security configuration needs it), on a free port of the loopback only
		List<String> props = new ArrayList<>(List.of("--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--trienkhai.demo=false", "--server.port=0", "--server.address=127.0.0.1",
				// a batch run never sends the day's reminders or digests: the server does
				"--trienkhai.reminders.cron=-", "--trienkhai.notification.digest-cron=-"));
		runningServer().ifPresent(port -> {
			props.add("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/postgres");
			props.add("--spring.datasource.username=postgres");
			props.add("--spring.datasource.password=postgres");
		});
		SpringApplication app = new SpringApplication(TrienkhaiApplication.class);
		try (ConfigurableApplicationContext ctx = app.run(props.toArray(String[]::new))) {
			ImplementationReports reports = ctx.getBean(ImplementationReports.class);
			Plan plan = ctx.getBean(Plans.class).find(args.planId())
				.orElseThrow(() -> new NotFoundException("plan " + args.planId()));
			ReportingRounds rounds = ctx.getBean(ReportingRounds.class);
			long to = round(rounds, plan, args.round());
			Long from = args.from() == null ? null : round(rounds, plan, args.from());
			ReportSpan span = reports.span(plan, to, from);
			ImplementationReports.Document doc = switch (args.format()) {
				case CSV -> reports.csv(span, args.table());
				case XLSX -> reports.xlsx(span);
				default -> reports.report(span, args.format());
			};
			Path parent = args.out().toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.write(args.out(), doc.bytes());
			doc.warnings().forEach(w -> System.err.println("trienkhai report: " + w));
			System.out.println(args.out() + " (" + doc.bytes().length + " bytes, " + doc.fileName() + ")");
			return 0;
		}
		catch (NotFoundException | InvalidInputException | IOException e) {
			System.err.println("trienkhai report: " + describe(e));
			return 1;
		}
	}

	private static String describe(Exception e) {
		if (e instanceof InvalidInputException invalid) {
			return invalid.messageKey();
		}
		return e instanceof NotFoundException ? "not found: " + e.getMessage() : e.toString();
	}

	/** A round by id or by label ("2026", "2026-H1"). */
	private static long round(ReportingRounds rounds, Plan plan, String key) {
		List<Round> all = rounds.ofPlan(plan.id());
		for (Round r : all) {
			if (String.valueOf(r.id()).equals(key)) {
				return r.id();
			}
		}
		List<Round> labelled = all.stream().filter(r -> r.label().equalsIgnoreCase(key.strip())).toList();
		if (labelled.size() == 1) {
			return labelled.get(0).id();
		}
		throw new NotFoundException(labelled.isEmpty() ? "round '" + key + "' of plan " + plan.id()
				: "several rounds of plan " + plan.id() + " are labelled '" + key + "'; give the round's id");
	}

	/**
	 * The port of the embedded PostgreSQL a running server holds on the data directory, read from its
	 * postmaster.pid (line 1 the process, line 4 the port); empty when none runs or a database is configured.
	 */
	static Optional<Integer> runningServer() {
		if (System.getenv("TRIENKHAI_DB_URL") != null && !System.getenv("TRIENKHAI_DB_URL").isBlank()) {
			return Optional.empty();
		}
		String dataDir = Optional.ofNullable(System.getenv("TRIENKHAI_DATA_DIR")).filter(s -> !s.isBlank()).orElse("./data");
		Path pid = Path.of(dataDir, "pg", "postmaster.pid");
		try {
			List<String> lines = Files.readAllLines(pid);
			long process = Long.parseLong(lines.get(0).strip());
			boolean alive = ProcessHandle.of(process).map(ProcessHandle::isAlive).orElse(false);
			if (lines.size() < 4 || !alive) {
				return Optional.empty();
			}
			return Optional.of(Integer.parseInt(lines.get(3).strip()));
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

}
