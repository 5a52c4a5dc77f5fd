package vn.trienkhai.registry.shared;

import org.springframework.stereotype.Component;

import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.NotFoundException;
import vn.trienkhai.platform.OutOfScopeException;
import vn.trienkhai.platform.Role;
import vn.trienkhai.platform.UserScope;
import vn.trienkhai.registry.Visibility;

/**
 * Who sees and changes which registry records, the same rule for every registry:
 * <ul>
 * <li>a public record is read by every signed-in user; an internal one only within the scope of its unit
 * (the unit itself and the units above it — oversight bodies read everything below them);</li>
 * <li>administrators and coordinators change the records of units wholly within their scope;</li>
 * <li>a reporter changes the records its own agency owns, in units within its scope;</li>
 * <li>overseers only read.</li>
 * </ul>
 */
@Component
public class RegistryAccess {

	private final OrgUnits orgUnits;

	RegistryAccess(OrgUnits orgUnits) {
		this.orgUnits = orgUnits;
	}

	public boolean canRead(long orgUnitId, Visibility visibility) {
		return visibility == Visibility.PUBLIC || orgUnits.isWithin(orgUnitId, CurrentUser.get().orgUnitId());
	}

	/** 403 unless the user may read a record of this unit and visibility. */
	public void requireReadable(long orgUnitId, Visibility visibility, String what) {
		if (!canRead(orgUnitId, visibility)) {
			throw new OutOfScopeException(what);
		}
	}

	/** Whether the user's role may enter records at all (everyone but overseers). */
	public boolean canCreate() {
		UserScope user = CurrentUser.get();
		return isManager(user) || user.is(Role.REPORTER);
	}

	/** 403 for overseers. */
	public void requireCreator() {
		if (!canCreate()) {
			throw new OutOfScopeException("role " + CurrentUser.get().role() + " may not change registry records");
		}
	}

	/**
	 * Whether the user may change (or create) a record of this unit owned by this agency.
	 *
	 * @param ownerAgencyId the owning agency; null when the record has none yet
	 */
	public boolean canWrite(long orgUnitId, Long ownerAgencyId) {
		UserScope user = CurrentUser.get();
		if (isManager(user)) {
			return orgUnits.isWhollyWithin(orgUnitId, user.orgUnitId());
		}
		return user.is(Role.REPORTER) && user.agencyId() != null && user.agencyId().equals(ownerAgencyId)
				&& orgUnits.isWithin(orgUnitId, user.orgUnitId());
	}

	/** 403 unless {@link #canWrite}. */
	public void requireWritable(long orgUnitId, Long ownerAgencyId, String what) {
		if (!canWrite(orgUnitId, ownerAgencyId)) {
			throw new OutOfScopeException(what);
		}
	}

	/** Whether the user approves and compiles (bookings, task lists): administrators and coordinators. */
	public boolean isManager() {
		return isManager(CurrentUser.get());
	}

	private static boolean isManager(UserScope user) {
		return user.is(Role.ADMINISTRATOR) || user.is(Role.COORDINATOR);
	}

	/**
	 * The unit asked for, or the user's own when none is: 404 for an unknown unit, 403 for one outside the
	 * user's scope.
	 */
	public OrgUnit visibleUnit(Long unitId) {
		UserScope user = CurrentUser.get();
		long id = unitId != null ? unitId : user.orgUnitId();
		OrgUnit unit = orgUnits.findById(id).orElseThrow(() -> new NotFoundException("org unit " + id));
		if (!orgUnits.isWithin(id, user.orgUnitId())) {
			throw new OutOfScopeException("org unit " + id);
		}
		return unit;
	}

	public String unitLabel(long unitId) {
		return orgUnits.qualifiedName(unitId);
	}

}
