package vn.trienkhai.registry.enterprise;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.Visibility;

/** Test data of this package's registries in Hưng Yên (33), Phú Thọ (25), Thái Nguyên (19) only. */
final class Fixtures {

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 100_000_000L);

	private Fixtures() {
	}

	static long province(JdbcClient jdbc, String code) {
		return jdbc.sql("select id from org_unit where code = :code and version = '2025'").param("code", code)
			.query(Long.class).single();
	}

	/** A fresh valid tax code, unique in this JVM run and very likely across runs. */
	static String taxCode() {
		while (true) {
			String nine = String.format("%09d", 100_000_000L + SEQUENCE.incrementAndGet() * 7 % 900_000_000L);
			String code = TaxCodeTest.withCheckDigit(nine.substring(0, 9));
			if (code != null) {
				return code;
			}
		}
	}

	static String tag() {
		return Long.toString(SEQUENCE.incrementAndGet());
	}

	static Enterprise enterprise(long unit, Long agency, String taxCode, Visibility visibility) {
		return new Enterprise(null, taxCode, "Công ty CNSH " + tag(), "Hưng Yên", unit, agency,
				List.of(BiotechField.AGRICULTURE, BiotechField.FOOD), Enterprise.Size.SMALL, 2015, Enterprise.Status.ACTIVE,
				visibility, 0);
	}

	static Product.Ocop ocop(int a, int b, int c, int stars, LocalDate decided) {
		return new Product.Ocop("Thực phẩm", "Thực phẩm chế biến", a, b, c, null, stars, "UBND tỉnh", "12/QĐ-UBND",
				decided, null);
	}

	static Product product(long unit, Long agency, Product.Ocop ocop) {
		return new Product(null, "Mật ong " + tag(), Product.ProducerKind.COOPERATIVE, null, "HTX Ong mật", BiotechField.FOOD,
				"Mật ong", unit, agency, Visibility.PUBLIC, "TCVN", "8934567890120", ocop, 0);
	}

}
