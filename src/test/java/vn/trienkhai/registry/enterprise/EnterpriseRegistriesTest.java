package vn.trienkhai.registry.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.shared.IndicatorSource;
import vn.trienkhai.registry.shared.RegistryTable;
import vn.trienkhai.registry.shared.FieldInputException;

/** The three services, the import tables and the indicator sources on the real database. */
@IntegrationTest
class EnterpriseRegistriesTest {

	@Autowired
	Enterprises enterprises;

	@Autowired
	Products products;

	@Autowired
	ApplicationModels models;

	@Autowired
	EnterpriseTable enterpriseTable;

	@Autowired
	ProductTable productTable;

	@Autowired
	ApplicationModelTable modelTable;

	@Autowired
	List<IndicatorSource> sources;

	@Autowired
	JdbcClient jdbc;

	long hungYen;

	long phuTho;

	long thaiNguyen;

	@BeforeEach
	void units() {
		hungYen = Fixtures.province(jdbc, "33");
		phuTho = Fixtures.province(jdbc, "25");
		thaiNguyen = Fixtures.province(jdbc, "19");
	}

	@Test
	void createUpdateAuditAndIndex() {
		Enterprise created = enterprises.create(Fixtures.enterprise(hungYen, null, Fixtures.taxCode(), Visibility.PUBLIC));
		assertThat(created.fields()).containsExactly(BiotechField.AGRICULTURE, BiotechField.FOOD);
		assertThat(jdbc.sql("select summary from registry_entry where kind = 'ENTERPRISE' and record_id = :id")
			.param("id", created.id()).query(String.class).single()).contains(created.taxCode());
		Enterprise renamed = new Enterprise(created.id(), created.taxCode(), "Tên mới " + Fixtures.tag(), created.address(),
				created.orgUnitId(), null, created.fields(), created.size(), created.foundingYear(), created.status(),
				created.visibility(), created.rowVersion());
		Enterprise after = enterprises.update(renamed);
		assertThat(after.rowVersion()).isEqualTo(1);
		assertThat(jdbc.sql("select title from registry_entry where kind = 'ENTERPRISE' and record_id = :id")
			.param("id", created.id()).query(String.class).single()).isEqualTo(renamed.name());
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'enterprise' and entity_id = :id")
			.param("id", String.valueOf(created.id())).query(Long.class).single()).isEqualTo(2);
		assertThatThrownBy(() -> enterprises.update(renamed)).isInstanceOf(OptimisticLockingFailureException.class);
		enterprises.delete(created.id(), after.rowVersion());
		assertThat(jdbc.sql("select count(*) from registry_entry where kind = 'ENTERPRISE' and record_id = :id")
			.param("id", created.id()).query(Long.class).single()).isZero();
	}

	@Test
	void duplicateAndInvalidTaxCodesSaveNothing() {
		String code = Fixtures.taxCode();
		Enterprise first = enterprises.create(Fixtures.enterprise(hungYen, null, code, Visibility.PUBLIC));
		assertThatThrownBy(() -> enterprises.create(Fixtures.enterprise(phuTho, null, code, Visibility.PUBLIC)))
			.isInstanceOfSatisfying(FieldInputException.class, e -> {
				assertThat(e.field()).isEqualTo("taxCode");
				assertThat(e.messageKey()).isEqualTo("registry.enterprise.error.taxCode.duplicate");
				assertThat(e.args()).containsExactly(first.name());
			});
		assertThatThrownBy(() -> enterprises.create(Fixtures.enterprise(hungYen, null, "0100109107", Visibility.PUBLIC)))
			.isInstanceOfSatisfying(FieldInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("registry.enterprise.error.taxCode.invalid"));
		assertThat(jdbc.sql("select count(*) from enterprise where tax_code = :c").param("c", code).query(Long.class).single())
			.isEqualTo(1);
		// the unique index backs the service check (a concurrent save), translated to the same field error
		assertThatThrownBy(() -> jdbc.sql("insert into enterprise (tax_code, name, org_unit_id, visibility) values (:c, 'x', :u, 'PUBLIC')")
			.param("c", code).param("u", hungYen).update()).isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
	}

	@Test
	void yearlyFiguresAndFoundingYear() {
		Enterprise e = enterprises.create(Fixtures.enterprise(thaiNguyen, null, Fixtures.taxCode(), Visibility.PUBLIC));
		assertThatThrownBy(() -> enterprises.putYear(e.id(), new Enterprise.Year(2024, new BigDecimal("10"), new BigDecimal("11"), 5)))
			.isInstanceOfSatisfying(FieldInputException.class,
					x -> assertThat(x.messageKey()).isEqualTo("registry.enterprise.error.year.biotechAboveRevenue"));
		enterprises.putYear(e.id(), new Enterprise.Year(2024, new BigDecimal("10"), new BigDecimal("4.5"), 5));
		assertThat(enterprises.years(e.id())).hasSize(1);
		Enterprise old = new Enterprise(null, Fixtures.taxCode(), "Cũ", null, thaiNguyen, null, List.of(), null, 1899,
				null, Visibility.PUBLIC, 0);
		assertThatThrownBy(() -> enterprises.create(old)).isInstanceOfSatisfying(FieldInputException.class,
				x -> assertThat(x.field()).isEqualTo("foundingYear"));
	}

	@Test
	void starMismatchNamesTheBandsStar() {
		// 30 + 20 + 25 = 75 → 4★
		assertThatThrownBy(() -> products.create(Fixtures.product(hungYen, null, Fixtures.ocop(30, 20, 25, 5, LocalDate.now()))))
			.isInstanceOfSatisfying(FieldInputException.class, e -> {
				assertThat(e.field()).isEqualTo("ocopStars");
				assertThat(e.args()).containsExactly(75, 4);
			});
		assertThatThrownBy(() -> products.create(Fixtures.product(hungYen, null, Fixtures.ocop(41, 20, 25, 5, LocalDate.now()))))
			.isInstanceOfSatisfying(FieldInputException.class, e -> assertThat(e.field()).isEqualTo("ocopScoreA"));
		Product bad = new Product(null, "X", Product.ProducerKind.HOUSEHOLD, null, "Hộ A", null, null, hungYen, null,
				Visibility.PUBLIC, null, "8934567890121", Product.Ocop.NONE, 0);
		assertThatThrownBy(() -> products.create(bad))
			.isInstanceOfSatisfying(FieldInputException.class, e -> assertThat(e.field()).isEqualTo("gtin"));
	}

	@Test
	void expiryIsComputedAndExpiredIsNotActive() {
		LocalDate decided = LocalDate.now().minusMonths(37);
		Product expired = products.create(Fixtures.product(phuTho, null, Fixtures.ocop(30, 20, 25, 4, decided)));
		assertThat(expired.ocop().total()).isEqualTo(75);
		assertThat(expired.ocop().expiresOn()).isEqualTo(decided.plusMonths(36));
		assertThat(expired.ocopActive()).isFalse();
		assertThat(expired.ocopExpired()).isTrue();
		long before = products.countActiveOcop(phuTho);
		Product valid = products.create(Fixtures.product(phuTho, null, Fixtures.ocop(30, 20, 25, 4, LocalDate.now().minusMonths(1))));
		assertThat(valid.ocopActive()).isTrue();
		assertThat(products.countActiveOcop(phuTho)).isEqualTo(before + 1);
		long ip = products.addIp(valid.id(), new Product.Ip(null, Product.IpType.TRADEMARK, Product.IpStatus.GRANTED,
				"VN-4-0" + Fixtures.tag(), LocalDate.now().minusMonths(2)));
		assertThat(ip).isPositive();
		assertThat(jdbc.sql("select summary from registry_entry where kind = 'PRODUCT' and record_id = :id")
			.param("id", valid.id()).query(String.class).single()).contains("VN-4-0").contains("OCOP 4★");
	}

	@Test
	void indicatorSources() {
		long unit = thaiNguyen;
		int year = LocalDate.now().getYear() - 1;
		BigDecimal enterprisesBefore = source("BIOTECH_ENTERPRISES").value(unit, year);
		BigDecimal revenueBefore = source("BIOTECH_REVENUE").value(unit, year);
		BigDecimal ocopBefore = source("OCOP_PRODUCTS_WITH_TRADEMARK").value(unit, LocalDate.now().getYear());
		Enterprise e = enterprises.create(Fixtures.enterprise(unit, null, Fixtures.taxCode(), Visibility.INTERNAL));
		enterprises.create(new Enterprise(null, Fixtures.taxCode(), "Giải thể", null, unit, null, List.of(), null, 2010,
				Enterprise.Status.DISSOLVED, Visibility.PUBLIC, 0));
		enterprises.putYear(e.id(), new Enterprise.Year(year, new BigDecimal("20"), new BigDecimal("7.25"), 10));
		Product rated = products.create(Fixtures.product(unit, null, Fixtures.ocop(30, 20, 25, 4, LocalDate.now().minusMonths(3))));
		Product unmarked = products.create(Fixtures.product(unit, null, Fixtures.ocop(30, 20, 25, 4, LocalDate.now().minusMonths(3))));
		products.addIp(unmarked.id(), new Product.Ip(null, Product.IpType.TRADEMARK, Product.IpStatus.FILED, null, null));
		Product expired = products.create(Fixtures.product(unit, null, Fixtures.ocop(30, 20, 25, 4, LocalDate.now().minusMonths(40))));
		for (Product p : List.of(rated, expired)) {
			products.addIp(p.id(), new Product.Ip(null, Product.IpType.COLLECTIVE_MARK, Product.IpStatus.GRANTED, "N" + Fixtures.tag(),
					LocalDate.now().minusYears(5)));
		}
		assertThat(source("BIOTECH_ENTERPRISES").value(unit, year)).isEqualByComparingTo(enterprisesBefore.add(BigDecimal.ONE));
		assertThat(source("BIOTECH_REVENUE").value(unit, year)).isEqualByComparingTo(revenueBefore.add(new BigDecimal("7.25")));
		assertThat(source("OCOP_PRODUCTS_WITH_TRADEMARK").value(unit, LocalDate.now().getYear()))
			.isEqualByComparingTo(ocopBefore.add(BigDecimal.ONE));
	}

	@Test
	void importChecks() {
		RegistryTable.ImportContext context = new RegistryTable.ImportContext(hungYen, null);
		String existing = enterprises.create(Fixtures.enterprise(hungYen, null, Fixtures.taxCode(), Visibility.PUBLIC)).taxCode();
		assertThat(problemKeys(enterpriseTable.check(Map.of("taxCode", "0100109107", "name", "A"), context)))
			.containsExactly("taxCode:registry.enterprise.error.taxCode.invalid");
		assertThat(problemKeys(enterpriseTable.check(Map.of("taxCode", existing, "name", "A"), context)))
			.containsExactly("taxCode:registry.enterprise.error.taxCode.duplicate");
		assertThat(problemKeys(enterpriseTable.check(Map.of("taxCode", Fixtures.taxCode(), "name", "A", "fields", "FOOD,BIOGAS",
				"unitCode", "25"), context)))
			.containsExactlyInAnyOrder("fields:registry.import.error.field", "unitCode:registry.import.error.unit");
		assertThat(problemKeys(productTable.check(Map.of("name", "P", "producerKind", "HOUSEHOLD", "producerName", "Hộ A",
				"gtin", "8934567890121"), context)))
			.containsExactly("gtin:registry.product.error.gtin");
		assertThat(problemKeys(productTable.check(Map.of("name", "P", "producerKind", "HOUSEHOLD", "producerName", "Hộ A",
				"ocopScoreA", "30", "ocopScoreB", "20", "ocopScoreC", "25", "ocopStars", "3", "ocopDecisionDate", "2025-01-01"), context)))
			.containsExactly("ocopStars:registry.product.error.ocop.stars");
		String code = Fixtures.taxCode();
		RegistryTable.Row ok = enterpriseTable.check(Map.of("taxCode", code, "name", "Nhập " + code, "unitCode", "33"), context);
		assertThat(ok.ok()).isTrue();
		new org.springframework.transaction.support.TransactionTemplate(txManager).executeWithoutResult(s -> ok.save().run());
		assertThat(enterprises.findByTaxCode(code)).isPresent();
		assertThat(jdbc.sql("select count(*) from registry_entry r join enterprise e on e.id = r.record_id and r.kind = 'ENTERPRISE' where e.tax_code = :c")
			.param("c", code).query(Long.class).single()).isEqualTo(1);
		assertThat(enterpriseTable.export(context)).anyMatch(r -> code.equals(r.get("taxCode")));
		RegistryTable.Row model = modelTable.check(Map.of("name", "Mô hình", "field", "AGRICULTURE", "year", "1800"), context);
		assertThat(problemKeys(model)).containsExactly("year:registry.model.error.year");
	}

	@Autowired
	org.springframework.transaction.PlatformTransactionManager txManager;

	private IndicatorSource source(String code) {
		return sources.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
	}

	private static List<String> problemKeys(RegistryTable.Row row) {
		return row.problems().stream().map(p -> p.column() + ":" + p.messageKey()).toList();
	}

}
