package vn.trienkhai.registry.equipment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.NotFoundException;
import vn.trienkhai.platform.OutOfScopeException;
import vn.trienkhai.platform.UserScope;
import vn.trienkhai.registry.shared.RegistryAccess;

/**
 * Bookings of shared equipment. Anyone who enters records requests a slot within the opening hours, outside
 * blocked periods, of an available device; a manager of the device's unit or its owner agency approves or
 * rejects. Two approved bookings of one device never overlap: checked here for a message that names the
 * other booking, and by the exclusion constraint {@code equipment_booking_no_overlap} against races.
 */
@Service
public class Bookings {

	static final String ENTITY_TYPE = "equipment_booking";

	/** Opening hours are local time of Việt Nam. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final String COLUMNS = "b.id, b.equipment_id, b.requester_name, b.requester_agency, b.purpose, "
			+ "b.starts_at, b.ends_at, b.status, b.requested_by, b.decided_by, b.reason, b.row_version";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final EquipmentRegistry equipment;

	private final RegistryAccess access;

	Bookings(JdbcClient jdbc, AuditLog audit, EquipmentRegistry equipment, RegistryAccess access) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.equipment = equipment;
		this.access = access;
	}

	/** The booking if the user may read its device. */
	public Booking get(long id) {
		Booking b = jdbc.sql("select " + COLUMNS + " from equipment_booking b where b.id = :id")
			.param("id", id)
			.query(Bookings::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("booking " + id));
		equipment.get(b.equipmentId());
		return b;
	}

	/** Whether the user decides the device's bookings: a manager who may change it, or its owner agency. */
	public boolean canDecide(Equipment e) {
		UserScope user = CurrentUser.get();
		boolean owner = user.agencyId() != null && user.agencyId().equals(e.ownerAgencyId())
				&& access.canRead(e.orgUnitId(), e.visibility());
		return owner || (access.isManager() && access.canWrite(e.orgUnitId(), e.ownerAgencyId()));
	}

	/** The bookings of the device that overlap the seven days from the given Monday (any status). */
	public List<Booking> week(long equipmentId, LocalDate monday) {
		equipment.get(equipmentId);
		OffsetDateTime from = monday.atStartOfDay(ZONE).toOffsetDateTime();
		OffsetDateTime to = monday.plusDays(7).atStartOfDay(ZONE).toOffsetDateTime();
		return jdbc.sql("select " + COLUMNS + """
				 from equipment_booking b
				where b.equipment_id = :e and b.starts_at < :to and b.ends_at > :from order by b.starts_at, b.id
				""").param("e", equipmentId).param("from", from).param("to", to).query(Bookings::map).list();
	}

	/**
	 * Requests a slot.
	 *
	 * @throws InvalidInputException {@code equipment.error.booking.*} when the end is not after the start,
	 * the device is not available, the slot is outside the opening hours or in a blocked period, or overlaps
	 * an approved booking (arguments name it)
	 */
	@Transactional
	public Booking request(long equipmentId, String requesterName, String requesterAgency, String purpose,
			OffsetDateTime startsAt, OffsetDateTime endsAt) {
		access.requireCreator();
		Equipment e = equipment.get(equipmentId);
		if (EquipmentRegistry.blank(requesterName) == null) {
			throw new InvalidInputException("equipment.error.booking.requester");
		}
		if (EquipmentRegistry.blank(purpose) == null) {
			throw new InvalidInputException("equipment.error.booking.purpose");
		}
		checkSlot(e, startsAt, endsAt);
		requireNoOverlap(equipmentId, startsAt, endsAt, null);
		long id = jdbc.sql("""
				insert into equipment_booking (equipment_id, requester_name, requester_agency, purpose, starts_at,
				    ends_at, requested_by)
				values (:e, :name, :agency, :purpose, :starts, :ends, :by) returning id
				""")
			.param("e", equipmentId)
			.param("name", requesterName.trim())
			.param("agency", EquipmentRegistry.blank(requesterAgency))
			.param("purpose", purpose.trim())
			.param("starts", startsAt)
			.param("ends", endsAt)
			.param("by", CurrentUser.actorName())
			.query(Long.class)
			.single();
		Booking created = find(id);
		audit.record("CREATE", ENTITY_TYPE, id, e.orgUnitId(), null, created.auditState());
		return created;
	}

	/** Approves a requested booking; refused when an approved one overlaps it meanwhile. */
	@Transactional
	public Booking approve(long id, int rowVersion) {
		Booking before = get(id);
		Equipment e = decidable(before);
		requireStatus(before, BookingStatus.REQUESTED);
		if (e.status() != EquipmentStatus.AVAILABLE) {
			throw new InvalidInputException("equipment.error.booking.notAvailable", e.deviceName());
		}
		requireNoOverlap(e.id(), before.startsAt(), before.endsAt(), id);
		try {
			return decide(before, e, BookingStatus.APPROVED, null, rowVersion);
		}
		catch (DataIntegrityViolationException ex) {
			// a concurrent approval won the race: the constraint saw what the check could not (the transaction
			// is aborted now, so no further query names the other booking)
			throw new InvalidInputException("equipment.error.booking.overlapConcurrent");
		}
	}

	@Transactional
	public Booking reject(long id, int rowVersion, String reason) {
		Booking before = get(id);
		Equipment e = decidable(before);
		requireStatus(before, BookingStatus.REQUESTED);
		if (EquipmentRegistry.blank(reason) == null) {
			throw new InvalidInputException("equipment.error.booking.reason");
		}
		return decide(before, e, BookingStatus.REJECTED, reason.trim(), rowVersion);
	}

	/** Withdrawn by its requester or a decider, before or after approval. */
	@Transactional
	public Booking cancel(long id, int rowVersion) {
		Booking before = get(id);
		Equipment e = equipment.find(before.equipmentId());
		if (!CurrentUser.actorName().equals(before.requestedBy()) && !canDecide(e)) {
			throw new OutOfScopeException("booking " + id);
		}
		if (before.status() != BookingStatus.REQUESTED && before.status() != BookingStatus.APPROVED) {
			throw new InvalidInputException("equipment.error.booking.status", before.status().name());
		}
		return decide(before, e, BookingStatus.CANCELLED, before.reason(), rowVersion);
	}

	/** Logs what was done in an approved booking. */
	@Transactional
	public Usage recordUsage(long bookingId, OffsetDateTime actualStart, OffsetDateTime actualEnd, String samples,
			String notes) {
		Booking booking = get(bookingId);
		Equipment e = equipment.find(booking.equipmentId());
		if (!CurrentUser.actorName().equals(booking.requestedBy()) && !canDecide(e)) {
			throw new OutOfScopeException("booking " + bookingId);
		}
		requireStatus(booking, BookingStatus.APPROVED);
		if (actualStart == null || actualEnd == null || !actualEnd.isAfter(actualStart)) {
			throw new InvalidInputException("equipment.error.booking.order");
		}
		long id = jdbc.sql("""
				insert into equipment_usage (booking_id, actual_start, actual_end, samples, notes, recorded_by)
				values (:b, :s, :e, :samples, :notes, :by) returning id
				""").param("b", bookingId).param("s", actualStart).param("e", actualEnd)
			.param("samples", EquipmentRegistry.blank(samples)).param("notes", EquipmentRegistry.blank(notes))
			.param("by", CurrentUser.actorName()).query(Long.class).single();
		audit.record("USAGE", ENTITY_TYPE, bookingId, e.orgUnitId(), null,
				Map.of("usage", id, "actualStart", actualStart.toString(), "actualEnd", actualEnd.toString()));
		return usages(bookingId).stream().filter(u -> u.id() == id).findFirst().orElseThrow();
	}

	public List<Usage> usages(long bookingId) {
		return jdbc.sql("""
				select id, booking_id, actual_start, actual_end, samples, notes, recorded_by
				  from equipment_usage where booking_id = :b order by actual_start
				""").param("b", bookingId)
			.query((rs, n) -> new Usage(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class),
					rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}

	private void checkSlot(Equipment e, OffsetDateTime startsAt, OffsetDateTime endsAt) {
		if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
			throw new InvalidInputException("equipment.error.booking.order");
		}
		if (e.status() != EquipmentStatus.AVAILABLE) {
			throw new InvalidInputException("equipment.error.booking.notAvailable", e.deviceName());
		}
		ZonedDateTime start = startsAt.atZoneSameInstant(ZONE);
		ZonedDateTime end = endsAt.atZoneSameInstant(ZONE);
		boolean sameDay = start.toLocalDate().equals(end.toLocalDate());
		if (!sameDay || !e.openDays().contains(start.getDayOfWeek()) || start.toLocalTime().isBefore(e.opensAt())
				|| end.toLocalTime().isAfter(e.closesAt())) {
			throw new InvalidInputException("equipment.error.booking.hours", OpenDays.format(e.openDays()),
					e.opensAt().toString(), e.closesAt().toString());
		}
		Optional<Object[]> blocked = jdbc.sql("""
				select starts_at, ends_at, coalesce(reason, '') from equipment_blocked_period
				 where equipment_id = :e and starts_at < :ends and ends_at > :starts order by starts_at limit 1
				""").param("e", e.id()).param("starts", startsAt).param("ends", endsAt)
			.query((rs, n) -> new Object[] { shown(rs.getObject(1, OffsetDateTime.class)),
					shown(rs.getObject(2, OffsetDateTime.class)), rs.getString(3) })
			.optional();
		if (blocked.isPresent()) {
			throw new InvalidInputException("equipment.error.booking.blocked", blocked.get());
		}
	}

	private void requireNoOverlap(long equipmentId, OffsetDateTime startsAt, OffsetDateTime endsAt, Long except) {
		Optional<Booking> other = jdbc.sql("select " + COLUMNS + """
				 from equipment_booking b
				where b.equipment_id = :e and b.status = 'APPROVED' and b.id <> coalesce(cast(:except as bigint), -1)
				  and tstzrange(b.starts_at, b.ends_at) && tstzrange(:starts, :ends) order by b.starts_at limit 1
				""").param("e", equipmentId).param("except", except).param("starts", startsAt).param("ends", endsAt)
			.query(Bookings::map)
			.optional();
		if (other.isPresent()) {
			Booking b = other.get();
			throw new InvalidInputException("equipment.error.booking.overlap", b.id(), shown(b.startsAt()),
					shown(b.endsAt()), b.requesterName());
		}
	}

	private Equipment decidable(Booking booking) {
		Equipment e = equipment.find(booking.equipmentId());
		if (!canDecide(e)) {
			throw new OutOfScopeException("booking " + booking.id());
		}
		return e;
	}

	private static void requireStatus(Booking booking, BookingStatus status) {
		if (booking.status() != status) {
			throw new InvalidInputException("equipment.error.booking.status", booking.status().name());
		}
	}

	private Booking decide(Booking before, Equipment e, BookingStatus status, String reason, int rowVersion) {
		int rows = jdbc.sql("""
				update equipment_booking set status = :status, decided_by = :by, reason = :reason,
				    row_version = row_version + 1
				 where id = :id and row_version = :version
				""").param("status", status.name()).param("by", CurrentUser.actorName()).param("reason", reason)
			.param("id", before.id()).param("version", rowVersion).update();
		if (rows != 1) {
			throw new OptimisticLockingFailureException("booking " + before.id() + " changed since " + rowVersion);
		}
		Booking after = find(before.id());
		audit.record(status.name(), ENTITY_TYPE, before.id(), e.orgUnitId(), before.auditState(), after.auditState());
		return after;
	}

	private Booking find(long id) {
		return jdbc.sql("select " + COLUMNS + " from equipment_booking b where b.id = :id")
			.param("id", id)
			.query(Bookings::map)
			.single();
	}

	public static String shown(OffsetDateTime t) {
		return t.atZoneSameInstant(ZONE).format(SHOWN);
	}

	private static Booking map(ResultSet rs, int row) throws SQLException {
		return new Booking(rs.getLong("id"), rs.getLong("equipment_id"), rs.getString("requester_name"),
				rs.getString("requester_agency"), rs.getString("purpose"), rs.getObject("starts_at", OffsetDateTime.class),
				rs.getObject("ends_at", OffsetDateTime.class), BookingStatus.valueOf(rs.getString("status")),
				rs.getString("requested_by"), rs.getString("decided_by"), rs.getString("reason"),
				rs.getInt("row_version"));
	}

}
