package vn.trienkhai.registry.genebank;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.trienkhai.registry.Visibility;

/**
 * What a form or an import row gives for an accession: the MCPD passport by descriptor code (blank values
 * absent) and the registry's own fields.
 */
public record AccessionInput(long orgUnitId, Long ownerAgencyId, Visibility visibility, String nameVi,
		String programme, LocalDate withdrawnOn, Map<String, String> mcpd) {

	public AccessionInput {
		Map<String, String> clean = new LinkedHashMap<>();
		if (mcpd != null) {
			mcpd.forEach((k, v) -> {
				if (v != null && !v.isBlank()) {
					clean.put(k, v.trim());
				}
			});
		}
		mcpd = clean;
		nameVi = blankToNull(nameVi);
		programme = blankToNull(programme);
	}

	public String get(String code) {
		return mcpd.get(code);
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
