package vn.trienkhai.report;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.platform.VietnameseText;
import vn.trienkhai.plan.Plan;

/**
 * The implementation report of a plan and a span of rounds: the coordinator's texts (saved, or prefilled from
 * the approved progress reports), the compiled report, and the files — DOCX and PDF of the report, XLSX and
 * CSV of the data tables. Callers check who may read and edit; this service does not know the user (the
 * command line has none).
 */
@Service
public class ImplementationReports {

	private final SpanReader reader;

	private final ReportDrafts drafts;

	private final ReportCompiler compiler;

	private final DocxReportWriter docx;

	private final PdfReportWriter pdf;

	private final Glyphs glyphs;

	private final DataTables tables;

	ImplementationReports(SpanReader reader, ReportDrafts drafts, ReportCompiler compiler, DocxReportWriter docx,
			PdfReportWriter pdf, Glyphs glyphs, DataTables tables) {
		this.reader = reader;
		this.drafts = drafts;
		this.compiler = compiler;
		this.docx = docx;
		this.pdf = pdf;
		this.glyphs = glyphs;
		this.tables = tables;
	}

	/** The data tables by the name the API and the page use: tasks, indicator values, reporting completeness. */
	public static final List<String> TABLES = List.of("tasks", "values", "completeness");

	/** A generated file with the warnings the person should read (characters replaced, …). */
	public record Document(String fileName, String contentType, byte[] bytes, List<String> warnings) {
	}

	public enum Format {

		DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
		PDF("pdf", "application/pdf"),
		XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
		CSV("csv", "text/csv;charset=UTF-8");

		public final String extension;

		public final String contentType;

		Format(String extension, String contentType) {
			this.extension = extension;
			this.contentType = contentType;
		}

		/** The format of a file extension ("docx", "PDF"); null for any other. */
		public static Format of(String extension) {
			for (Format f : values()) {
				if (f.extension.equalsIgnoreCase(extension)) {
					return f;
				}
			}
			return null;
		}

	}

	/** The plan's rounds from {@code fromRoundId} (null: only {@code roundId}) to {@code roundId}. */
	public ReportSpan span(Plan plan, long roundId, Long fromRoundId) {
		return reader.span(plan, roundId, fromRoundId);
	}

	/** The saved texts, else those prefilled from the approved reports. */
	public ReportTexts texts(ReportSpan span) {
		return drafts.find(span).orElseGet(() -> prefilled(span));
	}

	public ReportTexts prefilled(ReportSpan span) {
		LocalDate today = ReportingRounds.today();
		return compiler.prefill(reader.read(span, today), today);
	}

	public List<ReportTexts.Problem> check(ReportTexts texts) {
		return ReportDrafts.check(texts);
	}

	public ReportTexts save(ReportSpan span, ReportTexts texts, int rowVersion) {
		return drafts.save(span, texts, rowVersion);
	}

	public void reset(ReportSpan span) {
		drafts.reset(span);
	}

	/**
	 * The report as it would be generated now, every character one the font can draw (the others replaced
	 * visibly and listed in its warnings).
	 */
	public ImplementationReport compile(ReportSpan span) {
		return preview(span).report();
	}

	/** The texts the report uses (saved, else prefilled) and the report, from one read of the span. */
	public record Preview(ReportTexts texts, ImplementationReport report) {
	}

	public Preview preview(ReportSpan span) {
		SpanData data = reader.read(span, ReportingRounds.today());
		ReportTexts texts = drafts.find(span).orElseGet(() -> compiler.prefill(data, ReportingRounds.today()));
		return new Preview(texts, glyphs.sanitize(compiler.compile(data, texts)));
	}

	public Document report(ReportSpan span, Format format) {
		ImplementationReport report = compile(span);
		byte[] bytes = switch (format) {
			case DOCX -> docx.write(report);
			case PDF -> pdf.write(report);
			default -> throw new IllegalArgumentException("not a report format: " + format);
		};
		return new Document(fileName("bao-cao", span, format), format.contentType, bytes, report.warnings());
	}

	/** The three data tables of the span as one workbook. */
	public Document xlsx(ReportSpan span) {
		byte[] bytes = tables.xlsx(reader.read(span, ReportingRounds.today()));
		return new Document(fileName("so-lieu", span, Format.XLSX), Format.XLSX.contentType, bytes, List.of());
	}

	/** One data table ({@link #TABLES}, any case; null for the tasks) as CSV. */
	public Document csv(ReportSpan span, String table) {
		int i = TABLES.indexOf(table == null ? "tasks" : table.strip().toLowerCase(java.util.Locale.ROOT));
		if (i < 0) {
			throw new vn.trienkhai.platform.InvalidInputException("report.error.table", String.join(", ", TABLES));
		}
		DataTables.DataTable which = DataTables.DataTable.values()[i];
		byte[] bytes = tables.csv(reader.read(span, ReportingRounds.today()), which);
		return new Document(fileName(which.stem(), span, Format.CSV), Format.CSV.contentType, bytes, List.of());
	}

	/** "bao-cao-12-kh-ubnd-2026.docx": ASCII only, so every browser and mail client keeps the name. */
	static String fileName(String stem, ReportSpan span, Format format) {
		Plan plan = span.plan();
		String number = plan.number() != null ? plan.number() : String.valueOf(plan.id());
		String rounds = span.isSingle() ? span.last().label() : span.first().label() + "-" + span.last().label();
		return stem + "-" + slug(number) + "-" + slug(rounds) + "." + format.extension;
	}

	private static String slug(String s) {
		String folded = VietnameseText.fold(s).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return folded.isEmpty() ? "x" : folded.length() > 60 ? folded.substring(0, 60) : folded;
	}

}
