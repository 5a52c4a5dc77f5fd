package vn.trienkhai.agency.web;

import org.springframework.stereotype.Component;

import vn.trienkhai.agency.Agencies;
import vn.trienkhai.agency.Agency;
import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.NotFoundException;
import vn.trienkhai.platform.OutOfScopeException;
import vn.trienkhai.platform.Role;
import vn.trienkhai.platform.UserScope;

/**
 * Who may see and change which agencies: everyone signed in sees the agencies of the units within their
 * scope; administrators and coordinators change them, within their scope too. Reporters and overseers
 * only read.
 */
@Component
class AgencyAccess {

	private final OrgUnits orgUnits;

	private final Agencies agencies;

	AgencyAccess(OrgUnits orgUnits, Agencies agencies) {
		this.orgUnits = orgUnits;
		this.agencies = agencies;
	}

	static boolean canWrite(UserScope user) {
		return user.is(Role.ADMINISTRATOR) || user.is(Role.COORDINATOR);
	}

	boolean canWrite() {
		return canWrite(CurrentUser.get());
	}

	/** Throws {@link OutOfScopeException} (403) unless the user may change agencies. */
	void requireWriter() {
		if (!canWrite()) {
			throw new OutOfScopeException("role " + CurrentUser.get().role() + " may not change agencies");
		}
	}

	/**
	 * The unit asked for, or the user's own when none is: 404 for an unknown unit, 403 for one outside the
	 * user's scope.
	 */
	OrgUnit visibleUnit(Long unitId) {
		UserScope user = CurrentUser.get();
		long id = unitId != null ? unitId : user.orgUnitId();
		OrgUnit unit = orgUnits.findById(id).orElseThrow(() -> new NotFoundException("org unit " + id));
		if (!orgUnits.isWithin(id, user.orgUnitId())) {
			throw new OutOfScopeException("org unit " + id);
		}
		return unit;
	}

	/** Whether the unit exists and is within the user's scope. */
	boolean isVisible(long unitId) {
		return orgUnits.isWithin(unitId, CurrentUser.get().orgUnitId());
	}

	/** The agency: 404 if unknown, 403 if its unit is outside the user's scope. */
	Agency visibleAgency(long id) {
		Agency agency = agencies.get(id);
		if (!isVisible(agency.orgUnitId())) {
			throw new OutOfScopeException("agency " + id);
		}
		return agency;
	}

	/**
	 * Whether the user may change agencies of this unit: one wholly inside its scope, not a 2024 unit that it
	 * shares with other scopes through succession.
	 */
	boolean isWritable(long unitId) {
		return orgUnits.isWhollyWithin(unitId, CurrentUser.get().orgUnitId());
	}

	/** The agency, if the user may change it (403 otherwise). */
	Agency writableAgency(long id) {
		requireWriter();
		Agency agency = visibleAgency(id);
		if (!isWritable(agency.orgUnitId())) {
			throw new OutOfScopeException("agency " + id);
		}
		return agency;
	}

	String unitLabel(long unitId) {
		return orgUnits.qualifiedName(unitId);
	}

}
