package vn.trienkhai.registry.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.registry.RegistryIndicators;
import vn.trienkhai.registry.shared.RegistryAccess;

/**
 * The registry figures of a unit and year, for programs and the dashboard: every indicator source with its
 * value over the unit's subtree. Only for units within the user's scope (the figures count internal records).
 */
@RestController
class IndicatorApi {

	private final RegistryIndicators indicators;

	private final RegistryAccess access;

	private final MessageSource messages;

	IndicatorApi(RegistryIndicators indicators, RegistryAccess access, MessageSource messages) {
		this.indicators = indicators;
		this.access = access;
		this.messages = messages;
	}

	record Figure(String code, String name, String unit, BigDecimal value) {
	}

	record Figures(long orgUnitId, String orgUnit, int year, List<Figure> figures) {
	}

	@GetMapping("/api/registry/indicators")
	Figures figures(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
			Locale locale) {
		OrgUnit orgUnit = access.visibleUnit(unit);
		int y = year == null ? LocalDate.now().getYear() : year;
		if (y < 1990 || y > LocalDate.now().getYear() + 30) {
			throw new InvalidInputException("registry.indicator.error.year", y);
		}
		List<Figure> figures = indicators.sources()
			.stream()
			.map(s -> new Figure(s.code(), messages.getMessage(s.labelKey(), null, s.code(), locale),
					messages.getMessage(s.unitKey(), null, "", locale),
					indicators.value(s.code(), orgUnit.id(), y).orElse(BigDecimal.ZERO)))
			.toList();
		return new Figures(orgUnit.id(), access.unitLabel(orgUnit.id()), y, figures);
	}

}
