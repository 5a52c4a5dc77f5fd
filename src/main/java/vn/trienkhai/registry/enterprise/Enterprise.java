package vn.trienkhai.registry.enterprise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.Visibility;

/** A biotechnology enterprise (doanh nghiệp); id null and rowVersion 0 before it is saved. */
record Enterprise(Long id, String taxCode, String name, String address, long orgUnitId, Long ownerAgencyId,
		List<BiotechField> fields, Size size, Integer foundingYear, Status status, Visibility visibility,
		int rowVersion) {

	enum Size {
		MICRO, SMALL, MEDIUM, LARGE
	}

	enum Status {
		ACTIVE, SUSPENDED, DISSOLVED
	}

	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("taxCode", taxCode);
		state.put("name", name);
		state.put("address", address);
		state.put("orgUnitId", orgUnitId);
		state.put("ownerAgencyId", ownerAgencyId);
		state.put("fields", fields.stream().map(Enum::name).toList());
		state.put("size", size == null ? null : size.name());
		state.put("foundingYear", foundingYear);
		state.put("status", status.name());
		state.put("visibility", visibility.name());
		return state;
	}

	/** A yearly figure: revenue and biotech revenue in billion dong (tỷ đồng). */
	record Year(int year, java.math.BigDecimal revenue, java.math.BigDecimal biotechRevenue, Integer employees) {
	}

}
