package vn.trienkhai.registry;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.trienkhai.registry.shared.IndicatorSource;

/**
 * The figures the registries compute from their records (biotech enterprises, biotech revenue, OCOP
 * products with a trademark, accessions conserved, equipment bookings, accepted S&amp;T projects), offered
 * to plans as indicator sources: a target measured by one of them is tracked from the data, without
 * anyone typing the number in.
 */
@Service
public class RegistryIndicators {

	/** A source as other modules see it. */
	public record Source(String code, String labelKey, String unitKey) {
	}

	private final List<IndicatorSource> sources;

	RegistryIndicators(List<IndicatorSource> sources) {
		this.sources = sources.stream().sorted(Comparator.comparing(IndicatorSource::code)).toList();
	}

	public List<Source> sources() {
		return sources.stream().map(s -> new Source(s.code(), s.labelKey(), s.unitKey())).toList();
	}

	/**
	 * The figure of the source for the unit's subtree in the year; empty for an unknown code.
	 *
	 * @see IndicatorSource#value(long, int)
	 */
	public Optional<BigDecimal> value(String code, long orgUnitId, int year) {
		return sources.stream().filter(s -> s.code().equals(code)).findFirst().map(s -> s.value(orgUnitId, year));
	}

}
