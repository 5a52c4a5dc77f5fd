package vn.trienkhai.document.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.trienkhai.agency.Agencies;
import vn.trienkhai.agency.Agency;

/**
 * Matches the bodies named in a draft to the agencies already recorded for the issuing unit, with the
 * agency module's name normaliser ("Sở KH&amp;CN" is "Sở Khoa học và Công nghệ"), so the review shows which
 * are known and which the plan would add.
 */
@Component
class AgencyMatches {

	private final Agencies agencies;

	AgencyMatches(Agencies agencies) {
		this.agencies = agencies;
	}

	/** For each name, the unit's agency of that name, or null. */
	List<Agency> match(long orgUnitId, List<String> names) {
		List<Agency> out = new ArrayList<>(names.size());
		for (String name : names) {
			out.add(name == null || name.isBlank() ? null : agencies.findByName(orgUnitId, name).orElse(null));
		}
		return out;
	}

}
