package vn.trienkhai.registry.genebank;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.trienkhai.registry.Visibility;

/** A gene-fund accession as stored; conserved while {@code withdrawnOn} is null. */
public record Accession(long id, long orgUnitId, Long ownerAgencyId, Visibility visibility, String nameVi,
		String programme, LocalDate withdrawnOn, Map<String, String> mcpd, int rowVersion) {

	public String get(String code) {
		return mcpd.get(code);
	}

	/** The name shown: the Vietnamese name, else ACCENAME, else the accession number. */
	public String title() {
		if (nameVi != null) {
			return nameVi;
		}
		return get("ACCENAME") != null ? get("ACCENAME") : get("ACCENUMB");
	}

	public boolean conserved() {
		return withdrawnOn == null;
	}

	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>(mcpd);
		state.put("orgUnitId", orgUnitId);
		state.put("ownerAgencyId", ownerAgencyId);
		state.put("visibility", visibility.name());
		state.put("nameVi", nameVi);
		state.put("programme", programme);
		state.put("withdrawnOn", withdrawnOn == null ? null : withdrawnOn.toString());
		return state;
	}

}
