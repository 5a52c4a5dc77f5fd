package vn.trienkhai.registry.equipment.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.trienkhai.agency.Agencies;
import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.equipment.Booking;
import vn.trienkhai.registry.equipment.Bookings;
import vn.trienkhai.registry.equipment.Equipment;
import vn.trienkhai.registry.equipment.EquipmentInput;
import vn.trienkhai.registry.equipment.EquipmentRegistry;
import vn.trienkhai.registry.equipment.EquipmentStatus;
import vn.trienkhai.registry.equipment.OpenDays;
import vn.trienkhai.registry.shared.RegistryAccess;

/**
 * The shared-equipment pages: the list, the new form, the detail page (edit form, week calendar of
 * bookings with htmx navigation, the booking request form, decisions and the usage log).
 */
@Controller
@RequestMapping("/registry/equipment")
class EquipmentPages {

	private final EquipmentRegistry registry;

	private final Bookings bookings;

	private final RegistryAccess access;

	private final Agencies agencies;

	private final MessageSource messages;

	EquipmentPages(EquipmentRegistry registry, Bookings bookings, RegistryAccess access, Agencies agencies,
			MessageSource messages) {
		this.registry = registry;
		this.bookings = bookings;
		this.access = access;
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long unit, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) EquipmentStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		OrgUnit orgUnit = access.visibleUnit(unit);
		EquipmentRegistry.Page result = registry.search(orgUnit.id(), q, status, page);
		model.addAttribute("unit", orgUnit);
		model.addAttribute("unitLabel", access.unitLabel(orgUnit.id()));
		model.addAttribute("q", q);
		model.addAttribute("status", status);
		model.addAttribute("statuses", EquipmentStatus.values());
		model.addAttribute("result", result);
		model.addAttribute("pageUrl", "/registry/equipment?unit=" + orgUnit.id() + "&q="
				+ java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)
				+ (status == null ? "" : "&status=" + status));
		model.addAttribute("canCreate", access.canCreate());
		return "registry/equipment/list";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long unit, Model model) {
		access.requireCreator();
		OrgUnit orgUnit = access.visibleUnit(unit);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("unit", String.valueOf(orgUnit.id()));
		values.put("visibility", Visibility.PUBLIC.name());
		values.put("status", EquipmentStatus.AVAILABLE.name());
		values.put("openDays", "1,2,3,4,5");
		values.put("opensAt", "08:00");
		values.put("closesAt", "17:00");
		return form(null, values, Map.of(), true, null, model);
	}

	@PostMapping
	String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		access.requireCreator();
		Map<String, String> errors = new LinkedHashMap<>();
		EquipmentInput input = input(params, null, errors);
		if (!errors.isEmpty()) {
			return form(null, params, errors, true, null, model);
		}
		try {
			Equipment created = registry.create(input);
			redirect.addFlashAttribute("flash", "equipment.flash.saved");
			redirect.addFlashAttribute("flashArgs", new Object[] { created.deviceName() });
			return "redirect:/registry/equipment/" + created.id();
		}
		catch (InvalidInputException e) {
			errors.put("form", message(e.messageKey(), e.args()));
			return form(null, params, errors, true, null, model);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, @RequestParam(required = false) LocalDate week, Model model) {
		Equipment e = registry.get(id);
		return form(e, values(e), Map.of(), registry.canWrite(e), week, model);
	}

	/** The week calendar alone, for htmx navigation between weeks. */
	@GetMapping("/{id}/calendar")
	String calendar(@PathVariable long id, @RequestParam(required = false) LocalDate week,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		Equipment e = registry.get(id);
		if (htmx == null) {
			return "redirect:/registry/equipment/" + id + (week == null ? "" : "?week=" + week);
		}
		calendarModel(e, week, model);
		return "registry/equipment/form :: calendar";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		Equipment e = registry.get(id);
		access.requireWritable(e.orgUnitId(), e.ownerAgencyId(), "equipment " + id);
		Map<String, String> errors = new LinkedHashMap<>();
		EquipmentInput input = input(params, e.orgUnitId(), errors);
		if (!errors.isEmpty()) {
			return form(e, params, errors, true, null, model);
		}
		try {
			Equipment saved = registry.update(id, Integer.parseInt(params.getOrDefault("rowVersion", "-1")), input);
			redirect.addFlashAttribute("flash", "equipment.flash.saved");
			redirect.addFlashAttribute("flashArgs", new Object[] { saved.deviceName() });
			return "redirect:/registry/equipment/" + id;
		}
		catch (InvalidInputException ex) {
			errors.put("form", message(ex.messageKey(), ex.args()));
		}
		catch (OptimisticLockingFailureException | NumberFormatException ex) {
			errors.put("form", message("equipment.error.stale"));
		}
		return form(e, params, errors, true, null, model);
	}

	@PostMapping("/{id}/bookings")
	String request(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		Equipment e = registry.get(id);
		access.requireCreator();
		Map<String, String> bookingErrors = new LinkedHashMap<>();
		try {
			OffsetDateTime starts = time(params.get("startsAt"));
			OffsetDateTime ends = time(params.get("endsAt"));
			Booking b = bookings.request(id, params.get("requesterName"), params.get("requesterAgency"),
					params.get("purpose"), starts, ends);
			redirect.addFlashAttribute("flash", "equipment.flash.requested");
			return "redirect:/registry/equipment/" + id + "?week=" + monday(b.startsAt().atZoneSameInstant(Bookings.ZONE).toLocalDate());
		}
		catch (InvalidInputException ex) {
			bookingErrors.put("booking", message(ex.messageKey(), ex.args()));
		}
		catch (DateTimeParseException | NullPointerException ex) {
			bookingErrors.put("booking", message("equipment.error.booking.time"));
		}
		model.addAttribute("bookingValues", params);
		model.addAttribute("bookingErrors", bookingErrors);
		return form(e, values(e), Map.of(), registry.canWrite(e), null, model);
	}

	@PostMapping("/bookings/{bookingId}/{decision:approve|reject|cancel}")
	String decide(@PathVariable long bookingId, @PathVariable String decision, @RequestParam int rowVersion,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Booking b = bookings.get(bookingId);
		try {
			if (decision.equals("approve")) {
				bookings.approve(bookingId, rowVersion);
			}
			else if (decision.equals("reject")) {
				bookings.reject(bookingId, rowVersion, reason);
			}
			else {
				bookings.cancel(bookingId, rowVersion);
			}
			redirect.addFlashAttribute("flash", "equipment.flash.decided");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("bookingError", message(ex.messageKey(), ex.args()));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("bookingError", message("equipment.error.stale"));
		}
		return "redirect:/registry/equipment/" + b.equipmentId() + "?week="
				+ monday(b.startsAt().atZoneSameInstant(Bookings.ZONE).toLocalDate());
	}

	@PostMapping("/bookings/{bookingId}/usage")
	String usage(@PathVariable long bookingId, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
		Booking b = bookings.get(bookingId);
		try {
			bookings.recordUsage(bookingId, time(params.get("actualStart")), time(params.get("actualEnd")),
					params.get("samples"), params.get("notes"));
			redirect.addFlashAttribute("flash", "equipment.flash.usage");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("bookingError", message(ex.messageKey(), ex.args()));
		}
		catch (DateTimeParseException | NullPointerException ex) {
			redirect.addFlashAttribute("bookingError", message("equipment.error.booking.time"));
		}
		return "redirect:/registry/equipment/" + b.equipmentId() + "?week="
				+ monday(b.startsAt().atZoneSameInstant(Bookings.ZONE).toLocalDate());
	}

	private static OffsetDateTime time(String local) {
		return LocalDateTime.parse(local.trim()).atZone(Bookings.ZONE).toOffsetDateTime();
	}

	private static LocalDate monday(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private EquipmentInput input(Map<String, String> params, Long fixedUnit, Map<String, String> errors) {
		long unit;
		if (fixedUnit != null) {
			unit = fixedUnit;
		}
		else {
			try {
				unit = Long.parseLong(params.getOrDefault("unit", ""));
				access.visibleUnit(unit);
			}
			catch (NumberFormatException e) {
				errors.put("unit", message("equipment.error.unit.required"));
				return null;
			}
		}
		Long owner = params.get("owner") == null || params.get("owner").isBlank() ? null : Long.valueOf(params.get("owner"));
		if (params.getOrDefault("labName", "").isBlank()) {
			errors.put("labName", message("equipment.error.lab.required"));
		}
		if (params.getOrDefault("deviceName", "").isBlank()) {
			errors.put("deviceName", message("equipment.error.device.required"));
		}
		Visibility visibility = Visibility.PUBLIC;
		EquipmentStatus status = EquipmentStatus.AVAILABLE;
		try {
			visibility = Visibility.valueOf(params.getOrDefault("visibility", "PUBLIC"));
			status = EquipmentStatus.valueOf(params.getOrDefault("status", "AVAILABLE"));
		}
		catch (IllegalArgumentException e) {
			errors.put("form", message("equipment.error.required"));
		}
		java.util.Set<DayOfWeek> days = null;
		LocalTime opens = null;
		LocalTime closes = null;
		try {
			days = OpenDays.parse(params.getOrDefault("openDays", ""));
			opens = LocalTime.parse(params.getOrDefault("opensAt", ""));
			closes = LocalTime.parse(params.getOrDefault("closesAt", ""));
			if (!closes.isAfter(opens)) {
				errors.put("hours", message("equipment.error.hours"));
			}
		}
		catch (RuntimeException e) {
			errors.put("hours", message("equipment.error.hours"));
		}
		return new EquipmentInput(unit, owner, visibility, params.get("labName"), params.get("deviceName"),
				params.get("model"), params.get("manufacturer"), params.get("specifications"), status, days, opens,
				closes);
	}

	private String form(Equipment e, Map<String, String> values, Map<String, String> errors, boolean canWrite,
			LocalDate week, Model model) {
		String unitText = values.getOrDefault("unit", "");
		Long unit = e != null ? Long.valueOf(e.orgUnitId()) : unitText.isBlank() ? null : Long.valueOf(unitText);
		model.addAttribute("equipment", e);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("canWrite", canWrite);
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("statuses", EquipmentStatus.values());
		model.addAttribute("unitId", unit);
		model.addAttribute("unitLabel", unit == null ? null : access.unitLabel(unit));
		model.addAttribute("agencies", unit == null ? List.of() : agencies.ofOrgUnit(unit));
		if (!model.containsAttribute("bookingValues")) {
			Map<String, String> bookingValues = new LinkedHashMap<>();
			bookingValues.put("requesterName", CurrentUser.get().displayName());
			model.addAttribute("bookingValues", bookingValues);
		}
		if (!model.containsAttribute("bookingErrors")) {
			model.addAttribute("bookingErrors", Map.of());
		}
		if (e != null) {
			calendarModel(e, week, model);
			model.addAttribute("blocked", registry.blockedPeriods(e.id()));
		}
		return "registry/equipment/form";
	}

	private void calendarModel(Equipment e, LocalDate week, Model model) {
		LocalDate monday = monday(week != null ? week : LocalDate.now(Bookings.ZONE));
		List<Booking> list = bookings.week(e.id(), monday);
		Map<Long, Boolean> approvedUsage = new LinkedHashMap<>();
		model.addAttribute("equipment", e);
		model.addAttribute("monday", monday);
		model.addAttribute("previousWeek", monday.minusWeeks(1));
		model.addAttribute("nextWeek", monday.plusWeeks(1));
		model.addAttribute("bookings", list);
		model.addAttribute("canDecide", bookings.canDecide(e));
		model.addAttribute("actor", CurrentUser.actorName());
		model.addAttribute("usages", list.stream().collect(java.util.stream.Collectors.toMap(Booking::id,
				b -> bookings.usages(b.id()))));
		model.addAttribute("approvedUsage", approvedUsage);
	}

	private static Map<String, String> values(Equipment e) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("unit", String.valueOf(e.orgUnitId()));
		values.put("owner", e.ownerAgencyId() == null ? "" : String.valueOf(e.ownerAgencyId()));
		values.put("visibility", e.visibility().name());
		values.put("labName", e.labName());
		values.put("deviceName", e.deviceName());
		values.put("model", e.model() == null ? "" : e.model());
		values.put("manufacturer", e.manufacturer() == null ? "" : e.manufacturer());
		values.put("specifications", e.specifications() == null ? "" : e.specifications());
		values.put("status", e.status().name());
		values.put("openDays", OpenDays.format(e.openDays()));
		values.put("opensAt", e.opensAt().toString());
		values.put("closesAt", e.closesAt().toString());
		values.put("rowVersion", String.valueOf(e.rowVersion()));
		return values;
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
