package vn.trienkhai.orgunit;

/**
 * One link of the 1/7/2025 reorganisation seen from one side: for {@link OrgUnits#successorLinks(long)} the
 * 2025 unit an old unit became, for {@link OrgUnits#predecessorLinks(long)} a 2024 unit merged into a new one.
 *
 * @param unit the unit on the other side of the link
 * @param coverage whether the whole old unit went into the new one, or only part of it
 * @param note provenance note of the mapping data (English, from the data set), or null
 * @param viaCommunes true when derived for a 2024 district from the successions of its communes
 */
public record SuccessionLink(OrgUnit unit, Coverage coverage, String note, boolean viaCommunes) {

	public enum Coverage {

		/** The whole old unit went into the new one. */
		FULL,
		/** Only part of the old unit went into the new one (a split). */
		PARTIAL;

		static Coverage of(String dbValue) {
			return "full".equals(dbValue) ? FULL : PARTIAL;
		}

	}

}
