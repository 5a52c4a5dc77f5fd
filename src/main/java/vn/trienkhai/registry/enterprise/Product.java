package vn.trienkhai.registry.enterprise;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.Visibility;

/**
 * A product (sản phẩm) with its OCOP rating when it has one; total and expiry are computed by
 * {@link Products} (null before). An OCOP rating is "active" only before its expiry.
 */
record Product(Long id, String name, ProducerKind producerKind, Long producerEnterpriseId, String producerName,
		BiotechField field, String productType, long orgUnitId, Long ownerAgencyId, Visibility visibility,
		String standards, String gtin, Ocop ocop, int rowVersion) {

	enum ProducerKind {
		ENTERPRISE, COOPERATIVE, HOUSEHOLD
	}

	enum IpType {
		TRADEMARK, COLLECTIVE_MARK, CERTIFICATION_MARK, GEOGRAPHICAL_INDICATION, PATENT
	}

	enum IpStatus {
		FILED, GRANTED, REFUSED, EXPIRED
	}

	/** The OCOP rating; all null when the product has none. */
	record Ocop(String group, String subgroup, Integer scoreA, Integer scoreB, Integer scoreC, Integer total,
			Integer stars, String authority, String decisionNo, LocalDate decisionDate, LocalDate expiresOn) {

		static final Ocop NONE = new Ocop(null, null, null, null, null, null, null, null, null, null, null);

		boolean present() {
			return stars != null || scoreA != null || scoreB != null || scoreC != null;
		}

		boolean activeOn(LocalDate day) {
			return stars != null && OcopRating.activeOn(expiresOn, day);
		}

		boolean expiredOn(LocalDate day) {
			return stars != null && expiresOn != null && !day.isBefore(expiresOn);
		}

	}

	/** An intellectual-property title of the product (nhãn hiệu, chỉ dẫn địa lý, sáng chế). */
	record Ip(Long id, IpType type, IpStatus status, String number, LocalDate grantedOn) {
	}

	public boolean ocopActive() {
		return ocop != null && ocop.activeOn(LocalDate.now());
	}

	public boolean ocopExpired() {
		return ocop != null && ocop.expiredOn(LocalDate.now());
	}

	Map<String, Object> auditState() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("name", name);
		s.put("producerKind", producerKind.name());
		s.put("producerEnterpriseId", producerEnterpriseId);
		s.put("producerName", producerName);
		s.put("field", field == null ? null : field.name());
		s.put("productType", productType);
		s.put("orgUnitId", orgUnitId);
		s.put("ownerAgencyId", ownerAgencyId);
		s.put("visibility", visibility.name());
		s.put("standards", standards);
		s.put("gtin", gtin);
		s.put("ocopStars", ocop.stars());
		s.put("ocopTotal", ocop.total());
		s.put("ocopDecisionNo", ocop.decisionNo());
		s.put("ocopDecisionDate", ocop.decisionDate() == null ? null : ocop.decisionDate().toString());
		return s;
	}

}
