package vn.trienkhai.orgunit;

import java.time.LocalDate;

/**
 * An administrative unit of one version of the structure. Codes are reused across versions (52 was Bình
 * Định in 2024 and is Gia Lai in 2025), so a unit is identified by its id, or by (code, version) — never by
 * its code alone.
 *
 * @param id database id; what other modules store
 * @param code GSO code with leading zeros ("08", "02263"); "VN" for the nation
 * @param version {@link #CURRENT_VERSION} or {@link #PREVIOUS_VERSION}
 * @param name full official name: "Xã Nhữ Khê"
 * @param shortName the name without the type prefix: "Nhữ Khê"
 * @param level 0 nation, 1 province, 2 commune (2025) or district (2024), 3 commune (2024)
 * @param parentId the unit above; null for the nation (2024 provinces hang under the nation too)
 * @param validFrom first day of validity; null for the nation
 * @param validTo last day of validity; null while current
 */
public record OrgUnit(long id, String code, String version, String name, String shortName, OrgUnitType type,
		int level, Long parentId, LocalDate validFrom, LocalDate validTo) {

	/** The structure from 1 July 2025: 34 provinces, 3,321 communes, no districts. */
	public static final String CURRENT_VERSION = "2025";

	/** The structure valid from 1 March to 30 June 2025: 63 provinces, 696 districts, 10,035 communes. */
	public static final String PREVIOUS_VERSION = "2024";

	/** Whether this unit belongs to the current structure (the nation does). */
	public boolean isCurrent() {
		return CURRENT_VERSION.equals(version);
	}

	public boolean isNation() {
		return type == OrgUnitType.QUOC_GIA;
	}

	/** Whether {@code version} names a version of the structure ("2024" or "2025"). */
	public static boolean isKnownVersion(String version) {
		return CURRENT_VERSION.equals(version) || PREVIOUS_VERSION.equals(version);
	}

}
