package vn.trienkhai.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.convert.ConversionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.support.RequestContext;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestUsers;
import vn.trienkhai.agency.Agencies;
import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.monitoring.EvidenceFiles.Evidence;
import vn.trienkhai.plan.PlanEditing;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.NotFoundException;
import vn.trienkhai.platform.Role;

/**
 * Evidence files on a real database and real files: every accepted kind stored and read back byte for byte;
 * every refusal leaves no row, no audit entry and no file; limits counted on the stream; names kept for
 * display only; a rollback takes the moved file with it; the list fragment renders.
 */
@IntegrationTest
class EvidenceFilesIT {

	private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(4000, 9000));

	@Autowired
	EvidenceFiles evidence;

	@Autowired
	PlanEditing planEditing;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MessageSource messages;

	@Autowired
	WebApplicationContext context;

	@Autowired
	ConversionService conversionService;

	@TempDir
	Path dir;

	long unit;

	@BeforeEach
	void signIn() {
		unit = jdbc.sql("select id from org_unit where name = 'Tỉnh Tuyên Quang' and version = '2025'").query(Long.class)
			.single();
		SecurityContextHolder.getContext().setAuthentication(TestUsers.authenticationFor(Role.REPORTER, unit, null));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	record Report(long id, long planId) {
	}

	/** A hand-made plan (its rounds generated on creation), the agency's report in its first round. */
	Report report() {
		int no = NEXT.getAndIncrement();
		long plan = planEditing.create(new PlanEditing.NewPlan(unit, no + "/KH-UBND", "KE_HOACH",
				"Kế hoạch thử tệp minh chứng " + no, "Ủy ban nhân dân tỉnh Tuyên Quang", LocalDate.of(2026, 1, 5)));
		long round = jdbc.sql("select id from reporting_round where plan_id = :p order by period_start, id limit 1")
			.param("p", plan).query(Long.class).single();
		long agency = agencies.findOrCreate(unit, "Sở Khoa học và Công nghệ").id();
		long report = jdbc.sql("insert into progress_report (round_id, agency_id) values (:r, :a) returning id")
			.param("r", round).param("a", agency).query(Long.class).single();
		return new Report(report, plan);
	}

	long task(long planId) {
		return jdbc.sql("""
				insert into task (plan_id, position, text, source) values (:p, 0, 'Xây dựng phòng thí nghiệm', 'manual')
				returning id
				""").param("p", planId).query(Long.class).single();
	}

	/** A service on its own directory with the given limits (the shared context keeps the defaults). */
	EvidenceFiles files(DataSize maxFile, DataSize maxPerReport, Integer maxFiles) {
		return new EvidenceFiles(jdbc, audit, transactions,
				new EvidenceSettings(dir, maxFile, maxPerReport, maxFiles, null, null));
	}

	EvidenceFiles files() {
		return files(null, null, null);
	}

	// --- real files ---

	static byte[] pdf() throws IOException {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.addPage(new PDPage());
			doc.save(out);
			return out.toByteArray();
		}
	}

	static byte[] docx() throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.createParagraph().createRun().setText("Biên bản nghiệm thu phòng thí nghiệm công nghệ sinh học");
			doc.write(out);
			return out.toByteArray();
		}
	}

	static byte[] xlsx() throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var row = book.createSheet("Số liệu").createRow(0);
			row.createCell(0).setCellValue("Diện tích ứng dụng (ha)");
			row.createCell(1).setCellValue(125.5);
			book.write(out);
			return out.toByteArray();
		}
	}

	static byte[] image(String format) throws IOException {
		BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
		var g = img.createGraphics();
		g.setColor(Color.GREEN);
		g.fillRect(0, 0, 8, 8);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(img, format, out)).isTrue();
		return out.toByteArray();
	}

	static byte[] zip(Map<String, byte[]> entries) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (var e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	/** A .docx whose document part inflates to {@code megabytes} of zeros (Deflater makes it ~1000 times smaller). */
	static byte[] zipBomb(int megabytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < megabytes; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	static String sha256(byte[] b) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
	}

	static InputStream in(byte[] b) {
		return new ByteArrayInputStream(b);
	}

	// --- accepted ---

	@Test
	void everyAcceptedKindIsStoredAndReadBackByteForByte() throws Exception {
		Report report = report();
		record Case(String name, byte[] content, String type) {
		}
		List<Case> cases = List.of(new Case("Biên bản nghiệm thu.pdf", pdf(), "application/pdf"),
				new Case("Báo cáo.docx", docx(),
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
				new Case("Số liệu.xlsx", xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				new Case("Ảnh hiện trường.png", image("png"), "image/png"),
				new Case("Ảnh 2.JPG", image("jpeg"), "image/jpeg"), new Case("ảnh 3.jpeg", image("jpeg"), "image/jpeg"),
				new Case("sơ đồ.gif", image("gif"), "image/gif"));
		for (Case c : cases) {
			Evidence e = evidence.store(report.id(), null, c.name(), in(c.content()), c.content().length);
			assertThat(e.fileName()).isEqualTo(c.name());
			assertThat(e.contentType()).as(c.name()).isEqualTo(c.type());
			assertThat(e.sizeBytes()).isEqualTo(c.content().length);
			assertThat(e.sha256()).isEqualTo(sha256(c.content()));
			assertThat(e.uploadedBy()).isEqualTo("test-reporter");
			assertThat(e.reportId()).isEqualTo(report.id());
			assertThat(e.taskId()).isNull();
			assertThat(evidence.find(e.id())).contains(e);
			try (InputStream stored = evidence.open(e.id())) {
				assertThat(stored.readAllBytes()).as(c.name()).isEqualTo(c.content());
			}
			Path file = evidence.path(e.id());
			assertThat(file).startsWith(evidence.settings().dir().toAbsolutePath().normalize());
			assertThat(file.getFileName().toString()).isEqualTo(Long.toString(e.id()));
			assertThat(jdbc.sql("""
					select count(*) from audit_event where entity_type = 'evidence_file' and entity_id = :id
					   and action = 'UPLOAD' and org_unit_id = :unit
					""").param("id", String.valueOf(e.id())).param("unit", unit).query(Integer.class).single())
				.isEqualTo(1);
		}
		assertThat(evidence.ofReport(report.id())).extracting(Evidence::fileName)
			.containsExactlyElementsOf(cases.stream().map(Case::name).toList());
	}

	@Test
	void aTaskOfTheReportsPlanTakesEvidenceAndATaskOfAnotherPlanIsRefused() throws Exception {
		Report report = report();
		long ownTask = task(report.planId());
		long otherTask = task(report().planId());
		Evidence e = evidence.store(report.id(), ownTask, "ảnh.png", in(image("png")), -1);
		assertThat(e.taskId()).isEqualTo(ownTask);
		assertThat(evidence.find(e.id()).orElseThrow().taskId()).isEqualTo(ownTask);

		EvidenceFiles files = files();
		Report fresh = report();
		byte[] png = image("png");
		assertRefused(files, fresh.id(), "task", () -> files.store(fresh.id(), otherTask, "ảnh.png", in(png), png.length));
	}

	@Test
	void anUnknownReportIsNotFound() {
		assertThatThrownBy(() -> files().store(Long.MAX_VALUE, null, "a.pdf", in(pdf()), 10))
			.isInstanceOf(NotFoundException.class);
		assertThat(Files.exists(dir) ? filesUnder(dir) : Set.of()).isEmpty();
		assertThatThrownBy(() -> evidence.open(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> evidence.delete(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
	}

	// --- refused ---

	@Test
	void contentAndNameMustAgree() throws Exception {
		EvidenceFiles files = files();
		long report = report().id();
		byte[] png = image("png");
		byte[] pdf = pdf();
		byte[] docx = docx();
		byte[] exe = new byte[2048];
		exe[0] = 'M';
		exe[1] = 'Z';
		refused(files, report, "extension", "ảnh chụp.pdf", png); // a PNG named .pdf
		refused(files, report, "extension", "báo cáo.docx", pdf); // a PDF named .docx
		refused(files, report, "extension", "báo cáo.xlsx", docx); // a Word document named .xlsx
		refused(files, report, "extension", "báo cáo.png", docx);
		refused(files, report, "notWhatItSays", "setup.docx", exe); // an .exe renamed .docx
		refused(files, report, "notWhatItSays", "ảnh.jpg", "just text".getBytes(StandardCharsets.UTF_8));
		refused(files, report, "type", "setup.exe", exe);
		refused(files, report, "type", "ghi chú.txt", "Ghi chú".getBytes(StandardCharsets.UTF_8));
		refused(files, report, "extensionMissing", "báo cáo", pdf);
		refused(files, report, "extensionMissing", "báo cáo.", pdf);
		// WebP is told by its RIFF header (ImageIO cannot write one; the check reads only the header)
		byte[] webp = new byte[64];
		System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, webp, 0, 4);
		System.arraycopy("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), 0, webp, 8, 8);
		refused(files, report, "extension", "ảnh.png", webp);
		assertThat(files.store(report, null, "ảnh.webp", in(webp), webp.length).contentType()).isEqualTo("image/webp");
	}

	@Test
	void legacyOfficeFilesArchivesAndBrokenZipsAreRefused() throws Exception {
		EvidenceFiles files = files();
		long report = report().id();
		byte[] ole2 = new byte[4096];
		System.arraycopy(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1 }, 0, ole2, 0, 8);
		refused(files, report, "legacy", "báo cáo.doc", ole2);
		refused(files, report, "legacy", "số liệu.xls", ole2);
		refused(files, report, "legacy", "báo cáo.docx", ole2); // an old .doc renamed, or a password-protected .docx
		refused(files, report, "legacy", "báo cáo.doc", "{\\rtf1 Word saved this as .doc}".getBytes(StandardCharsets.US_ASCII));
		byte[] plainZip = zip(Map.of("readme.txt", "xin chào".getBytes(StandardCharsets.UTF_8)));
		refused(files, report, "zip", "báo cáo.docx", plainZip);
		refused(files, report, "zip", "tài liệu.zip", plainZip);
		// a zip with the Word part but not the content types Office always writes
		refused(files, report, "zip", "báo cáo.docx", zip(Map.of("word/document.xml", "<w:document/>".getBytes())));
		byte[] truncated = java.util.Arrays.copyOf(docx(), 200);
		refused(files, report, "damaged", "báo cáo.docx", truncated);
		byte[] doctype = zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(), "word/document.xml",
				"<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>".getBytes()));
		refused(files, report, "unsafe", "báo cáo.docx", doctype);
	}

	@Test
	void aZipBombIsStoppedAtTheInflatedLimit() throws Exception {
		EvidenceFiles files = files(); // the default limit: 100 MB inflated
		long report = report().id();
		byte[] bomb = zipBomb(101);
		assertThat(bomb.length).isLessThan(1024 * 1024);
		InvalidInputException e = refused(files, report, "zipBomb", "báo cáo.docx", bomb);
		assertThat(e.args()).containsExactly(EvidenceFiles.megabytes(100L * 1024 * 1024));
		byte[] many = zip(java.util.stream.IntStream.rangeClosed(0, 10_000).boxed()
			.collect(Collectors.toMap(i -> "p/" + i, i -> new byte[0])));
		refused(files, report, "zipEntries", "báo cáo.xlsx", many);
	}

	@Test
	void emptyAndUnnamedFilesAreRefused() throws Exception {
		EvidenceFiles files = files();
		long report = report().id();
		refused(files, report, "empty", "báo cáo.pdf", new byte[0]);
		refused(files, report, "name", "", pdf());
		refused(files, report, "name", "../..", pdf());
		refused(files, report, "name", "\u0000\u202E ", pdf());
		assertRefused(files, report, "name", () -> files.store(report, null, null, in(pdf()), 10));
	}

	@Test
	void theSizeIsCountedOnTheStreamNotTakenFromTheClient() {
		EvidenceFiles files = files(DataSize.ofKilobytes(64), null, null);
		long report = report().id();
		CountingPng endless = new CountingPng(Long.MAX_VALUE);
		InvalidInputException e = assertRefused(files, report, "tooLarge",
				() -> files.store(report, null, "ảnh.png", endless, 100));
		assertThat(e.args()).containsExactly(EvidenceFiles.megabytes(64 * 1024));
		assertThat(endless.served).isLessThanOrEqualTo(64 * 1024 + 64 * 1024);
		// a declared size over the limit is refused before anything is read
		CountingPng unread = new CountingPng(1000);
		assertRefused(files, report, "tooLarge", () -> files.store(report, null, "ảnh.png", unread, 65 * 1024 + 1));
		assertThat(unread.served).isZero();
		// exactly at the limit is fine
		Evidence ok = files.store(report, null, "ảnh.png", new CountingPng(64 * 1024), 0);
		assertThat(ok.sizeBytes()).isEqualTo(64 * 1024);
	}

	@Test
	void aReportHasATotalAndACountLimit() {
		EvidenceFiles files = files(null, DataSize.ofKilobytes(100), 2);
		long report = report().id();
		files.store(report, null, "1.png", new CountingPng(60 * 1024), -1);
		Set<Path> before = filesUnder(dir);
		assertThatThrownBy(() -> files.store(report, null, "2.png", new CountingPng(60 * 1024), -1))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("monitoring.evidence.error.reportFull"));
		assertThat(filesUnder(dir)).isEqualTo(before);
		files.store(report, null, "2.png", new CountingPng(30 * 1024), -1);
		assertThatThrownBy(() -> files.store(report, null, "3.png", new CountingPng(10), -1))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("monitoring.evidence.error.tooMany"));
		assertThat(files.ofReport(report)).extracting(Evidence::fileName).containsExactly("1.png", "2.png");
		assertThat(filesUnder(dir)).hasSize(2);
	}

	@Test
	void refusalsSayTheLimitInTheReadersLanguage() {
		Object[] tenMb = { EvidenceFiles.megabytes(evidence.settings().maxFileSize().toBytes()) };
		assertThat(messages.getMessage("monitoring.evidence.error.tooLarge", tenMb, Locale.forLanguageTag("vi")))
			.startsWith("Tệp vượt quá 10 MB;");
		assertThat(messages.getMessage("monitoring.evidence.error.tooLarge", tenMb, Locale.ENGLISH))
			.startsWith("The file exceeds 10 MB;");
		Object[] half = { EvidenceFiles.megabytes(512 * 1024) };
		assertThat(messages.getMessage("monitoring.evidence.error.reportFull", half, Locale.forLanguageTag("vi")))
			.contains("vượt quá 0,5 MB");
		assertThat(messages.getMessage("monitoring.evidence.error.zipEntries", new Object[] { 10_000 },
				Locale.forLanguageTag("vi"))).contains("trên 10.000");
	}

	// --- names ---

	@Test
	void theNameIsKeptForDisplayOnlyAndNeverReachesTheDisk() throws Exception {
		EvidenceFiles files = files();
		long report = report().id();
		byte[] pdf = pdf();
		Evidence unix = files.store(report, null, "../../../etc/cron.d/báo cáo.pdf", in(pdf), pdf.length);
		assertThat(unix.fileName()).isEqualTo("báo cáo.pdf");
		Evidence windows = files.store(report, null, "C:\\Users\\cb\\..\\..\\Windows\\System32\\kết quả.pdf", in(pdf), -1);
		assertThat(windows.fileName()).isEqualTo("kết quả.pdf");
		Evidence controls = files.store(report, null, "bi\u0000ên\r\n  bản\u202E\u200B.pdf", in(pdf), -1);
		assertThat(controls.fileName()).isEqualTo("biên bản.pdf");
		// decomposed Vietnamese (as macOS sends it) is kept composed
		Evidence nfd = files.store(report, null, java.text.Normalizer.normalize("Biên bản.pdf", java.text.Normalizer.Form.NFD),
				in(pdf), -1);
		assertThat(nfd.fileName()).isEqualTo("Biên bản.pdf");
		Evidence longName = files.store(report, null, "ệ".repeat(400) + ".pdf", in(pdf), -1);
		assertThat(longName.fileName()).hasSize(255).endsWith("ệ.pdf");
		Path root = dir.toAbsolutePath().normalize();
		Set<Path> stored = filesUnder(dir);
		assertThat(stored).hasSize(5).allSatisfy(p -> {
			assertThat(p).startsWith(root);
			assertThat(p.getFileName().toString()).matches("\\d+");
		});
		assertThat(stored).containsExactlyInAnyOrder(files.path(unix.id()), files.path(windows.id()),
				files.path(controls.id()), files.path(nfd.id()), files.path(longName.id()));
		assertThat(Files.exists(root.resolve("../../../etc/cron.d/báo cáo.pdf").normalize())).isFalse();
		try (InputStream back = files.open(unix.id())) {
			assertThat(back.readAllBytes()).isEqualTo(pdf);
		}
	}

	// --- transactions ---

	@Test
	void deleteRemovesTheRowAndTheFileAndIsAudited() throws Exception {
		long report = report().id();
		byte[] docx = docx();
		Evidence e = evidence.store(report, null, "báo cáo.docx", in(docx), docx.length);
		Path file = evidence.path(e.id());
		assertThat(file).exists();
		evidence.delete(e.id());
		assertThat(evidence.find(e.id())).isEmpty();
		assertThat(file).doesNotExist();
		assertThat(evidence.ofReport(report)).isEmpty();
		assertThat(jdbc.sql("""
				select count(*) from audit_event where entity_type = 'evidence_file' and entity_id = :id and action = 'DELETE'
				   and before ->> 'sha256' = :sha
				""").param("id", String.valueOf(e.id())).param("sha", sha256(docx)).query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void aRolledBackTransactionLeavesNoFileAndKeepsADeletedOne() throws Exception {
		EvidenceFiles files = files();
		long report = report().id();
		byte[] pdf = pdf();
		TransactionTemplate tx = new TransactionTemplate(transactions);
		long[] id = new long[1];
		tx.executeWithoutResult(status -> {
			id[0] = files.store(report, null, "báo cáo.pdf", in(pdf), pdf.length).id();
			assertThat(files.path(id[0])).exists();
			status.setRollbackOnly();
		});
		assertThat(files.find(id[0])).isEmpty();
		assertThat(filesUnder(dir)).isEmpty();

		Evidence kept = files.store(report, null, "báo cáo.pdf", in(pdf), pdf.length);
		tx.executeWithoutResult(status -> {
			files.delete(kept.id());
			assertThat(files.path(kept.id())).exists(); // removed only once the deletion commits
			status.setRollbackOnly();
		});
		assertThat(files.find(kept.id())).isPresent();
		try (InputStream back = files.open(kept.id())) {
			assertThat(back.readAllBytes()).isEqualTo(pdf);
		}
	}

	// --- the fragment ---

	@Test
	void theListFragmentRendersFilesSizesAndForms() throws Exception {
		Report report = report();
		long task = task(report.planId());
		byte[] pdf = pdf();
		Evidence small = evidence.store(report.id(), task, "biên bản.pdf", in(pdf), pdf.length);
		Evidence big = evidence.store(report.id(), task, "ảnh lớn.png", new CountingPng(1536 * 1024), -1);
		List<Evidence> list = List.of(small, big);

		Document editable = Jsoup.parse(render(list, report.id(), task, true, Locale.forLanguageTag("vi")));
		assertThat(editable.select("a[href=/evidence/" + small.id() + "]").text()).isEqualTo("biên bản.pdf");
		assertThat(editable.select("#evidence-file-" + big.id() + " td").get(1).text()).isEqualTo("1,5 MB");
		assertThat(editable.select("#evidence-file-" + small.id() + " td").get(1).text())
			.matches("\\d+(,\\d)? KB");
		assertThat(editable.select("#evidence-file-" + small.id() + " td").get(2).text()).isEqualTo("test-reporter");
		var upload = editable.selectFirst("form#evidence-task-" + task + "-upload");
		assertThat(upload.attr("action")).isEqualTo("/reports/" + report.id() + "/evidence");
		assertThat(upload.attr("enctype")).isEqualTo("multipart/form-data");
		assertThat(upload.select("input[name=taskId]").val()).isEqualTo(String.valueOf(task));
		assertThat(upload.select("input[name=_csrf]").val()).isEqualTo("token-value");
		String accept = upload.selectFirst("input[type=file]").attr("accept");
		for (EvidenceFiles.Kind kind : EvidenceFiles.Kind.values()) {
			for (String ext : kind.extensions()) {
				assertThat(accept).contains("." + ext);
			}
		}
		assertThat(upload.text()).contains("tối đa 10 MB");
		var delete = editable.selectFirst("#evidence-file-" + small.id() + " form");
		assertThat(delete.attr("action")).isEqualTo("/evidence/" + small.id() + "/delete");
		assertThat(delete.select("input[name=_csrf]").val()).isEqualTo("token-value");

		Document readOnly = Jsoup.parse(render(list, report.id(), null, false, Locale.ENGLISH));
		assertThat(readOnly.select("form")).isEmpty();
		assertThat(readOnly.select("#evidence-report a")).hasSize(2);
		assertThat(readOnly.select("#evidence-file-" + big.id() + " td").get(1).text()).isEqualTo("1.5 MB");
		Document none = Jsoup.parse(render(List.of(), report.id(), null, true, Locale.ENGLISH));
		assertThat(none.select("#evidence-report-none").text()).isEqualTo("No evidence files yet.");
		assertThat(none.select("form input[name=taskId]")).isEmpty();
	}

	/** Renders the fragment as a page including it would, with the application's messages, beans and CSRF token. */
	private String render(List<Evidence> files, long reportId, Long taskId, boolean editable, Locale locale) {
		SpringTemplateEngine engine = new SpringTemplateEngine();
		ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
		templates.setPrefix("templates/");
		templates.setSuffix(".html");
		templates.setTemplateMode(TemplateMode.HTML);
		templates.setCharacterEncoding("UTF-8");
		templates.setCheckExistence(true);
		templates.setOrder(1);
		StringTemplateResolver inline = new StringTemplateResolver();
		inline.setOrder(2);
		engine.addTemplateResolver(templates);
		engine.addTemplateResolver(inline);
		engine.setTemplateEngineMessageSource(messages);

		MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext(), "GET", "/reports/" + reportId);
		MockHttpServletResponse response = new MockHttpServletResponse();
		request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
		CsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "token-value");
		request.setAttribute(CsrfToken.class.getName(), token);
		request.setAttribute("_csrf", token);
		var exchange = JakartaServletWebApplication.buildApplication(context.getServletContext())
			.buildExchange(request, response);
		WebContext ctx = new WebContext(exchange, locale);
		ctx.setVariable("files", files);
		ctx.setVariable("reportId", reportId);
		ctx.setVariable("taskId", taskId);
		ctx.setVariable("editable", editable);
		ctx.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(context, conversionService));
		RequestContext requestContext = new RequestContext(request, response, context.getServletContext(), Map.of());
		ctx.setVariable(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, requestContext);
		ctx.setVariable(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
				new SpringWebMvcThymeleafRequestContext(requestContext, request));
		return engine.process(
				"<div th:replace=\"~{monitoring/evidence :: list(${files}, ${reportId}, ${taskId}, ${editable})}\"></div>",
				ctx);
	}

	// --- helpers ---

	/** PNG's signature followed by zeros, as many bytes as asked; counts what it served. */
	static final class CountingPng extends InputStream {

		private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

		private final long size;

		long served;

		CountingPng(long size) {
			this.size = size;
		}

		@Override
		public int read() {
			if (served >= size) {
				return -1;
			}
			int b = served < SIGNATURE.length ? SIGNATURE[(int) served] & 0xFF : 0;
			served++;
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (served >= size) {
				return -1;
			}
			int n = (int) Math.min(len, size - served);
			for (int i = 0; i < n; i++) {
				long at = served + i;
				b[off + i] = at < SIGNATURE.length ? SIGNATURE[(int) at] : 0;
			}
			served += n;
			return n;
		}

	}

	interface Store {

		Evidence run() throws Exception;

	}

	InvalidInputException refused(EvidenceFiles files, long report, String code, String name, byte[] content) {
		return assertRefused(files, report, code, () -> files.store(report, null, name, in(content), content.length));
	}

	/** The refusal's key, and nothing of it anywhere: no row, no audit entry, no file (not even a partial one). */
	InvalidInputException assertRefused(EvidenceFiles files, long report, String code, Store store) {
		Set<Path> before = Files.exists(dir) ? filesUnder(dir) : Set.of();
		int rows = files.ofReport(report).size();
		int audited = jdbc.sql("select count(*) from audit_event where entity_type = 'evidence_file'").query(Integer.class)
			.single();
		InvalidInputException[] caught = new InvalidInputException[1];
		assertThatThrownBy(store::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
			assertThat(e.messageKey()).isEqualTo("monitoring.evidence.error." + code);
			caught[0] = e;
		});
		assertThat(messages.getMessage(caught[0].messageKey(), caught[0].args(), Locale.forLanguageTag("vi")))
			.doesNotContain("{");
		assertThat(files.ofReport(report)).hasSize(rows);
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'evidence_file'").query(Integer.class)
			.single()).isEqualTo(audited);
		assertThat(Files.exists(dir) ? filesUnder(dir) : Set.of()).isEqualTo(before);
		return caught[0];
	}

	static Set<Path> filesUnder(Path dir) {
		try (Stream<Path> all = Files.walk(dir)) {
			return all.filter(Files::isRegularFile).map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

}
