package vn.trienkhai.document.web;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.trienkhai.document.DocumentImports;
import vn.trienkhai.document.ImportedDocument;
import vn.trienkhai.document.extract.DocumentRejectedException;
import vn.trienkhai.document.extract.ExtractedText;
import vn.trienkhai.document.parse.PlanDraft;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.InvalidInputException;

/**
 * The import pages: the list of imports, the upload form, and the review page, where the text of the
 * document stands beside what was read from it and a person corrects, removes and adds items, saves, and
 * confirms. Until the plans issue, confirmation stores the reviewed draft with the original file.
 */
@Controller
@RequestMapping("/documents")
class ImportPages {

	static final String LIST = "document/list";

	static final String UPLOAD = "document/upload";

	static final String REVIEW = "document/review";

	static final String FORM = "reviewForm";

	private static final int LIST_LIMIT = 200;

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** A target's comparator and the suffix of its label's message key (keys cannot hold "=" or "<"). */
	static final Map<String, String> COMPARATOR_LABELS = orderedMap("=", "eq", "approx", "approx", ">=", "ge", ">", "gt",
			"<=", "le", "<", "lt", "range", "range");

	private static Map<String, String> orderedMap(String... pairs) {
		Map<String, String> m = new java.util.LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			m.put(pairs[i], pairs[i + 1]);
		}
		return java.util.Collections.unmodifiableMap(m);
	}

	private final DocumentImports imports;

	private final DocumentAccess access;

	private final AgencyMatches matches;

	private final MessageSource messages;

	ImportPages(DocumentImports imports, DocumentAccess access, AgencyMatches matches, MessageSource messages) {
		this.imports = imports;
		this.access = access;
		this.matches = matches;
		this.messages = messages;
	}

	/** A long plan has hundreds of tasks; Spring's default stops binding list rows at 256. */
	@InitBinder(FORM)
	void rows(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(5000);
	}

	/** Times are stored as instants and shown in Vietnam's time. */
	@ModelAttribute("zone")
	ZoneId zone() {
		return VIETNAM;
	}

	@GetMapping
	String list(Model model) {
		List<ImportedDocument> docs = imports.within(CurrentUser.get().orgUnitId(), LIST_LIMIT);
		model.addAttribute("documents", docs);
		model.addAttribute("canImport", access.canImport());
		return LIST;
	}

	@GetMapping("/new")
	String uploadForm(@RequestParam(required = false) Long unit, Model model) {
		long unitId = access.importUnit(unit);
		return upload(model, unitId, null);
	}

	@PostMapping
	String importFile(@RequestParam(required = false) Long unit, @RequestParam(required = false) MultipartFile file,
			Model model, RedirectAttributes redirect) {
		long unitId = access.importUnit(unit);
		if (file == null || file.isEmpty()) {
			return upload(model, unitId, text("document.upload.error.noFile"));
		}
		try {
			ImportedDocument doc = imports.importFile(unitId, file.getOriginalFilename(), file::getBytes);
			redirect.addFlashAttribute("flash", "document.flash.imported");
			redirect.addFlashAttribute("flashArgs", new Object[] { doc.fileName() });
			return "redirect:/documents/" + doc.id();
		}
		catch (DocumentRejectedException e) {
			return upload(model, unitId, rejection(e));
		}
	}

	private String upload(Model model, long unitId, String error) {
		model.addAttribute("unit", unitId);
		model.addAttribute("unitLabel", access.unitLabel(unitId));
		model.addAttribute("uploadError", error);
		return UPLOAD;
	}

	/** The refusal in the user's language: the extractor's own sentence in Vietnamese, the bundle's otherwise. */
	String rejection(DocumentRejectedException e) {
		return messages.getMessage("document.rejected." + e.code(), new Object[] { e.getMessage() }, e.getMessage(),
				LocaleContextHolder.getLocale());
	}

	@GetMapping("/{id}")
	String review(@PathVariable long id, Model model) {
		ImportedDocument doc = access.visible(id);
		Map<String, Object> draft = imports.currentDraft(id);
		return review(doc, ReviewDrafts.toForm(draft, doc.rowVersion()), draft, model);
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @ModelAttribute(FORM) ReviewForm form, BindingResult errors,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		ImportedDocument doc = access.writable(id);
		if (doc.isConfirmed()) {
			// a second click on "confirm", or a tab left open: say so, rather than "someone else changed it"
			redirect.addFlashAttribute("notice", "document.notice.alreadyConfirmed");
			return "redirect:/documents/" + id;
		}
		if (form.getRowVersion() == null) {
			throw new InvalidInputException("document.error.rowVersion");
		}
		boolean confirm = "confirm".equals(action);
		Map<String, Object> previous = imports.currentDraft(id);
		Map<String, Object> reviewed = ReviewDrafts.toTree(form, previous, doc.textLength(), confirm, errors);
		if (reviewed == null) {
			model.addAttribute("formErrors", true);
			return review(doc, form, previous, model);
		}
		try {
			ImportedDocument saved = imports.saveReview(id, reviewed, form.getRowVersion(), confirm);
			redirect.addFlashAttribute("flash", confirm ? "document.flash.confirmed" : "document.flash.saved");
			redirect.addFlashAttribute("flashArgs", new Object[] { saved.fileName() });
			return "redirect:/documents/" + id;
		}
		catch (OptimisticLockingFailureException e) {
			// someone saved in between: keep this person's edits on the page, tell them, and let a second
			// submit (on the version now stored) decide
			ImportedDocument now = access.visible(id);
			if (now.isConfirmed()) {
				redirect.addFlashAttribute("notice", "document.notice.alreadyConfirmed");
				return "redirect:/documents/" + id;
			}
			form.setRowVersion(now.rowVersion());
			model.addAttribute("conflict", true);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return review(now, form, imports.currentDraft(id), model);
		}
	}

	@PostMapping("/{id}/discard")
	String discard(@PathVariable long id, @RequestParam int rowVersion, RedirectAttributes redirect) {
		ImportedDocument doc = access.writable(id);
		imports.discard(id, rowVersion);
		redirect.addFlashAttribute("flash", "document.flash.discarded");
		redirect.addFlashAttribute("flashArgs", new Object[] { doc.fileName() });
		return "redirect:/documents";
	}

	/** The file as uploaded, always as a download (never rendered by the browser in our origin). */
	@GetMapping("/{id}/original")
	ResponseEntity<byte[]> original(@PathVariable long id) {
		ImportedDocument doc = access.visible(id);
		ExtractedText.Format format = ExtractedText.Format.valueOf(doc.format());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(doc.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(imports.original(id));
	}

	private String review(ImportedDocument doc, ReviewForm form, Map<String, Object> draft, Model model) {
		model.addAttribute("doc", doc);
		model.addAttribute(FORM, form);
		model.addAttribute("text", imports.text(doc.id()));
		model.addAttribute("reviews", ReviewDrafts.maps(ReviewDrafts.map(draft.get("reporting")).get("reviews")));
		model.addAttribute("unitLabel", access.unitLabel(doc.orgUnitId()));
		model.addAttribute("canWrite", access.canWrite(doc) && !doc.isConfirmed());
		model.addAttribute("warnings", ReviewDrafts.maps(draft.get("warnings")));
		model.addAttribute("sections", ReviewDrafts.maps(draft.get("sections")));
		model.addAttribute("sameFile", imports.sameFile(doc));
		model.addAttribute("agencyMatches",
				matches.match(doc.orgUnitId(), form.getAgencies().stream().map(ReviewForm.AgencyRow::getName).toList()));
		model.addAttribute("kinds", PlanDraft.Kind.values());
		model.addAttribute("comparators", COMPARATOR_LABELS);
		model.addAttribute("relations", ReviewDrafts.RELATIONS);
		model.addAttribute("frequencies", ReviewDrafts.FREQUENCIES);
		return REVIEW;
	}

	private String text(String key) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, null, key, locale);
	}

}
