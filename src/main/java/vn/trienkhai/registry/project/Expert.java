package vn.trienkhai.registry.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.Visibility;

/**
 * An expert (chuyên gia) the province can call on: fields, organisation, degree, specialisation; the e-mail and
 * phone are shown to others only with the expert's consent ({@code contactConsent}).
 */
public record Expert(Long id, long orgUnitId, Long ownerAgencyId, String name, List<BiotechField> fields,
		String organisation, Degree degree, String specialisation, String email, String phone, boolean contactConsent,
		Visibility visibility, int rowVersion) {

	/** Học vị, học hàm. */
	public enum Degree {
		BACHELOR, MASTER, DOCTOR, ASSOC_PROFESSOR, PROFESSOR;

		public String messageKey() {
			return "registry.expert.degree." + name();
		}
	}

	/**
	 * Whether the reader sees the e-mail and phone: with the expert's consent, or when the reader keeps the
	 * record (the unit's managers, the owning agency) and must keep them right.
	 */
	boolean contactShownTo(vn.trienkhai.registry.shared.RegistryAccess access) {
		return contactConsent || access.canWrite(orgUnitId, ownerAgencyId);
	}

	/** The field the search facets on: the first one given. */
	BiotechField mainField() {
		return fields.isEmpty() ? BiotechField.OTHER : fields.get(0);
	}

	Map<String, Object> auditState() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("name", name);
		s.put("fields", fields.stream().map(Enum::name).toList());
		s.put("organisation", organisation);
		s.put("degree", degree == null ? null : degree.name());
		s.put("contactConsent", contactConsent);
		s.put("visibility", visibility.name());
		return s;
	}

}
