package vn.trienkhai.registry.search;

import org.springframework.stereotype.Component;

import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.platform.NotFoundException;

/**
 * The unit a search is limited to. Any unit may be chosen, also outside the user's own scope: its public
 * records are for everyone, and the search itself keeps internal ones to the user's subtree.
 */
@Component
class SearchScope {

	private final OrgUnits orgUnits;

	SearchScope(OrgUnits orgUnits) {
		this.orgUnits = orgUnits;
	}

	/** The unit asked for (404 when unknown), or the nation. */
	OrgUnit base(Long unitId) {
		if (unitId == null) {
			return orgUnits.root();
		}
		return orgUnits.findById(unitId).orElseThrow(() -> new NotFoundException("org unit " + unitId));
	}

	String label(OrgUnit unit) {
		return orgUnits.qualifiedName(unit.id());
	}

}
