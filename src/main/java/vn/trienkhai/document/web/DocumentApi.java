package vn.trienkhai.document.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.trienkhai.agency.Agency;
import vn.trienkhai.document.DocumentImports;
import vn.trienkhai.document.ImportedDocument;
import vn.trienkhai.document.ParsedFile;
import vn.trienkhai.document.extract.DocumentRejectedException;
import vn.trienkhai.document.parse.PlanDraftJson;

/**
 * The import as JSON. {@code POST /api/documents/parse} (multipart, part {@code file}; optional
 * {@code unit}) reads and parses a file without storing it and answers with the draft in the format of
 * {@code ./trienkhai parse}, its text, and for each agency the unit's recorded agency it matches
 * ({@code match}, null when none). {@code GET /api/documents/{id}} gives a stored import and its current
 * draft. A file that cannot be read is a 422 problem+json whose detail says why.
 */
@RestController
@RequestMapping("/api/documents")
class DocumentApi {

	private final DocumentImports imports;

	private final DocumentAccess access;

	private final AgencyMatches matches;

	private final MessageSource messages;

	DocumentApi(DocumentImports imports, DocumentAccess access, AgencyMatches matches, MessageSource messages) {
		this.imports = imports;
		this.access = access;
		this.matches = matches;
		this.messages = messages;
	}

	@PostMapping(path = "/parse", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> parse(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) Long unit, HttpServletRequest request) {
		long unitId = access.importUnit(unit);
		if (file == null || file.isEmpty()) {
			return problem(request, HttpStatus.BAD_REQUEST, text("document.upload.error.noFile", null));
		}
		ParsedFile parsed;
		try {
			parsed = imports.parse(file.getOriginalFilename(), file::getBytes);
		}
		catch (DocumentRejectedException e) {
			String detail = text("document.rejected." + e.code(), e.getMessage(), e.getMessage());
			if ("BUSY".equals(e.code())) {
				// not the file's fault: a script should wait and send it again
				return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
					.header(HttpHeaders.RETRY_AFTER, "60")
					.contentType(MediaType.APPLICATION_PROBLEM_JSON)
					.body(problem(request, HttpStatus.SERVICE_UNAVAILABLE, detail).getBody());
			}
			return problem(request, HttpStatus.UNPROCESSABLE_CONTENT, detail);
		}
		Map<String, Object> tree = PlanDraftJson.tree(parsed.draft(), true);
		tree.put("format", parsed.extracted().format().name());
		List<Map<String, Object>> agencies = ReviewDrafts.maps(tree.get("agencies"));
		List<Agency> found = matches.match(unitId, agencies.stream().map(a -> ReviewDrafts.str(a.get("name"))).toList());
		for (int i = 0; i < agencies.size(); i++) {
			Agency a = found.get(i);
			agencies.get(i).put("match", a == null ? null : Map.of("id", a.id(), "name", a.name()));
		}
		return ResponseEntity.ok(tree);
	}

	@GetMapping("/{id}")
	Map<String, Object> one(@PathVariable long id) {
		ImportedDocument doc = access.visible(id);
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", doc.id());
		out.put("orgUnitId", doc.orgUnitId());
		out.put("fileName", doc.fileName());
		out.put("format", doc.format());
		out.put("sizeBytes", doc.sizeBytes());
		out.put("sha256", doc.sha256());
		out.put("status", doc.status());
		out.put("createdBy", doc.createdBy());
		out.put("createdAt", doc.createdAt().toString());
		out.put("confirmedBy", doc.confirmedBy());
		out.put("confirmedAt", doc.confirmedAt() == null ? null : doc.confirmedAt().toString());
		out.put("rowVersion", doc.rowVersion());
		out.put("draft", imports.currentDraft(id));
		return out;
	}

	private ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(text("error." + status.value() + ".title", status.getReasonPhrase()));
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private String text(String key, String fallback) {
		return messages.getMessage(key, null, fallback == null ? key : fallback, LocaleContextHolder.getLocale());
	}

	private String text(String key, String arg, String fallback) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, new Object[] { arg }, fallback, locale);
	}

}
