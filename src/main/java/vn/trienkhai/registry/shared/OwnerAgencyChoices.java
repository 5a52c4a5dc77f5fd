package vn.trienkhai.registry.shared;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.trienkhai.agency.Agencies;
import vn.trienkhai.agency.Agency;
import vn.trienkhai.platform.CurrentUser;

/**
 * The agencies a record of a unit may be owned by, as the form's select offers them: the unit's own, the
 * signed-in user's (a provincial department owns the records of its communes) and the one the record has.
 */
@Component
public class OwnerAgencyChoices {

	private final Agencies agencies;

	OwnerAgencyChoices(Agencies agencies) {
		this.agencies = agencies;
	}

	public List<Agency> forUnit(long unitId, Long current) {
		List<Agency> choices = new ArrayList<>(agencies.ofOrgUnit(unitId));
		add(choices, CurrentUser.get().agencyId());
		add(choices, current);
		return choices;
	}

	/** A field error on ownerAgency when the chosen agency is not among the choices (a forged or stale select). */
	public void check(long unitId, Long chosen, Long current) {
		if (chosen != null && forUnit(unitId, current).stream().noneMatch(a -> a.id() == chosen)) {
			throw new FieldInputException("ownerAgency", "registry.error.agency.notOfUnit");
		}
	}

	private void add(List<Agency> choices, Long id) {
		if (id != null && choices.stream().noneMatch(a -> a.id() == id)) {
			agencies.findById(id).ifPresent(choices::add);
		}
	}

}
