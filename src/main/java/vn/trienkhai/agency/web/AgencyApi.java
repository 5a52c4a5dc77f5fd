package vn.trienkhai.agency.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.trienkhai.agency.Agencies;
import vn.trienkhai.agency.Agency;
import vn.trienkhai.orgunit.OrgUnit;

/**
 * The agencies as JSON, for pickers and scripts: {@code GET /api/agencies?unit=&q=&inactive=} (the user's
 * own unit when none is given) and {@code GET /api/agencies/{id}}. Scoped like the pages.
 */
@RestController
@RequestMapping("/api/agencies")
class AgencyApi {

	/**
	 * One agency.
	 *
	 * @param typeName the type's name in the caller's language
	 */
	record AgencyView(long id, long orgUnitId, String type, String typeName, String name, boolean active,
			int rowVersion) {
	}

	private final Agencies agencies;

	private final AgencyAccess access;

	private final MessageSource messages;

	AgencyApi(Agencies agencies, AgencyAccess access, MessageSource messages) {
		this.agencies = agencies;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping
	List<AgencyView> list(@RequestParam(required = false) Long unit, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "false") boolean inactive) {
		OrgUnit orgUnit = access.visibleUnit(unit);
		Locale locale = LocaleContextHolder.getLocale();
		return agencies.search(orgUnit.id(), q, inactive).stream().map(a -> view(a, locale)).toList();
	}

	@GetMapping("/{id}")
	AgencyView one(@PathVariable long id) {
		return view(access.visibleAgency(id), LocaleContextHolder.getLocale());
	}

	private AgencyView view(Agency a, Locale locale) {
		return new AgencyView(a.id(), a.orgUnitId(), a.type().name(),
				messages.getMessage(a.type().messageKey(), null, a.type().name(), locale), a.name(), a.active(),
				a.rowVersion());
	}

}
