package vn.trienkhai.registry.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.trienkhai.agency.Agencies;
import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.NotFoundException;
import vn.trienkhai.platform.Role;
import vn.trienkhai.platform.UserScope;
import vn.trienkhai.registry.RegistryKind;
import vn.trienkhai.registry.shared.RegistryAccess;
import vn.trienkhai.registry.shared.RegistryTable;
import vn.trienkhai.registry.shared.RegistryTable.Column;
import vn.trienkhai.registry.shared.RegistryTable.ImportContext;

/**
 * Import and export of every registry: the page that takes a CSV or XLSX file and shows the row-by-row
 * report, the templates, and the exports of a unit's records. Importing needs the right to enter records
 * for the chosen unit and owner agency (a reporter always imports for its own agency).
 */
@Controller
class RegistryImportPages {

	private final RegistryTables tables;

	private final RegistryImport importer;

	private final RegistryAccess access;

	private final Agencies agencies;

	private final MessageSource messages;

	RegistryImportPages(RegistryTables tables, RegistryImport importer, RegistryAccess access, Agencies agencies,
			MessageSource messages) {
		this.tables = tables;
		this.importer = importer;
		this.access = access;
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping("/registry/import")
	String form(@RequestParam(required = false) Long unit, @RequestParam(required = false) RegistryKind kind,
			Model model) {
		OrgUnit orgUnit = access.visibleUnit(unit);
		model.addAttribute("unit", orgUnit);
		model.addAttribute("unitLabel", access.unitLabel(orgUnit.id()));
		model.addAttribute("kinds", tables.kinds());
		model.addAttribute("kind", kind);
		model.addAttribute("agencies", agencies.ofOrgUnit(orgUnit.id()));
		model.addAttribute("canImport", access.canCreate());
		model.addAttribute("isReporter", CurrentUser.get().is(Role.REPORTER));
		return "registry/import";
	}

	@PostMapping("/registry/import")
	String run(@RequestParam RegistryKind kind, @RequestParam Long unit, @RequestParam(required = false) Long agency,
			@RequestParam(name = "skipBad", defaultValue = "false") boolean skipBad,
			@RequestParam("file") MultipartFile file, Locale locale, Model model) throws IOException {
		ImportContext context = context(unit, agency);
		try {
			if (file.isEmpty()) {
				throw new InvalidInputException("registry.import.error.empty");
			}
			ImportReport report = importer.run(kind, file.getOriginalFilename(), file.getBytes(), context, skipBad,
					locale);
			model.addAttribute("report", report);
		}
		catch (InvalidInputException e) {
			model.addAttribute("fileError", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
		}
		model.addAttribute("kind", kind);
		model.addAttribute("unitId", context.orgUnitId());
		return "registry/import-report";
	}

	/** Who owns what is imported: a reporter's agency, else the agency chosen (of the unit) or none. */
	private ImportContext context(Long unitId, Long agencyId) {
		access.requireCreator();
		OrgUnit unit = access.visibleUnit(unitId);
		UserScope user = CurrentUser.get();
		Long owner = user.is(Role.REPORTER) ? user.agencyId() : agencyId;
		if (owner != null && !user.is(Role.REPORTER)) {
			var chosen = agencies.findById(owner).orElseThrow(() -> new NotFoundException("agency " + agencyId));
			if (chosen.orgUnitId() != unit.id()) {
				throw new InvalidInputException("registry.import.error.agency");
			}
		}
		access.requireWritable(unit.id(), owner, "import into org unit " + unit.id());
		return new ImportContext(unit.id(), owner);
	}

	@GetMapping("/registry/import/{path}/template.{format}")
	ResponseEntity<byte[]> template(@PathVariable String path, @PathVariable String format, Locale locale) {
		RegistryKind kind = tables.byPath(path);
		RegistryTable table = tables.get(kind);
		Map<String, String> example = new java.util.HashMap<>();
		table.columns().forEach(c -> example.put(c.key(), c.example() == null ? "" : c.example()));
		return file(kind, table.columns(), List.of(example), format, "mau-nhap-", locale);
	}

	@GetMapping("/registry/import/{path}/export.{format}")
	ResponseEntity<byte[]> export(@PathVariable String path, @PathVariable String format,
			@RequestParam(required = false) Long unit, Locale locale) {
		RegistryKind kind = tables.byPath(path);
		OrgUnit orgUnit = access.visibleUnit(unit);
		RegistryTable table = tables.get(kind);
		List<Map<String, String>> rows = table.export(new ImportContext(orgUnit.id(), CurrentUser.get().agencyId()));
		return file(kind, table.columns(), rows, format, "du-lieu-", locale);
	}

	private ResponseEntity<byte[]> file(RegistryKind kind, List<Column> columns, List<Map<String, String>> rows,
			String format, String prefix, Locale locale) {
		List<String> labels = columns.stream().map(c -> importer.label(c, locale)).toList();
		String name = prefix + kind.path();
		byte[] body;
		MediaType type;
		if ("csv".equals(format)) {
			body = TableWriter.csv(columns, labels, rows);
			type = new MediaType("text", "csv", StandardCharsets.UTF_8);
		}
		else if ("xlsx".equals(format)) {
			String sheet = messages.getMessage(kind.messageKey(), null, kind.name(), locale);
			body = TableWriter.xlsx(sheet, columns, labels, rows);
			type = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		}
		else {
			throw new NotFoundException("format " + format);
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + "." + format, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
