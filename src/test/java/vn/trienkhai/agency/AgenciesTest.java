package vn.trienkhai.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.platform.InvalidInputException;

/** The service on the real database: matching, uniqueness under concurrency, locking, audit. */
@IntegrationTest
class AgenciesTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final AtomicInteger COMMUNES = new AtomicInteger();

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	long province;

	long otherProvince;

	@BeforeEach
	void units() {
		province = unitId("08");
		otherProvince = unitId("04");
	}

	long unitId(String code) {
		return jdbc.sql("select id from org_unit where code = :code and version = '2025'")
			.param("code", code)
			.query(Long.class)
			.single();
	}

	/** A commune of province 08 no other test of this class uses: for tests that list a unit's agencies. */
	long freshCommune() {
		return jdbc.sql("""
				select u.id from org_unit u join org_unit p on p.id = u.parent_id
				 where p.code = '08' and p.version = '2025' order by u.code desc offset :n limit 1
				""").param("n", COMMUNES.getAndIncrement()).query(Long.class).single();
	}

	/** Tests share one database: a tag that makes names unique ("số 17 ..."), kept by matchKey. */
	static String tag() {
		return " số " + SEQUENCE.incrementAndGet() + "" + (System.nanoTime() % 100_000);
	}

	int rowsWithKey(long unit, String name) {
		return jdbc.sql("select count(*) from agency where org_unit_id = :unit and match_key = :key")
			.param("unit", unit)
			.param("key", AgencyNames.matchKey(name))
			.query(Integer.class)
			.single();
	}

	@Test
	void createsCleansAndClassifiesAndFindsInAnySpelling() {
		String t = tag();
		Agency created = agencies.create(province, null, "  Sở  Khoa học và Công nghệ" + t + " ");
		assertThat(created.name()).isEqualTo("Sở Khoa học và Công nghệ" + t);
		assertThat(created.type()).isEqualTo(AgencyType.DEPARTMENT);
		assertThat(created.active()).isTrue();
		assertThat(created.rowVersion()).isZero();
		assertThat(created.orgUnitId()).isEqualTo(province);
		assertThat(agencies.findById(created.id())).contains(created);
		assertThat(agencies.findByName(province, "Sở KH&CN" + t)).contains(created);
		assertThat(agencies.findByName(province, "SỞ KHOA HỌC & CÔNG NGHỆ" + t)).contains(created);
		assertThat(agencies.findByName(otherProvince, "Sở KH&CN" + t)).isEmpty();
		assertThat(agencies.findByName(province, "Sở Y tế" + t)).isEmpty();
		assertThat(jdbc.sql("select match_key from agency where id = :id").param("id", created.id())
			.query(String.class).single()).isEqualTo(AgencyNames.matchKey("Sở KH&CN" + t));
	}

	@Test
	void anExplicitTypeWins() {
		Agency created = agencies.create(province, AgencyType.OTHER, "Sở Y tế" + tag());
		assertThat(created.type()).isEqualTo(AgencyType.OTHER);
	}

	@Test
	void aDuplicateInAnotherSpellingIsRejectedNamingTheExistingAgency() {
		String t = tag();
		agencies.create(province, null, "Sở Khoa học và Công nghệ" + t);
		assertThatThrownBy(() -> agencies.create(province, null, "Sở KH&CN" + t))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("agency.error.duplicate");
				assertThat(e.args()).containsExactly("Sở Khoa học và Công nghệ" + t);
			});
		assertThatThrownBy(() -> agencies.create(province, null, "Sở Khoa học & Công nghệ" + t))
			.isInstanceOf(InvalidInputException.class);
		assertThat(rowsWithKey(province, "Sở KH&CN" + t)).isEqualTo(1);
	}

	@Test
	void theSameNameIsAllowedInAnotherUnit() {
		String name = "Sở Tài nguyên và Môi trường" + tag();
		Agency a = agencies.create(province, null, name);
		Agency b = agencies.create(otherProvince, null, "Sở TN&MT" + name.substring("Sở Tài nguyên và Môi trường".length()));
		assertThat(b.id()).isNotEqualTo(a.id());
		assertThat(b.orgUnitId()).isEqualTo(otherProvince);
	}

	@Test
	void invalidNamesAndUnitsAreRejected() {
		assertThatThrownBy(() -> agencies.create(province, null, "   "))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("agency.error.name.required"));
		assertThatThrownBy(() -> agencies.create(province, null, "S"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("agency.error.name.length"));
		assertThatThrownBy(() -> agencies.create(province, null, "Sở " + "x".repeat(300)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("agency.error.name.length"));
		assertThatThrownBy(() -> agencies.create(province, null, "- – ."))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("agency.error.name.invalid"));
		assertThatThrownBy(() -> agencies.create(-1, null, "Sở Y tế" + tag()))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("agency.error.unit.notFound"));
	}

	@Test
	void findOrCreateIsIdempotentAcrossSpellings() {
		String t = tag();
		Agency first = agencies.findOrCreate(province, "UBND tỉnh" + t);
		assertThat(first.type()).isEqualTo(AgencyType.PEOPLES_COMMITTEE);
		assertThat(first.name()).isEqualTo("UBND tỉnh" + t);
		Agency second = agencies.findOrCreate(province, "Ủy ban nhân dân tỉnh" + t);
		Agency third = agencies.findOrCreate(province, "UỶ BAN NHÂN DÂN TỈNH" + t);
		assertThat(second).isEqualTo(first);
		assertThat(third).isEqualTo(first);
		assertThat(rowsWithKey(province, "UBND tỉnh" + t)).isEqualTo(1);
	}

	@Test
	void concurrentFindOrCreateOfOneNameGivesOneAgency() throws Exception {
		int threads = 4;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			for (int round = 0; round < 15; round++) {
				String t = tag();
				List<String> spellings = List.of("Sở NN&PTNT" + t, "Sở Nông nghiệp và Phát triển nông thôn" + t,
						"SỞ NÔNG NGHIỆP VÀ PTNT" + t, "Sở NNPTNT" + t);
				CyclicBarrier start = new CyclicBarrier(threads);
				List<Future<Agency>> results = new ArrayList<>();
				for (int i = 0; i < threads; i++) {
					String name = spellings.get(i);
					results.add(pool.submit(() -> {
						start.await(10, TimeUnit.SECONDS);
						return agencies.findOrCreate(province, name);
					}));
				}
				Set<Long> ids = new java.util.HashSet<>();
				for (Future<Agency> result : results) {
					ids.add(result.get(30, TimeUnit.SECONDS).id());
				}
				assertThat(ids).as("round " + round).hasSize(1);
				assertThat(rowsWithKey(province, spellings.get(0))).isEqualTo(1);
				assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'agency' and action = 'CREATE'"
						+ " and entity_id = :id").param("id", ids.iterator().next().toString()).query(Integer.class).single())
					.as("one creation audited").isEqualTo(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aStaleUpdateFailsWithAnOptimisticLockingFailure() {
		String t = tag();
		Agency created = agencies.create(province, null, "Phòng Kinh tế" + t);
		Agency renamed = agencies.update(created.id(), null, "Phòng Kinh tế - Hạ tầng" + t, created.rowVersion());
		assertThat(renamed.rowVersion()).isEqualTo(created.rowVersion() + 1);
		assertThat(renamed.name()).isEqualTo("Phòng Kinh tế - Hạ tầng" + t);
		assertThat(renamed.type()).isEqualTo(AgencyType.OFFICE);
		assertThatThrownBy(() -> agencies.update(created.id(), AgencyType.OTHER, "Phòng Kinh tế" + t, created.rowVersion()))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(agencies.get(created.id())).isEqualTo(renamed);
		// the old name is free again
		assertThat(agencies.findByName(province, "Phòng Kinh tế" + t)).isEmpty();
	}

	@Test
	void anUpdateChangingNothingWritesNothing() {
		Agency created = agencies.create(province, null, "Trung tâm Y tế" + tag());
		Agency same = agencies.update(created.id(), AgencyType.CENTRE, " " + created.name() + " ", created.rowVersion());
		assertThat(same).isEqualTo(created);
	}

	@Test
	void renamingOntoAnotherAgencysNameIsADuplicate() {
		String t = tag();
		agencies.create(province, null, "Sở Y tế" + t);
		Agency other = agencies.create(province, null, "Sở Tài chính" + t);
		assertThatThrownBy(() -> agencies.rename(other.id(), "SỞ Y TẾ" + t, other.rowVersion()))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("agency.error.duplicate");
				assertThat(e.args()).containsExactly("Sở Y tế" + t);
			});
		// a new spelling of its own name is fine
		Agency respelled = agencies.rename(other.id(), "SỞ TÀI CHÍNH" + t, other.rowVersion());
		assertThat(respelled.name()).isEqualTo("SỞ TÀI CHÍNH" + t);
	}

	@Test
	void deactivatedAgenciesLeaveTheListAndComeBack() {
		long commune = freshCommune();
		Agency a = agencies.create(commune, null, "Ủy ban nhân dân xã");
		Agency b = agencies.create(commune, null, "Đảng ủy xã");
		Agency c = agencies.create(commune, null, "Hội đồng nhân dân xã");
		Agency d = agencies.create(commune, null, "Văn phòng HĐND và UBND xã");
		Agency e = agencies.create(commune, null, "Ban Xây dựng Đảng");
		Agency f = agencies.create(commune, null, "Trung tâm Phục vụ hành chính công xã");
		Agency g = agencies.create(commune, null, "Phòng Kinh tế");
		assertThat(agencies.ofOrgUnit(commune)).containsExactly(b, e, c, a, g, d, f);

		Agency off = agencies.deactivate(g.id());
		assertThat(off.active()).isFalse();
		assertThat(agencies.deactivate(g.id())).isEqualTo(off);
		assertThat(agencies.ofOrgUnit(commune)).containsExactly(b, e, c, a, d, f);
		assertThat(agencies.ofOrgUnit(commune, true)).containsExactly(b, e, c, a, off, d, f);
		// still the same body: neither created again nor duplicated
		assertThat(agencies.findOrCreate(commune, "Phòng Kinh tế")).isEqualTo(off);
		assertThatThrownBy(() -> agencies.create(commune, null, "Phòng Kinh tế"))
			.isInstanceOf(InvalidInputException.class);

		Agency on = agencies.reactivate(g.id());
		assertThat(on.active()).isTrue();
		assertThat(on.rowVersion()).isEqualTo(off.rowVersion() + 1);
		assertThat(agencies.ofOrgUnit(commune)).extracting(Agency::id)
			.containsExactly(b.id(), e.id(), c.id(), a.id(), g.id(), d.id(), f.id());
	}

	@Test
	void searchIgnoresDiacritics() {
		long commune = freshCommune();
		Agency science = agencies.create(commune, null, "Sở Khoa học và Công nghệ");
		agencies.create(commune, null, "Sở Y tế");
		assertThat(agencies.search(commune, "so khoa", false)).containsExactly(science);
		assertThat(agencies.search(commune, "  ", false)).hasSize(2);
	}

	@Test
	void everyWriteIsAudited() {
		String t = tag();
		Agency created = agencies.create(province, null, "Sở Công Thương" + t);
		Agency updated = agencies.update(created.id(), AgencyType.DEPARTMENT, "Sở Công thương" + t, 0);
		agencies.deactivate(created.id());
		agencies.reactivate(created.id());
		List<String> actions = jdbc.sql("""
				select action from audit_event
				 where entity_type = 'agency' and entity_id = :id and org_unit_id = :unit order by id
				""").param("id", String.valueOf(created.id())).param("unit", province).query(String.class).list();
		assertThat(actions).containsExactly("CREATE", "UPDATE", "DEACTIVATE", "REACTIVATE");
		String after = jdbc.sql("""
				select after ->> 'name' from audit_event
				 where entity_type = 'agency' and entity_id = :id and action = 'UPDATE'
				""").param("id", String.valueOf(created.id())).query(String.class).single();
		assertThat(after).isEqualTo(updated.name());
		String before = jdbc.sql("""
				select before ->> 'name' from audit_event
				 where entity_type = 'agency' and entity_id = :id and action = 'UPDATE'
				""").param("id", String.valueOf(created.id())).query(String.class).single();
		assertThat(before).isEqualTo(created.name());
		Set<String> actors = jdbc.sql("select actor from audit_event where entity_type = 'agency' and entity_id = :id")
			.param("id", String.valueOf(created.id())).query(String.class).list().stream().collect(Collectors.toSet());
		assertThat(actors).containsExactly("system");
	}

	@Test
	void aFailedCreationLeavesNoAuditEntry() {
		String t = tag();
		Agency first = agencies.create(province, null, "Báo Tuyên Quang" + t);
		assertThatThrownBy(() -> agencies.create(province, null, "BÁO TUYÊN QUANG" + t))
			.isInstanceOf(InvalidInputException.class);
		assertThat(first.type()).isEqualTo(AgencyType.PRESS);
		int after = jdbc.sql("select count(*) from audit_event where entity_type = 'agency' and entity_id = :id")
			.param("id", String.valueOf(first.id())).query(Integer.class).single();
		assertThat(after).isEqualTo(1);
	}

}
