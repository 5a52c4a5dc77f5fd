package vn.trienkhai.agency;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A body of an org unit that plans assign tasks to: "Sở Khoa học và Công nghệ" of a province, "Ủy ban
 * nhân dân xã" of a commune. Its name is unique within the unit up to {@link AgencyNames#matchKey(String)}.
 *
 * @param id database id; what other modules store
 * @param orgUnitId the org unit the agency belongs to
 * @param type its kind
 * @param name the name as entered, NFC and with white space collapsed
 * @param active false once deactivated: kept for history, offered for nothing new
 * @param rowVersion for optimistic locking: pass it back to {@link Agencies#update}
 */
public record Agency(long id, long orgUnitId, AgencyType type, String name, boolean active, int rowVersion) {

	/** The record as the audit log stores it. */
	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("id", id);
		state.put("orgUnitId", orgUnitId);
		state.put("type", type.name());
		state.put("name", name);
		state.put("active", active);
		state.put("rowVersion", rowVersion);
		return state;
	}

}
