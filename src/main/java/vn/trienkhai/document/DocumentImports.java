package vn.trienkhai.document;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.document.extract.DocumentRejectedException;
import vn.trienkhai.document.extract.DocumentText;
import vn.trienkhai.document.extract.ExtractedText;
import vn.trienkhai.document.parse.PlanDraft;
import vn.trienkhai.document.parse.PlanDraftJson;
import vn.trienkhai.document.parse.PlanParser;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.NotFoundException;

/**
 * Imports plan documents: reads the uploaded file ({@link DocumentText}), parses its text
 * ({@link PlanParser}), and keeps the original file, the text and the draft together until a person has
 * reviewed and confirmed the draft. A file that cannot be read is refused before anything is stored; a
 * stored import is always whole (file, text and draft in one row).
 *
 * <p>Drafts are kept as the JSON tree of {@link PlanDraftJson} without the text, so the review, the API and
 * the command line speak one format. Scope and role are checked by the callers (pages, API); this service
 * checks only that the record exists and its row version. Every write is audited.
 */
@Service
public class DocumentImports {

	public static final String ENTITY_TYPE = "imported_document";

	private static final String COLUMNS = """
			d.id, d.org_unit_id, d.file_name, d.format, d.size_bytes, d.sha256, d.status, d.doc_number, d.title,
			d.created_by, d.created_at, d.updated_at, d.confirmed_by, d.confirmed_at, d.row_version,
			length(d.text) as text_length""";

	private static final RowMapper<ImportedDocument> ROW = DocumentImports::map;

	private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final ImportSettings settings;

	private final TransactionTemplate transactions;

	/** Reading a PDF or DOCX takes memory and CPU: a few at a time, the rest wait a little, then are told. */
	private final Semaphore readers;

	DocumentImports(JdbcClient jdbc, AuditLog audit, JsonMapper json, ApplicationEventPublisher events,
			ImportSettings settings, PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.jdbc = jdbc;
		this.audit = audit;
		this.json = json;
		this.events = events;
		this.settings = settings;
		this.readers = new Semaphore(settings.concurrent(), true);
	}

	/** An uploaded file's bytes, read only once a reading slot is free (uploads wait on disk, not in memory). */
	@FunctionalInterface
	public interface Content {

		byte[] bytes() throws IOException;

	}

	/** Reads and parses an upload without storing anything (the API's parse); its bytes are read once a reading slot is free. */
	public ParsedFile parse(String fileName, Content content) throws DocumentRejectedException {
		return read(fileName, content).parsed();
	}

	/** A parsed file and the bytes it was read from. */
	private record Read(ParsedFile parsed, byte[] content) {
	}

	private Read read(String fileName, Content source) throws DocumentRejectedException {
		// more waiting than a few rounds of readers would take to serve: say so at once
		if (readers.getQueueLength() >= 4 * settings.concurrent()) {
			throw busy();
		}
		try {
			if (!readers.tryAcquire(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
				throw busy();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw busy();
		}
		try {
			byte[] content;
			try {
				content = source.bytes();
			}
			catch (IOException e) {
				throw new DocumentRejectedException("DAMAGED", "Không đọc được tệp tải lên; vui lòng tải lên lại.", e);
			}
			ExtractedText extracted = DocumentText.extract(fileName, content, settings.limits());
			PlanDraft draft = PlanParser.parse(extracted.text());
			List<PlanDraft.Warning> notes = new ArrayList<>();
			for (String w : extracted.warnings()) {
				notes.add(new PlanDraft.Warning("EXTRACT", w));
			}
			return new Read(new ParsedFile(extracted, draft.withWarningsBefore(notes)), content);
		}
		finally {
			readers.release();
		}
	}

	private static DocumentRejectedException busy() {
		return new DocumentRejectedException("BUSY", "Hệ thống đang đọc nhiều tệp khác; vui lòng thử lại sau ít phút.");
	}

	/**
	 * Reads, parses and stores an uploaded file for review in the given unit. Reading runs before the
	 * transaction (it may take seconds and needs no connection); the row and its audit entry are then written
	 * together.
	 *
	 * @throws DocumentRejectedException when the file cannot be read; nothing is stored then
	 */
	public ImportedDocument importFile(long orgUnitId, String fileName, Content content)
			throws DocumentRejectedException {
		Read read = read(fileName, content);
		return transactions.execute(status -> store(orgUnitId, fileName, read.content(), read.parsed()));
	}

	private ImportedDocument store(long orgUnitId, String fileName, byte[] content, ParsedFile parsed) {
		Map<String, Object> tree = PlanDraftJson.tree(parsed.draft(), false);
		String name = cleanFileName(fileName);
		String sha = sha256(content);
		long id = jdbc.sql("""
				insert into imported_document (org_unit_id, file_name, format, size_bytes, sha256, content, text, parsed,
				                               doc_number, title, created_by)
				values (:unit, :name, :format, :size, :sha, :content, :text, cast(:parsed as jsonb), :number, :title, :by)
				returning id
				""")
			.param("unit", orgUnitId)
			.param("name", name)
			.param("format", parsed.extracted().format().name())
			.param("size", content.length)
			.param("sha", sha)
			.param("content", content)
			.param("text", parsed.draft().text())
			.param("parsed", json.writeValueAsString(tree))
			.param("number", parsed.draft().document().number())
			.param("title", parsed.draft().document().title())
			.param("by", CurrentUser.actorName())
			.query(Long.class)
			.single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("fileName", name);
		after.put("format", parsed.extracted().format().name());
		after.put("sizeBytes", content.length);
		after.put("sha256", sha);
		after.put("number", parsed.draft().document().number());
		after.put("warnings", parsed.draft().warnings().size());
		audit.record("IMPORT", ENTITY_TYPE, id, orgUnitId, null, after);
		return get(id);
	}

	public Optional<ImportedDocument> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from imported_document d where d.id = :id")
			.param("id", id)
			.query(ROW)
			.optional();
	}

	/** The import, or {@link NotFoundException} (404). */
	public ImportedDocument get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("imported document " + id));
	}

	/** The newest imports of units within the subtree of {@code scopeUnitId} (ltree), at most {@code limit}. */
	public List<ImportedDocument> within(long scopeUnitId, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from imported_document d
				 join org_unit u on u.id = d.org_unit_id
				where u.path <@ (select path from org_unit where id = :scope)
				order by d.created_at desc, d.id desc
				limit :limit
				""")
			.param("scope", scopeUnitId)
			.param("limit", limit)
			.query(ROW)
			.list();
	}

	/** Earlier imports of the same file (same bytes) in the same unit, newest first. */
	public List<ImportedDocument> sameFile(ImportedDocument doc) {
		return jdbc.sql("select " + COLUMNS + """
				 from imported_document d
				where d.org_unit_id = :unit and d.sha256 = :sha and d.id <> :id
				order by d.created_at desc
				""")
			.param("unit", doc.orgUnitId())
			.param("sha", doc.sha256())
			.param("id", doc.id())
			.query(ROW)
			.list();
	}

	/** The normalised text the drafts' spans point into. */
	public String text(long id) {
		return jdbc.sql("select text from imported_document where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("imported document " + id));
	}

	/** The file exactly as uploaded. */
	public byte[] original(long id) {
		return jdbc.sql("select content from imported_document where id = :id")
			.param("id", id)
			.query(byte[].class)
			.optional()
			.orElseThrow(() -> new NotFoundException("imported document " + id));
	}

	/** The draft as the parser read it. */
	public Map<String, Object> parsedDraft(long id) {
		return tree(jdbc.sql("select parsed::text from imported_document where id = :id"), id);
	}

	/** The draft as the person last saved it, or the parser's when nobody has yet. */
	public Map<String, Object> currentDraft(long id) {
		return tree(jdbc.sql("select coalesce(reviewed, parsed)::text from imported_document where id = :id"), id);
	}

	private Map<String, Object> tree(JdbcClient.StatementSpec sql, long id) {
		String text = sql.param("id", id)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("imported document " + id));
		// numbers as BigDecimal: a target value read back as a double would drift on every save
		return json.readerFor(TREE).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readValue(text);
	}

	/**
	 * Saves the reviewed draft (a tree in the format of {@link PlanDraftJson}); with {@code confirm} also marks
	 * the import confirmed and publishes {@link DocumentConfirmed}. A confirmed import no longer changes.
	 *
	 * @throws OptimisticLockingFailureException when someone else saved it since {@code rowVersion} was read,
	 * or it is confirmed already
	 */
	@Transactional
	public ImportedDocument saveReview(long id, Map<String, Object> reviewed, int rowVersion, boolean confirm) {
		ImportedDocument before = get(id);
		if (before.isConfirmed()) {
			throw new OptimisticLockingFailureException("imported document " + id + " is confirmed already");
		}
		Map<String, Object> currentDraftBefore = currentDraft(id);
		Map<?, ?> document = reviewed.get("document") instanceof Map<?, ?> m ? m : Map.of();
		int updated = jdbc.sql("""
				update imported_document
				   set reviewed = cast(:reviewed as jsonb), doc_number = :number, title = :title, updated_at = now(),
				       status = case when :confirm then 'CONFIRMED' else status end,
				       confirmed_by = case when :confirm then :by else confirmed_by end,
				       confirmed_at = case when :confirm then now() else confirmed_at end,
				       row_version = row_version + 1
				 where id = :id and row_version = :version and status = 'REVIEW'
				""")
			.param("reviewed", json.writeValueAsString(reviewed))
			.param("number", document.get("number"))
			.param("title", document.get("title"))
			.param("confirm", confirm)
			.param("by", CurrentUser.actorName())
			.param("id", id)
			.param("version", rowVersion)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("imported document " + id + " changed since version " + rowVersion);
		}
		ImportedDocument after = get(id);
		Map<String, Object> beforeState = summary(before);
		beforeState.put("draft", counts(currentDraftBefore));
		Map<String, Object> afterState = summary(after);
		afterState.put("draft", counts(reviewed));
		audit.record(confirm ? "CONFIRM" : "UPDATE", ENTITY_TYPE, id, after.orgUnitId(), beforeState, afterState);
		if (confirm) {
			events.publishEvent(new DocumentConfirmed(id, after.orgUnitId()));
		}
		return after;
	}

	/**
	 * Puts a confirmed import back under review, when the plan built from it was deleted: the person can
	 * correct and confirm it again (which builds the plan anew) or discard it.
	 */
	@Transactional
	public void reopen(long id) {
		ImportedDocument before = get(id);
		if (!before.isConfirmed()) {
			return;
		}
		jdbc.sql("""
				update imported_document set status = 'REVIEW', confirmed_at = null, confirmed_by = null, updated_at = now(),
				       row_version = row_version + 1
				 where id = :id
				""").param("id", id).update();
		audit.record("REOPEN", ENTITY_TYPE, id, before.orgUnitId(), summary(before), summary(get(id)));
	}

	/** Deletes an import still under review (a confirmed one stays: a plan may be built from it). */
	@Transactional
	public void discard(long id, int rowVersion) {
		ImportedDocument doc = get(id);
		int deleted = jdbc.sql("delete from imported_document where id = :id and row_version = :version and status = 'REVIEW'")
			.param("id", id)
			.param("version", rowVersion)
			.update();
		if (deleted == 0) {
			throw new OptimisticLockingFailureException("imported document " + id + " changed or is confirmed");
		}
		audit.record("DELETE", ENTITY_TYPE, id, doc.orgUnitId(), summary(doc), null);
	}

	/** What the audit keeps of a draft: how many items of each kind, and a fingerprint of the whole. */
	private Map<String, Object> counts(Map<String, Object> draft) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (String list : List.of("references", "targets", "agencies", "tasks", "deadlines")) {
			m.put(list, draft.get(list) instanceof List<?> l ? l.size() : 0);
		}
		m.put("sha256", sha256(json.writeValueAsString(draft).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		return m;
	}

	private static Map<String, Object> summary(ImportedDocument d) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("fileName", d.fileName());
		m.put("status", d.status());
		m.put("number", d.number());
		m.put("title", d.title());
		m.put("rowVersion", d.rowVersion());
		return m;
	}

	/** The last path segment, without control chars, at most 255 chars; "tai-lieu" when nothing is left. */
	static String cleanFileName(String fileName) {
		String name = fileName == null ? "" : fileName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
		if (name.length() > 255) {
			name = name.substring(name.length() - 255);
		}
		return name.isEmpty() ? "tai-lieu" : name;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JVM", e);
		}
	}

	private static ImportedDocument map(ResultSet rs, int row) throws SQLException {
		return new ImportedDocument(rs.getLong("id"), rs.getLong("org_unit_id"), rs.getString("file_name"),
				rs.getString("format"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("status"),
				rs.getString("doc_number"), rs.getString("title"), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
				rs.getString("confirmed_by"), rs.getObject("confirmed_at", OffsetDateTime.class),
				rs.getInt("row_version"), rs.getInt("text_length"));
	}

}
