package vn.trienkhai.plan;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.trienkhai.agency.Agencies;
import vn.trienkhai.agency.Agency;
import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.platform.VietnameseText;

/**
 * Who a name in a plan stands for, as agencies of the unit (the recorded one in any spelling, or a new one),
 * and the task assignments that follow. "Ủy ban nhân dân các xã, phường" (and the like) stands for the
 * People's Committee of every current unit below the plan's unit, created on demand.
 */
@Component
class Assignments {

	private final JdbcClient jdbc;

	private final Agencies agencies;

	private final OrgUnits orgUnits;

	Assignments(JdbcClient jdbc, Agencies agencies, OrgUnits orgUnits) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.orgUnits = orgUnits;
	}

	/**
	 * The agencies a name stands for: several for a group of People's Committees, else one; none for a name no
	 * agency can have (no letters, too short), which must not stop a plan from being built.
	 */
	List<Agency> agenciesFor(long unit, String name) {
		try {
			return resolve(unit, name);
		}
		catch (vn.trienkhai.platform.InvalidInputException e) {
			return List.of();
		}
	}

	private List<Agency> resolve(long unit, String name) {
		if (isPeoplesCommitteesBelow(name)) {
			List<Agency> out = new ArrayList<>();
			for (OrgUnit child : orgUnits.children(unit)) {
				if (child.isCurrent()) {
					out.add(agency(child.id(), "Ủy ban nhân dân " + lowerFirst(child.name())));
				}
			}
			if (!out.isEmpty()) {
				return out;
			}
		}
		return List.of(agency(unit, name));
	}

	/** The unit's agency of this name, recorded first if new; a name too long for one is cut. */
	Agency agency(long unit, String name) {
		return agencies.findOrCreate(unit, name.length() > Agencies.MAX_NAME_LENGTH
				? name.substring(0, Agencies.MAX_NAME_LENGTH) : name);
	}

	/** Assigns the task to these agencies in this role; {@code name} is kept as the group when it was one. */
	void insert(long taskId, String role, String name, List<Agency> targets) {
		String collective = targets.size() > 1 || isPeoplesCommitteesBelow(name) ? name : null;
		for (Agency a : targets) {
			jdbc.sql("""
					insert into task_assignment (task_id, agency_id, role, collective) values (:task, :agency, :role, :collective)
					on conflict do nothing
					""")
				.param("task", taskId).param("agency", a.id()).param("role", role).param("collective", collective)
				.update();
		}
	}

	/** "Ủy ban nhân dân các xã, phường", "UBND các huyện, thị xã, thành phố", "Chủ tịch UBND các xã". */
	static boolean isPeoplesCommitteesBelow(String name) {
		String f = VietnameseText.fold(name);
		return f.matches("(?:chu tich )?(?:uy ban nhan dan|ubnd) cac (?:xa|phuong|dac khu|huyen|thi xa|thanh pho|quan|thi tran)\\b.*");
	}

	private static String lowerFirst(String s) {
		return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
	}

}
