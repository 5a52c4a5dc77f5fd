package vn.trienkhai.registry.enterprise;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.Visibility;

/** An application model (mô hình ứng dụng công nghệ sinh học); exemplary = mô hình điển hình. */
record ApplicationModel(Long id, String name, BiotechField field, String place, long orgUnitId, Long ownerAgencyId,
		String scale, BigDecimal scaleQuantity, Integer year, String results, boolean exemplary, Visibility visibility,
		int rowVersion) {

	Map<String, Object> auditState() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("name", name);
		s.put("field", field == null ? null : field.name());
		s.put("place", place);
		s.put("orgUnitId", orgUnitId);
		s.put("ownerAgencyId", ownerAgencyId);
		s.put("scale", scale);
		s.put("scaleQuantity", scaleQuantity == null ? null : scaleQuantity.toPlainString());
		s.put("year", year);
		s.put("results", results);
		s.put("exemplary", exemplary);
		s.put("visibility", visibility.name());
		return s;
	}

}
