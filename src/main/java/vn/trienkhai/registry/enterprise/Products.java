package vn.trienkhai.registry.enterprise;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.platform.NotFoundException;
import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.RegistryKind;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.shared.SearchIndex;
import vn.trienkhai.registry.shared.ListFilter;
import vn.trienkhai.registry.shared.FieldInputException;

/**
 * The product registry: GTIN check digit, OCOP scores and star band (Decision 148/QĐ-TTg), the computed
 * total and expiry, IP titles; audit, optimistic locking and the search index in the save's transaction.
 */
@Service
class Products {

	static final String ENTITY_TYPE = "product";

	private static final String COLUMNS = """
			p.id, p.name, p.producer_kind, p.producer_enterprise_id, p.producer_name, p.field, p.product_type,
			p.org_unit_id, p.owner_agency_id, p.visibility, p.standards, p.gtin, p.ocop_group, p.ocop_subgroup,
			p.ocop_score_a, p.ocop_score_b, p.ocop_score_c, p.ocop_total, p.ocop_stars, p.ocop_authority,
			p.ocop_decision_no, p.ocop_decision_date, p.ocop_expires_on, p.row_version""";

	private static final String TEXT = "(p.name || ' ' || coalesce(p.producer_name, '') || ' ' || coalesce(p.gtin, ''))";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final SearchIndex index;

	Products(JdbcClient jdbc, AuditLog audit, SearchIndex index) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.index = index;
	}

	Optional<Product> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from product p where p.id = :id").param("id", id).query(Products::map).optional();
	}

	Product get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("product " + id));
	}

	List<Product> list(ListFilter filter) {
		return jdbc.sql("select " + COLUMNS + " from product p join org_unit u on u.id = p.org_unit_id"
				+ filter.where("p", "(:field = '' or p.field = :field)", TEXT) + " order by p.name, p.id limit :limit offset :offset")
			.params(filter.params()).query(Products::map).list();
	}

	long count(ListFilter filter) {
		return jdbc.sql("select count(*) from product p join org_unit u on u.id = p.org_unit_id"
				+ filter.where("p", "(:field = '' or p.field = :field)", TEXT))
			.params(filter.params()).query(Long.class).single();
	}

	/** Products with an OCOP rating active today in the subtree (expired certificates excluded). */
	long countActiveOcop(long unitId) {
		return jdbc.sql("""
				select count(*) from product p join org_unit u on u.id = p.org_unit_id
				 where u.path <@ (select path from org_unit where id = :unit)
				   and p.ocop_stars is not null and p.ocop_expires_on > current_date""")
			.param("unit", unitId).query(Long.class).single();
	}

	@Transactional
	Product create(Product product) {
		Product clean = validate(product);
		long id = jdbc.sql("""
				insert into product (name, producer_kind, producer_enterprise_id, producer_name, field, product_type,
				    org_unit_id, owner_agency_id, visibility, standards, gtin, ocop_group, ocop_subgroup, ocop_score_a,
				    ocop_score_b, ocop_score_c, ocop_total, ocop_stars, ocop_authority, ocop_decision_no,
				    ocop_decision_date, ocop_expires_on)
				values (:name, :producerKind, :producerEnterprise, :producerName, :field, :productType, :unit, :agency,
				    :visibility, :standards, :gtin, :group, :subgroup, :a, :b, :c, :total, :stars, :authority,
				    :decisionNo, :decisionDate, :expiresOn) returning id""")
			.params(params(clean)).query(Long.class).single();
		Product created = get(id);
		audit.record("CREATE", ENTITY_TYPE, id, created.orgUnitId(), null, created.auditState());
		indexIt(created);
		return created;
	}

	@Transactional
	Product update(Product product) {
		Product before = get(product.id());
		Product clean = validate(product);
		int rows = jdbc.sql("""
				update product set name = :name, producer_kind = :producerKind, producer_enterprise_id = :producerEnterprise,
				    producer_name = :producerName, field = :field, product_type = :productType, org_unit_id = :unit,
				    owner_agency_id = :agency, visibility = :visibility, standards = :standards, gtin = :gtin,
				    ocop_group = :group, ocop_subgroup = :subgroup, ocop_score_a = :a, ocop_score_b = :b,
				    ocop_score_c = :c, ocop_total = :total, ocop_stars = :stars, ocop_authority = :authority,
				    ocop_decision_no = :decisionNo, ocop_decision_date = :decisionDate, ocop_expires_on = :expiresOn,
				    row_version = row_version + 1
				 where id = :id and row_version = :version""")
			.params(params(clean)).param("id", product.id()).param("version", product.rowVersion()).update();
		if (rows != 1) {
			throw new OptimisticLockingFailureException("product " + product.id() + " was changed by someone else");
		}
		Product after = get(product.id());
		audit.record("UPDATE", ENTITY_TYPE, after.id(), after.orgUnitId(), before.auditState(), after.auditState());
		indexIt(after);
		return after;
	}

	@Transactional
	void delete(long id, int rowVersion) {
		Product before = get(id);
		if (jdbc.sql("delete from product where id = :id and row_version = :version").param("id", id)
			.param("version", rowVersion).update() != 1) {
			throw new OptimisticLockingFailureException("product " + id + " was changed by someone else");
		}
		audit.record("DELETE", ENTITY_TYPE, id, before.orgUnitId(), before.auditState(), null);
		index.remove(RegistryKind.PRODUCT, id);
	}

	List<Product.Ip> ips(long productId) {
		return jdbc.sql("select id, ip_type, status, number, granted_on from product_ip where product_id = :id order by id")
			.param("id", productId)
			.query((rs, n) -> new Product.Ip(rs.getLong(1), Product.IpType.valueOf(rs.getString(2)),
					Product.IpStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getObject(5, LocalDate.class)))
			.list();
	}

	/** Adds an IP title (checked by {@link #validIp}); the index summary then lists its number. */
	@Transactional
	long addIp(long productId, Product.Ip ip) {
		Product p = get(productId);
		Product.Ip clean = validIp(ip);
		long id = jdbc.sql("insert into product_ip (product_id, ip_type, status, number, granted_on) values (:p, :t, :s, :n, :g) returning id")
			.param("p", productId).params(ipParams(clean)).query(Long.class).single();
		audit.record("UPDATE", ENTITY_TYPE, productId, p.orgUnitId(), null, ipState(id, clean));
		indexIt(p);
		return id;
	}

	/** Changes one IP title of the product; 404 when the product has no such title. */
	@Transactional
	void updateIp(long productId, Product.Ip ip) {
		Product p = get(productId);
		Product.Ip before = ip(productId, ip.id());
		Product.Ip clean = validIp(ip);
		jdbc.sql("update product_ip set ip_type = :t, status = :s, number = :n, granted_on = :g where id = :id and product_id = :p")
			.param("id", ip.id()).param("p", productId).params(ipParams(clean)).update();
		audit.record("UPDATE", ENTITY_TYPE, productId, p.orgUnitId(), ipState(before.id(), before), ipState(ip.id(), clean));
		indexIt(p);
	}

	@Transactional
	void removeIp(long productId, long ipId) {
		Product p = get(productId);
		Product.Ip before = ip(productId, ipId);
		jdbc.sql("delete from product_ip where id = :id and product_id = :p").param("id", ipId).param("p", productId).update();
		audit.record("UPDATE", ENTITY_TYPE, productId, p.orgUnitId(), ipState(ipId, before), null);
		indexIt(p);
	}

	private Product.Ip ip(long productId, Long ipId) {
		return ips(productId).stream().filter(i -> i.id().equals(ipId)).findFirst()
			.orElseThrow(() -> new NotFoundException("IP title " + ipId + " of product " + productId));
	}

	/**
	 * Kind and status required; a granted title needs its number (the one on the certificate); a grant date
	 * cannot lie in the future.
	 */
	static Product.Ip validIp(Product.Ip ip) {
		if (ip.type() == null) {
			throw new FieldInputException("ipType", "registry.product.error.ip.required");
		}
		if (ip.status() == null) {
			throw new FieldInputException("ipStatus", "registry.product.error.ip.required");
		}
		String number = trim(ip.number());
		if (ip.status() == Product.IpStatus.GRANTED && number == null) {
			throw new FieldInputException("ipNumber", "registry.product.error.ip.numberRequired");
		}
		if (ip.grantedOn() != null && ip.grantedOn().isAfter(LocalDate.now())) {
			throw new FieldInputException("ipGrantedOn", "registry.product.error.ip.grantedOnFuture");
		}
		return new Product.Ip(ip.id(), ip.type(), ip.status(), number, ip.grantedOn());
	}

	private static Map<String, Object> ipParams(Product.Ip ip) {
		Map<String, Object> m = new HashMap<>();
		m.put("t", ip.type().name());
		m.put("s", ip.status().name());
		m.put("n", ip.number());
		m.put("g", ip.grantedOn());
		return m;
	}

	private static Map<String, Object> ipState(long id, Product.Ip ip) {
		Map<String, Object> m = new java.util.LinkedHashMap<>();
		m.put("ipId", id);
		m.put("ipType", ip.type().name());
		m.put("ipStatus", ip.status().name());
		m.put("ipNumber", ip.number());
		m.put("ipGrantedOn", ip.grantedOn() == null ? null : ip.grantedOn().toString());
		return m;
	}

	/** The product trimmed and checked, with OCOP total and expiry computed; or the first broken rule. */
	static Product validate(Product p) {
		String name = trim(p.name());
		if (name == null) {
			throw new FieldInputException("name", "registry.error.name.blank");
		}
		if (p.producerKind() == null) {
			throw new FieldInputException("producerKind", "registry.product.error.producer.required");
		}
		Long enterpriseId = p.producerKind() == Product.ProducerKind.ENTERPRISE ? p.producerEnterpriseId() : null;
		String producerName = trim(p.producerName());
		if (enterpriseId == null && producerName == null) {
			throw new FieldInputException("producerName", "registry.product.error.producer.required");
		}
		String gtin = trim(p.gtin());
		if (gtin != null && !Gtin.isValid(gtin)) {
			throw new FieldInputException("gtin", "registry.product.error.gtin");
		}
		return new Product(p.id(), name, p.producerKind(), enterpriseId, producerName, p.field(), trim(p.productType()),
				p.orgUnitId(), p.ownerAgencyId(), p.visibility() == null ? Visibility.PUBLIC : p.visibility(),
				trim(p.standards()), gtin, validOcop(p.ocop()), p.rowVersion());
	}

	/** Scores within their parts, all three when any, stars matching the total's band, expiry computed. */
	static Product.Ocop validOcop(Product.Ocop o) {
		if (o == null || !o.present()) {
			return Product.Ocop.NONE;
		}
		if (o.scoreA() == null || o.scoreA() < 0 || o.scoreA() > 40) {
			throw new FieldInputException("ocopScoreA", "registry.product.error.ocop.score", "A", 40);
		}
		if (o.scoreB() == null || o.scoreB() < 0 || o.scoreB() > 25) {
			throw new FieldInputException("ocopScoreB", "registry.product.error.ocop.score", "B", 25);
		}
		if (o.scoreC() == null || o.scoreC() < 0 || o.scoreC() > 35) {
			throw new FieldInputException("ocopScoreC", "registry.product.error.ocop.score", "C", 35);
		}
		int total = o.scoreA() + o.scoreB() + o.scoreC();
		int band = OcopRating.starsFor(total);
		if (o.stars() == null || o.stars() != band) {
			throw new FieldInputException("ocopStars", "registry.product.error.ocop.stars", total, band);
		}
		if (o.decisionDate() == null) {
			throw new FieldInputException("ocopDecisionDate", "registry.product.error.ocop.decisionDate");
		}
		return new Product.Ocop(trim(o.group()), trim(o.subgroup()), o.scoreA(), o.scoreB(), o.scoreC(), total, band,
				trim(o.authority()), trim(o.decisionNo()), o.decisionDate(), OcopRating.expiry(o.decisionDate()));
	}

	private void indexIt(Product p) {
		List<String> parts = new ArrayList<>();
		if (p.producerName() != null) {
			parts.add(p.producerName());
		}
		if (p.producerEnterpriseId() != null) {
			jdbc.sql("select name || ' ' || tax_code from enterprise where id = :id").param("id", p.producerEnterpriseId())
				.query(String.class).optional().ifPresent(parts::add);
		}
		if (p.gtin() != null) {
			parts.add(p.gtin());
		}
		if (p.ocop().stars() != null) {
			parts.add("OCOP " + p.ocop().stars() + "★");
			if (p.ocop().decisionNo() != null) {
				parts.add(p.ocop().decisionNo());
			}
		}
		if (p.id() != null) {
			ips(p.id()).stream().map(Product.Ip::number).filter(n -> n != null).forEach(parts::add);
		}
		index.put(RegistryKind.PRODUCT, p.id(), p.orgUnitId(), p.field(), p.name(), String.join(" ", parts), p.visibility());
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static Map<String, Object> params(Product p) {
		Map<String, Object> m = new HashMap<>();
		m.put("name", p.name());
		m.put("producerKind", p.producerKind().name());
		m.put("producerEnterprise", p.producerEnterpriseId());
		m.put("producerName", p.producerName());
		m.put("field", p.field() == null ? null : p.field().name());
		m.put("productType", p.productType());
		m.put("unit", p.orgUnitId());
		m.put("agency", p.ownerAgencyId());
		m.put("visibility", p.visibility().name());
		m.put("standards", p.standards());
		m.put("gtin", p.gtin());
		Product.Ocop o = p.ocop();
		m.put("group", o.group());
		m.put("subgroup", o.subgroup());
		m.put("a", o.scoreA());
		m.put("b", o.scoreB());
		m.put("c", o.scoreC());
		m.put("total", o.total());
		m.put("stars", o.stars());
		m.put("authority", o.authority());
		m.put("decisionNo", o.decisionNo());
		m.put("decisionDate", o.decisionDate());
		m.put("expiresOn", o.expiresOn());
		return m;
	}

	private static Product map(ResultSet rs, int n) throws SQLException {
		String field = rs.getString("field");
		Product.Ocop ocop = new Product.Ocop(rs.getString("ocop_group"), rs.getString("ocop_subgroup"),
				(Integer) rs.getObject("ocop_score_a"), (Integer) rs.getObject("ocop_score_b"),
				(Integer) rs.getObject("ocop_score_c"), (Integer) rs.getObject("ocop_total"),
				(Integer) rs.getObject("ocop_stars"), rs.getString("ocop_authority"), rs.getString("ocop_decision_no"),
				rs.getObject("ocop_decision_date", LocalDate.class), rs.getObject("ocop_expires_on", LocalDate.class));
		return new Product(rs.getLong("id"), rs.getString("name"), Product.ProducerKind.valueOf(rs.getString("producer_kind")),
				(Long) rs.getObject("producer_enterprise_id"), rs.getString("producer_name"),
				field == null ? null : BiotechField.valueOf(field), rs.getString("product_type"), rs.getLong("org_unit_id"),
				(Long) rs.getObject("owner_agency_id"), Visibility.valueOf(rs.getString("visibility")),
				rs.getString("standards"), rs.getString("gtin"), ocop, rs.getInt("row_version"));
	}

}
