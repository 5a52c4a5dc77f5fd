package vn.trienkhai.registry.equipment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestUsers;
import vn.trienkhai.agency.Agencies;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.OutOfScopeException;
import vn.trienkhai.platform.Role;
import vn.trienkhai.registry.Visibility;

/** Bookings on the real database: slots, overlap (service and constraint), decisions and who makes them. */
@IntegrationTest
class BookingsTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	/** A Monday in 2027 (Việt Nam time). */
	static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

	@Autowired
	EquipmentRegistry registry;

	@Autowired
	Bookings bookings;

	@Autowired
	EquipmentBookingsIndicator indicator;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	long canTho;

	long dakLak;

	@BeforeEach
	void signIn() {
		canTho = unit("92");
		dakLak = unit("66");
		as(Role.COORDINATOR, canTho, null);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	long unit(String code) {
		return jdbc.sql("select id from org_unit where code = :code and version = '2025'").param("code", code)
			.query(Long.class).single();
	}

	static void as(Role role, long unit, Long agency) {
		SecurityContextHolder.getContext().setAuthentication(TestUsers.authenticationFor(role, unit, agency));
	}

	static String tag() {
		return SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
	}

	Equipment device(Long owner, EquipmentStatus status) {
		return registry.create(new EquipmentInput(canTho, owner, Visibility.PUBLIC, "PTN Sinh học phân tử " + tag(),
				"Máy PCR định lượng", "QuantStudio 5", "Thermo Fisher", "96 giếng", status,
				EnumSet.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY,
						java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.FRIDAY),
				LocalTime.of(8, 0), LocalTime.of(17, 0)));
	}

	static OffsetDateTime at(LocalDate day, int hour, int minute) {
		return day.atTime(hour, minute).atZone(Bookings.ZONE).toOffsetDateTime();
	}

	Booking request(Equipment e, int fromHour, int toHour) {
		return bookings.request(e.id(), "Nguyễn Văn An", "Viện Lúa", "Giải trình tự mẫu lúa", at(MONDAY, fromHour, 0),
				at(MONDAY, toHour, 0));
	}

	@Test
	void overlappingApprovedBookingIsRefusedNamingTheOther() {
		Equipment e = device(null, EquipmentStatus.AVAILABLE);
		Booking first = request(e, 9, 11);
		Booking second = request(e, 10, 12);
		Booking approved = bookings.approve(first.id(), first.rowVersion());
		assertThat(approved.status()).isEqualTo(BookingStatus.APPROVED);
		assertThatThrownBy(() -> bookings.approve(second.id(), second.rowVersion()))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("equipment.error.booking.overlap");
				assertThat(ex.args()[0]).isEqualTo(first.id());
				assertThat(ex.args()[1]).isEqualTo("01/03/2027 09:00");
			});
		assertThatThrownBy(() -> request(e, 10, 12)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("equipment.error.booking.overlap"));
		// touching ends do not overlap
		Booking after = request(e, 11, 12);
		assertThat(bookings.approve(after.id(), after.rowVersion()).status()).isEqualTo(BookingStatus.APPROVED);
		assertThat(bookings.week(e.id(), MONDAY)).hasSize(3);
		assertThat(bookings.week(e.id(), MONDAY.plusDays(7))).isEmpty();
	}

	@Test
	void theDatabaseRefusesOverlapWhateverWrites() {
		Equipment e = device(null, EquipmentStatus.AVAILABLE);
		String insert = """
				insert into equipment_booking (equipment_id, requester_name, purpose, starts_at, ends_at, status)
				values (:e, 'A', 'B', :s, :t, :status)
				""";
		jdbc.sql(insert).param("e", e.id()).param("s", at(MONDAY, 9, 0)).param("t", at(MONDAY, 11, 0))
			.param("status", "APPROVED").update();
		// a request may overlap; only approved ones exclude each other
		jdbc.sql(insert).param("e", e.id()).param("s", at(MONDAY, 10, 0)).param("t", at(MONDAY, 12, 0))
			.param("status", "REQUESTED").update();
		assertThatThrownBy(() -> jdbc.sql(insert).param("e", e.id()).param("s", at(MONDAY, 10, 0))
			.param("t", at(MONDAY, 12, 0)).param("status", "APPROVED").update())
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("equipment_booking_no_overlap");
	}

	@Test
	void slotsOutsideOpeningHoursBlockedOrBackwardsAreRefused() {
		Equipment e = device(null, EquipmentStatus.AVAILABLE);
		assertThatThrownBy(() -> request(e, 7, 9)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("equipment.error.booking.hours"));
		assertThatThrownBy(() -> request(e, 16, 18)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("equipment.error.booking.hours"));
		assertThatThrownBy(() -> bookings.request(e.id(), "A", null, "B", at(MONDAY.plusDays(5), 9, 0),
				at(MONDAY.plusDays(5), 10, 0))).as("Saturday").isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.messageKey()).isEqualTo("equipment.error.booking.hours"));
		assertThatThrownBy(() -> request(e, 11, 10)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("equipment.error.booking.order"));
		assertThatThrownBy(() -> request(e, 10, 10)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("equipment.error.booking.order"));
		registry.block(e.id(), at(MONDAY, 13, 0), at(MONDAY, 15, 0), "Hiệu chuẩn");
		assertThatThrownBy(() -> request(e, 14, 16)).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
			assertThat(ex.messageKey()).isEqualTo("equipment.error.booking.blocked");
			assertThat(ex.args()).contains("Hiệu chuẩn");
		});
		assertThat(request(e, 8, 13).status()).isEqualTo(BookingStatus.REQUESTED);
		Equipment maintained = device(null, EquipmentStatus.MAINTENANCE);
		assertThatThrownBy(() -> request(maintained, 9, 10)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("equipment.error.booking.notAvailable"));
	}

	@Test
	void managersOfTheUnitOrTheOwnerAgencyDecide() {
		long owner = agencies.create(canTho, null, "Sở Khoa học và Công nghệ " + tag()).id();
		long otherAgency = agencies.create(canTho, null, "Sở Nông nghiệp và Môi trường " + tag()).id();
		Equipment e = device(owner, EquipmentStatus.AVAILABLE);
		as(Role.REPORTER, canTho, otherAgency);
		Booking b = request(e, 9, 10);
		assertThat(b.requestedBy()).isEqualTo("test-reporter");
		assertThatThrownBy(() -> bookings.approve(b.id(), b.rowVersion())).isInstanceOf(OutOfScopeException.class);
		as(Role.COORDINATOR, dakLak, null);
		assertThatThrownBy(() -> bookings.approve(b.id(), b.rowVersion())).isInstanceOf(OutOfScopeException.class);
		as(Role.OVERSEER, canTho, null);
		assertThatThrownBy(() -> request(e, 11, 12)).isInstanceOf(OutOfScopeException.class);
		as(Role.REPORTER, canTho, owner);
		assertThatThrownBy(() -> bookings.reject(b.id(), b.rowVersion(), " "))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("equipment.error.booking.reason"));
		Booking approved = bookings.approve(b.id(), b.rowVersion());
		assertThat(approved.decidedBy()).isEqualTo("test-reporter");
		assertThatThrownBy(() -> bookings.approve(b.id(), approved.rowVersion()))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("equipment.error.booking.status"));
		Usage usage = bookings.recordUsage(b.id(), at(MONDAY, 9, 5), at(MONDAY, 9, 55), "12 mẫu lá", null);
		assertThat(usage.samples()).isEqualTo("12 mẫu lá");
		as(Role.COORDINATOR, canTho, null);
		Booking other = request(e, 13, 14);
		Booking rejected = bookings.reject(other.id(), other.rowVersion(), "Trùng lịch bảo trì");
		assertThat(rejected.status()).isEqualTo(BookingStatus.REJECTED);
		assertThatThrownBy(() -> bookings.recordUsage(other.id(), at(MONDAY, 13, 0), at(MONDAY, 14, 0), null, null))
			.isInstanceOf(InvalidInputException.class);
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'equipment_booking' and entity_id = :id")
			.param("id", String.valueOf(b.id())).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void approvedBookingsCountInTheYearTheyStart() {
		long before = indicator.value(canTho, 2027).longValue();
		Equipment e = device(null, EquipmentStatus.AVAILABLE);
		Booking b = request(e, 9, 10);
		request(e, 10, 11);
		bookings.approve(b.id(), b.rowVersion());
		assertThat(indicator.value(canTho, 2027).longValue() - before).isEqualTo(1);
		assertThat(indicator.value(dakLak, 2027).longValue()).isZero();
	}

	@Test
	void equipmentIsIndexedAndAudited() {
		Equipment e = device(null, EquipmentStatus.AVAILABLE);
		assertThat(jdbc.sql("select title from registry_entry where kind = 'EQUIPMENT' and record_id = :id")
			.param("id", e.id()).query(String.class).single()).startsWith("Máy PCR định lượng — PTN");
		Equipment changed = registry.update(e.id(), e.rowVersion(), new EquipmentInput(canTho, null,
				Visibility.INTERNAL, e.labName(), "Máy ly tâm", null, null, null, EquipmentStatus.MAINTENANCE,
				e.openDays(), e.opensAt(), e.closesAt()));
		assertThat(changed.rowVersion()).isEqualTo(1);
		assertThatThrownBy(() -> registry.update(e.id(), e.rowVersion(), new EquipmentInput(canTho, null,
				Visibility.INTERNAL, e.labName(), "Máy ly tâm", null, null, null, EquipmentStatus.MAINTENANCE,
				e.openDays(), e.opensAt(), e.closesAt())))
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
		as(Role.REPORTER, dakLak, null);
		assertThatThrownBy(() -> registry.get(e.id())).isInstanceOf(OutOfScopeException.class);
	}

}
