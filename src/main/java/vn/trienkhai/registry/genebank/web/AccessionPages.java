package vn.trienkhai.registry.genebank.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.trienkhai.agency.Agencies;
import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.genebank.Accession;
import vn.trienkhai.registry.genebank.AccessionInput;
import vn.trienkhai.registry.genebank.Accessions;
import vn.trienkhai.registry.genebank.Mcpd;
import vn.trienkhai.registry.shared.RegistryAccess;
import vn.trienkhai.registry.shared.RegistryTable.Problem;

/**
 * The gene-fund pages: the accessions of a unit's subtree with filters and paging, the new form, the
 * detail page that is also the edit form, deletion, and the MCPD CSV export. Field errors are shown next to
 * the field and nothing is saved while any remains.
 */
@Controller
@RequestMapping("/registry/accessions")
class AccessionPages {

	private final Accessions accessions;

	private final RegistryAccess access;

	private final Agencies agencies;

	private final MessageSource messages;

	AccessionPages(Accessions accessions, RegistryAccess access, Agencies agencies, MessageSource messages) {
		this.accessions = accessions;
		this.access = access;
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long unit, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "0") int page, Model model) {
		OrgUnit orgUnit = access.visibleUnit(unit);
		Boolean conserved = status.equals("conserved") ? Boolean.TRUE : status.equals("withdrawn") ? Boolean.FALSE : null;
		Accessions.Page result = accessions.search(orgUnit.id(), q, conserved, page);
		model.addAttribute("unit", orgUnit);
		model.addAttribute("unitLabel", access.unitLabel(orgUnit.id()));
		model.addAttribute("q", q);
		model.addAttribute("status", status);
		model.addAttribute("result", result);
		model.addAttribute("pageUrl", "/registry/accessions?unit=" + orgUnit.id() + "&q=" + encode(q) + "&status=" + status);
		model.addAttribute("canCreate", access.canCreate());
		return "registry/genebank/list";
	}

	@GetMapping(value = "/export.csv")
	ResponseEntity<byte[]> export(@RequestParam(required = false) Long unit) {
		OrgUnit orgUnit = access.visibleUnit(unit);
		byte[] body = accessions.mcpdCsv(orgUnit.id()).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mcpd-" + orgUnit.code() + ".csv\"")
			.body(body);
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long unit, Model model) {
		access.requireCreator();
		OrgUnit orgUnit = access.visibleUnit(unit);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("unit", String.valueOf(orgUnit.id()));
		values.put("visibility", Visibility.INTERNAL.name());
		return form(null, values, Map.of(), true, model);
	}

	@PostMapping
	String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		access.requireCreator();
		Map<String, String> errors = new LinkedHashMap<>();
		AccessionInput input = input(params, null, errors);
		if (input == null || !errors.isEmpty()) {
			return form(null, params, errors, true, model);
		}
		try {
			Accession created = accessions.create(input);
			redirect.addFlashAttribute("flash", "genebank.flash.saved");
			redirect.addFlashAttribute("flashArgs", new Object[] { created.title() });
			return "redirect:/registry/accessions/" + created.id();
		}
		catch (InvalidInputException e) {
			errors.put(field(e), message(e.messageKey(), e.args()));
			return form(null, params, errors, true, model);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Accession a = accessions.get(id);
		return form(a, values(a), Map.of(), accessions.canWrite(a), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		Accession a = accessions.get(id);
		access.requireWritable(a.orgUnitId(), a.ownerAgencyId(), "accession " + id);
		Map<String, String> errors = new LinkedHashMap<>();
		AccessionInput input = input(params, a.orgUnitId(), errors);
		if (input == null || !errors.isEmpty()) {
			return form(a, params, errors, true, model);
		}
		try {
			Accession saved = accessions.update(id, Integer.parseInt(params.getOrDefault("rowVersion", "-1")), input);
			redirect.addFlashAttribute("flash", "genebank.flash.saved");
			redirect.addFlashAttribute("flashArgs", new Object[] { saved.title() });
			return "redirect:/registry/accessions/" + id;
		}
		catch (InvalidInputException e) {
			errors.put(field(e), message(e.messageKey(), e.args()));
			return form(a, params, errors, true, model);
		}
		catch (OptimisticLockingFailureException | NumberFormatException e) {
			errors.put("form", message("genebank.error.stale"));
			return form(a, params, errors, true, model);
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam int rowVersion, RedirectAttributes redirect) {
		Accession a = accessions.get(id);
		accessions.delete(id, rowVersion);
		redirect.addFlashAttribute("flash", "genebank.flash.deleted");
		return "redirect:/registry/accessions?unit=" + a.orgUnitId();
	}

	/** The input from the form, its problems in {@code errors} by field; null when the unit is missing. */
	private AccessionInput input(Map<String, String> params, Long fixedUnit, Map<String, String> errors) {
		Long unit = fixedUnit;
		if (unit == null) {
			try {
				unit = Long.valueOf(params.getOrDefault("unit", ""));
			}
			catch (NumberFormatException e) {
				errors.put("unit", message("genebank.error.unit.required"));
				return null;
			}
			access.visibleUnit(unit);
		}
		Long owner = null;
		if (params.get("owner") != null && !params.get("owner").isBlank()) {
			owner = Long.valueOf(params.get("owner"));
		}
		Visibility visibility = Visibility.INTERNAL;
		try {
			visibility = Visibility.valueOf(params.getOrDefault("visibility", "INTERNAL"));
		}
		catch (IllegalArgumentException e) {
			errors.put("visibility", message("genebank.error.visibility"));
		}
		LocalDate withdrawn = null;
		String withdrawnText = params.getOrDefault("withdrawnOn", "");
		if (!withdrawnText.isBlank()) {
			try {
				withdrawn = LocalDate.parse(withdrawnText.trim());
			}
			catch (DateTimeParseException e) {
				errors.put("withdrawnOn", message("genebank.error.withdrawnOn"));
			}
		}
		Map<String, String> mcpd = new LinkedHashMap<>();
		for (String f : Mcpd.FIELDS) {
			mcpd.put(f, params.get(f));
		}
		AccessionInput input = new AccessionInput(unit, owner, visibility, params.get("nameVi"),
				params.get("programme"), withdrawn, mcpd);
		for (Problem p : accessions.check(input)) {
			errors.putIfAbsent(p.column() == null ? "form" : p.column(), message(p.messageKey(), p.args()));
		}
		return input;
	}

	private String form(Accession a, Map<String, String> values, Map<String, String> errors, boolean canWrite,
			Model model) {
		long unit = a != null ? a.orgUnitId() : Long.parseLong(values.getOrDefault("unit", "0").isBlank() ? "0"
				: values.getOrDefault("unit", "0"));
		model.addAttribute("accession", a);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("fields", Mcpd.FIELDS);
		model.addAttribute("canWrite", canWrite);
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("unitId", unit == 0 ? null : unit);
		model.addAttribute("unitLabel", unit == 0 ? null : access.unitLabel(unit));
		model.addAttribute("agencies", unit == 0 ? List.of() : agencies.ofOrgUnit(unit));
		return "registry/genebank/form";
	}

	private static Map<String, String> values(Accession a) {
		Map<String, String> values = new LinkedHashMap<>(a.mcpd());
		values.put("unit", String.valueOf(a.orgUnitId()));
		values.put("owner", a.ownerAgencyId() == null ? "" : String.valueOf(a.ownerAgencyId()));
		values.put("visibility", a.visibility().name());
		values.put("nameVi", a.nameVi() == null ? "" : a.nameVi());
		values.put("programme", a.programme() == null ? "" : a.programme());
		values.put("withdrawnOn", a.withdrawnOn() == null ? "" : a.withdrawnOn().toString());
		values.put("rowVersion", String.valueOf(a.rowVersion()));
		return values;
	}

	/** The field an error of the service names: its first argument when it is an MCPD code. */
	private static String field(InvalidInputException e) {
		if (e.args().length > 0 && Mcpd.FIELDS.contains(String.valueOf(e.args()[0]))) {
			return String.valueOf(e.args()[0]);
		}
		return e.messageKey().equals("genebank.error.duplicate") ? "ACCENUMB" : "form";
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static String encode(String s) {
		return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
