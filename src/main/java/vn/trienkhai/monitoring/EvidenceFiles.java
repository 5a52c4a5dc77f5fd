package vn.trienkhai.monitoring;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.NotFoundException;

/**
 * Evidence files of progress reports (minh chứng): for the report as a whole or for one of its tasks.
 *
 * <p>What a file is comes from its content, never from its name or the type the browser sent: PDF, Word
 * (.docx), Excel (.xlsx), PNG, JPEG, GIF and WebP are accepted, and the name's extension must agree with the
 * content. A .docx or .xlsx is unpacked once while it is checked, counting the bytes actually inflated, so a
 * zip bomb stops at the limit. Every refusal is an {@link InvalidInputException} with a key
 * {@code monitoring.evidence.error.*}, and leaves neither a row nor a file behind.
 *
 * <p>The person's file name is kept for display only. The bytes live under {@link EvidenceSettings#dir()}
 * named by the row's id in two levels of directories ({@code 07/03/307}): written to a temporary file there
 * and synced first, then moved into place in the transaction that inserts the row; a rollback removes the
 * moved file again, and a deletion removes it once committed.
 *
 * <p>Who may upload or delete is for the caller (the report's page) to decide; this service checks that
 * the report exists and that a task belongs to the plan of the report's round.
 */
@Service
public class EvidenceFiles {

	public static final String ENTITY_TYPE = "evidence_file";

	static final String ERROR = "monitoring.evidence.error.";

	/** Longest file name kept, in characters (the column's check). */
	static final int MAX_NAME_LENGTH = 255;

	private static final Logger log = LoggerFactory.getLogger(EvidenceFiles.class);

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP = { 'P', 'K', 0x03, 0x04 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	/** Extensions of the Office formats before 2007 (and of Word's RTF saved as .doc). */
	private static final Set<String> LEGACY_EXTENSIONS = Set.of("doc", "xls", "ppt", "dot", "xlt");

	/** One stored evidence file; {@code fileName} is what the person uploaded, for display only. */
	public record Evidence(long id, long reportId, Long taskId, String fileName, String contentType, long sizeBytes,
			String sha256, String uploadedBy, Instant uploadedAt) {

		/** The upload time in Vietnam, for pages. */
		public ZonedDateTime uploadedAtLocal() {
			return uploadedAt.atZone(ReportingRounds.ZONE);
		}

	}

	/** The kinds of file accepted, as told by their content, with the extensions their names may have. */
	public enum Kind {

		PDF("application/pdf", "PDF", "pdf"),
		DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (.docx)", "docx"),
		XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (.xlsx)", "xlsx"),
		PNG("image/png", "PNG", "png"),
		JPEG("image/jpeg", "JPEG", "jpg", "jpeg"),
		GIF("image/gif", "GIF", "gif"),
		WEBP("image/webp", "WebP", "webp");

		private final String contentType;

		private final String label;

		private final List<String> extensions;

		Kind(String contentType, String label, String... extensions) {
			this.contentType = contentType;
			this.label = label;
			this.extensions = List.of(extensions);
		}

		public String contentType() {
			return contentType;
		}

		/** How messages name it: "PDF", "Word (.docx)" … (the same in both languages). */
		public String label() {
			return label;
		}

		/** The extensions a name of this kind may end in, lower case, the usual one first. */
		public List<String> extensions() {
			return extensions;
		}

		static Optional<Kind> ofExtension(String extension) {
			return Arrays.stream(values()).filter(k -> k.extensions.contains(extension)).findFirst();
		}

	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final EvidenceSettings settings;

	private final Path root;

	EvidenceFiles(JdbcClient jdbc, AuditLog audit, PlatformTransactionManager transactionManager,
			EvidenceSettings settings) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.settings = settings;
		this.root = settings.dir().toAbsolutePath().normalize();
	}

	public EvidenceSettings settings() {
		return settings;
	}

	/**
	 * Checks and stores one file. The content is read to its end (or to the size limit) but not closed.
	 *
	 * @param taskId the task of the report's plan the file is evidence for, or null for the whole report
	 * @param fileName the name the person's computer gave it; only shown, never used on disk
	 * @param declaredSize the size the client announced, or -1: a larger one than the limit is refused at
	 * once, a smaller one is not believed (the bytes are counted)
	 * @throws NotFoundException for a report that does not exist
	 * @throws InvalidInputException {@code monitoring.evidence.error.*}: {@code name}, {@code task},
	 * {@code tooMany}, {@code reportFull}, {@code tooLarge}, {@code empty}, {@code legacy}, {@code type},
	 * {@code zip}, {@code zipBomb}, {@code zipEntries}, {@code damaged}, {@code unsafe}, {@code extension},
	 * {@code extensionMissing}, {@code notWhatItSays}
	 */
	public Evidence store(long reportId, Long taskId, String fileName, InputStream content, long declaredSize) {
		String name = displayName(fileName);
		orgUnitOf(reportId, false);
		checkTask(reportId, taskId);
		checkRoom(reportId, 0);
		long max = settings.maxFileSize().toBytes();
		if (declaredSize > max) {
			throw refused("tooLarge", megabytes(max));
		}
		Path temp = null;
		try {
			Files.createDirectories(root);
			temp = Files.createTempFile(root, "upload-", ".part");
			Received received = receive(content, temp, max);
			if (received.size() == 0) {
				throw refused("empty");
			}
			Kind kind = kindOf(temp, extension(name));
			checkExtension(name, kind);
			Path file = temp;
			return transactions.execute(status -> insert(reportId, taskId, name, kind, received, file));
		}
		catch (IOException e) {
			throw new UncheckedIOException("storing evidence of report " + reportId, e);
		}
		finally {
			// after the move there is nothing left here; after a refusal or a failed insert, the partial file
			if (temp != null) {
				deleteQuietly(temp);
			}
		}
	}

	private record Received(long size, String sha256) {
	}

	/** Copies the content to the temporary file, counting and hashing; synced to disk before it returns. */
	private static Received receive(InputStream content, Path temp, long max) throws IOException {
		MessageDigest sha = sha256();
		long size = 0;
		byte[] buffer = new byte[64 * 1024];
		try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
			int n;
			while ((n = content.read(buffer)) != -1) {
				size += n;
				if (size > max) {
					throw refused("tooLarge", megabytes(max));
				}
				sha.update(buffer, 0, n);
				ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
				while (chunk.hasRemaining()) {
					out.write(chunk);
				}
			}
			out.force(true);
		}
		return new Received(size, HexFormat.of().formatHex(sha.digest()));
	}

	/** Inserts the row, audits it and moves the file into place, in one transaction (the caller's if any). */
	private Evidence insert(long reportId, Long taskId, String name, Kind kind, Received received, Path temp) {
		long orgUnit = orgUnitOf(reportId, true); // locks the report: two uploads at once cannot both pass the limits
		requireEditable(reportId);
		checkRoom(reportId, received.size());
		Evidence e = jdbc.sql("""
				insert into evidence_file (report_id, task_id, file_name, content_type, size_bytes, sha256, uploaded_by)
				values (:report, :task, :name, :type, :size, :sha, :by)
				returning id, report_id, task_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at
				""").param("report", reportId).param("task", taskId).param("name", name).param("type", kind.contentType())
			.param("size", received.size()).param("sha", received.sha256()).param("by", CurrentUser.actorName())
			.query((rs, n) -> evidence(rs)).single();
		audit.record("UPLOAD", ENTITY_TYPE, e.id(), orgUnit, null, describe(e));
		Path target = path(e.id());
		try {
			Files.createDirectories(target.getParent());
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			syncDirectory(target.getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("moving evidence " + e.id() + " into place", ex);
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_ROLLED_BACK) {
					deleteQuietly(target);
				}
			}
		});
		return e;
	}

	/** The files of a report, oldest first. */
	public List<Evidence> ofReport(long reportId) {
		return jdbc.sql("select " + COLUMNS + " from evidence_file where report_id = :r order by uploaded_at, id")
			.param("r", reportId).query((rs, n) -> evidence(rs)).list();
	}

	public Optional<Evidence> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from evidence_file where id = :id").param("id", id)
			.query((rs, n) -> evidence(rs)).optional();
	}

	/**
	 * The stored bytes of a file, for download (the caller closes the stream).
	 *
	 * @throws NotFoundException for an unknown id
	 */
	public InputStream open(long id) {
		find(id).orElseThrow(() -> new NotFoundException("evidence " + id));
		try {
			return Files.newInputStream(path(id));
		}
		catch (IOException e) {
			// a row without its file: a server problem to see in the log, not a missing page
			throw new UncheckedIOException("evidence " + id + " has no file at " + path(id), e);
		}
	}

	/**
	 * Deletes a file: the row and its audit entry in one transaction (the caller's if any), the bytes once it
	 * commits.
	 *
	 * @throws NotFoundException for an unknown id
	 */
	public void delete(long id) {
		transactions.executeWithoutResult(status -> {
			Evidence e = find(id).orElseThrow(() -> new NotFoundException("evidence " + id));
			long orgUnit = orgUnitOf(e.reportId(), true);
			requireEditable(e.reportId());
			jdbc.sql("delete from evidence_file where id = :id").param("id", id).update();
			audit.record("DELETE", ENTITY_TYPE, id, orgUnit, describe(e), null);
			Path target = path(id);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int completion) {
					if (completion == STATUS_COMMITTED) {
						deleteQuietly(target);
					}
				}
			});
		});
	}

	/** Where the bytes of a file live: two levels of directories by the id's last digits, then the id. */
	Path path(long id) {
		return root.resolve(String.format("%02d", id % 100)).resolve(String.format("%02d", id / 100 % 100))
			.resolve(Long.toString(id));
	}

	// --- checks ---

	private long orgUnitOf(long reportId, boolean lock) {
		return jdbc.sql("""
				select a.org_unit_id from progress_report pr join agency a on a.id = pr.agency_id where pr.id = :id
				""" + (lock ? " for update of pr" : "")).param("id", reportId).query(Long.class).optional()
			.orElseThrow(() -> new NotFoundException("progress report " + reportId));
	}

	/**
	 * Refuses a change to the evidence of a report that was submitted or approved meanwhile: checked under the
	 * report's row lock, so an upload that took its time cannot land after the approval.
	 */
	private void requireEditable(long reportId) {
		String status = jdbc.sql("select status from progress_report where id = :id").param("id", reportId)
			.query(String.class).single();
		if (!ReportStatus.valueOf(status).isEditable()) {
			throw new InvalidInputException("monitoring.error.locked");
		}
	}

	private void checkTask(long reportId, Long taskId) {
		if (taskId == null) {
			return;
		}
		boolean ofPlan = jdbc.sql("""
				select count(*) from progress_report pr join reporting_round r on r.id = pr.round_id
				  join task t on t.plan_id = r.plan_id
				 where pr.id = :report and t.id = :task
				""").param("report", reportId).param("task", taskId).query(Integer.class).single() > 0;
		if (!ofPlan) {
			throw refused("task");
		}
	}

	/** Room on the report for one more file of {@code size} bytes. */
	private void checkRoom(long reportId, long size) {
		long[] used = jdbc.sql("select count(*), coalesce(sum(size_bytes), 0) from evidence_file where report_id = :r")
			.param("r", reportId).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
		if (used[0] >= settings.maxFilesPerReport()) {
			throw refused("tooMany", settings.maxFilesPerReport());
		}
		long limit = settings.maxPerReport().toBytes();
		if (used[1] + size > limit) {
			throw refused("reportFull", megabytes(limit));
		}
	}

	/**
	 * The name as shown: its last path component, in NFC, without control and formatting characters (a
	 * right-to-left override can make "gpj.exe" look like "exe.jpg"), spaces collapsed, at most 255
	 * characters with the extension kept.
	 */
	static String displayName(String fileName) {
		if (fileName == null) {
			throw refused("name");
		}
		String s = Normalizer.normalize(fileName, Normalizer.Form.NFC)
			.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "");
		s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
		s = s.replaceAll("\\s+", " ").strip();
		if (s.isEmpty() || s.chars().allMatch(c -> c == '.')) {
			throw refused("name");
		}
		if (s.codePointCount(0, s.length()) > MAX_NAME_LENGTH) {
			String ext = extension(s);
			String suffix = ext.isEmpty() || ext.length() > 16 ? "" : "." + ext;
			String base = s.substring(0, s.length() - suffix.length());
			int keep = MAX_NAME_LENGTH - suffix.length();
			s = base.substring(0, base.offsetByCodePoints(0, keep)).strip() + suffix;
		}
		return s;
	}

	/** The extension of a name, lower case, without the dot; "" when there is none. */
	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/** What the content is, or null for nothing accepted. Refuses legacy Office files and bad zips. */
	private Kind kindOf(Path file, String extension) throws IOException {
		byte[] head = new byte[16];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, head.length);
		}
		head = Arrays.copyOf(head, n);
		if (startsWith(head, 0, PDF)) {
			return Kind.PDF;
		}
		if (startsWith(head, 0, PNG)) {
			return Kind.PNG;
		}
		if (startsWith(head, 0, JPEG)) {
			return Kind.JPEG;
		}
		if (startsWith(head, 0, GIF87) || startsWith(head, 0, GIF89)) {
			return Kind.GIF;
		}
		if (startsWith(head, 0, RIFF) && startsWith(head, 8, WEBP)) {
			return Kind.WEBP;
		}
		if (startsWith(head, 0, OLE2)) {
			// .doc and .xls, and also a password-protected .docx or .xlsx (an encrypted package in OLE2)
			throw refused("legacy");
		}
		if (startsWith(head, 0, ZIP)) {
			return officeKind(file);
		}
		if (LEGACY_EXTENSIONS.contains(extension)) {
			throw refused("legacy"); // Word also saves RTF under .doc
		}
		return null;
	}

	/**
	 * Unpacks every part once, counting the bytes actually inflated (a zip's headers say whatever its maker
	 * wrote) and the parts, and tells a .docx from an .xlsx by the parts Office always writes. Parts with a
	 * DOCTYPE (the carrier of XML external entities, which Office never writes) are refused, so that nobody
	 * who downloads the file is exposed to one.
	 */
	private Kind officeKind(Path file) throws IOException {
		Set<String> names = new HashSet<>();
		long total = 0;
		long maxInflated = settings.maxUnzippedSize().toBytes();
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (names.size() >= settings.maxZipEntries()) {
					throw refused("zipEntries", settings.maxZipEntries());
				}
				String name = entry.getName();
				if (name.isEmpty() || !names.add(name)) {
					throw refused("damaged"); // no zip tool writes a nameless or a repeated part
				}
				boolean xml = name.endsWith(".xml") || name.endsWith(".rels");
				DoctypeScan scan = new DoctypeScan();
				int n;
				while ((n = zip.read(buffer)) > 0) {
					total += n;
					if (total > maxInflated) {
						throw refused("zipBomb", megabytes(maxInflated));
					}
					if (xml && scan.feed(buffer, n)) {
						throw refused("unsafe");
					}
				}
			}
		}
		catch (java.util.zip.ZipException | java.io.EOFException | IllegalArgumentException e) {
			throw refused("damaged");
		}
		if (names.isEmpty()) {
			throw refused("damaged");
		}
		if (names.contains("[Content_Types].xml") && names.contains("word/document.xml")) {
			return Kind.DOCX;
		}
		if (names.contains("[Content_Types].xml") && names.contains("xl/workbook.xml")) {
			return Kind.XLSX;
		}
		throw refused("zip");
	}

	/** The name must end in an extension of what the content is. */
	private static void checkExtension(String name, Kind kind) {
		String ext = extension(name);
		if (kind == null) {
			Optional<Kind> claimed = Kind.ofExtension(ext);
			if (claimed.isPresent()) {
				throw refused("notWhatItSays", ext, claimed.get().label);
			}
			throw refused("type");
		}
		if (ext.isEmpty()) {
			throw refused("extensionMissing", kind.label, kind.extensions.get(0));
		}
		if (!kind.extensions.contains(ext)) {
			throw refused("extension", ext, kind.label, kind.extensions.get(0));
		}
	}

	/** Looks for the ASCII bytes "<!DOCTYPE" across buffer boundaries. */
	private static final class DoctypeScan {

		private static final byte[] NEEDLE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);

		private int matched;

		boolean feed(byte[] b, int n) {
			for (int i = 0; i < n; i++) {
				// the needle's first byte does not recur in it, so a mismatch restarts at 0 or 1
				if (b[i] == NEEDLE[matched]) {
					if (++matched == NEEDLE.length) {
						return true;
					}
				}
				else {
					matched = b[i] == NEEDLE[0] ? 1 : 0;
				}
			}
			return false;
		}

	}

	// --- helpers ---

	private static final String COLUMNS = "id, report_id, task_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at";

	private static Evidence evidence(ResultSet rs) throws SQLException {
		return new Evidence(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getString(4), rs.getString(5),
				rs.getLong(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant());
	}

	private static Map<String, Object> describe(Evidence e) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("reportId", e.reportId());
		m.put("taskId", e.taskId());
		m.put("fileName", e.fileName());
		m.put("contentType", e.contentType());
		m.put("sizeBytes", e.sizeBytes());
		m.put("sha256", e.sha256());
		return m;
	}

	private static InvalidInputException refused(String code, Object... args) {
		return new InvalidInputException(ERROR + code, args);
	}

	/** A limit in megabytes for the messages ("{0,number,0.#} MB": 10 MB, 0,5 MB). */
	static BigDecimal megabytes(long bytes) {
		return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP);
	}

	private static boolean startsWith(byte[] b, int offset, byte[] prefix) {
		if (b.length < offset + prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (b[offset + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Makes a rename durable (Linux); where a directory cannot be opened this way, the rename still stands. */
	private static void syncDirectory(Path dir) {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException | UnsupportedOperationException e) {
			log.debug("Could not sync directory {}: {}", dir, e.getMessage());
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			log.warn("Could not delete evidence file {}: {}", file, e.getMessage());
		}
	}

}
