package vn.trienkhai.registry.equipment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.audit.AuditLog;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.NotFoundException;
import vn.trienkhai.registry.RegistryKind;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.shared.RegistryAccess;
import vn.trienkhai.registry.shared.SearchIndex;

/** The shared equipment: reads within the user's access, audited writes kept in the search index. */
@Service
public class EquipmentRegistry {

	static final String ENTITY_TYPE = "equipment";

	public static final int PAGE_SIZE = 20;

	private static final String COLUMNS = "e.id, e.org_unit_id, e.owner_agency_id, e.visibility, e.lab_name, "
			+ "e.device_name, e.model, e.manufacturer, e.specifications, e.status, e.open_days, e.opens_at, "
			+ "e.closes_at, e.row_version";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final SearchIndex index;

	private final RegistryAccess access;

	EquipmentRegistry(JdbcClient jdbc, AuditLog audit, SearchIndex index, RegistryAccess access) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.index = index;
		this.access = access;
	}

	public Equipment get(long id) {
		Equipment e = find(id);
		access.requireReadable(e.orgUnitId(), e.visibility(), "equipment " + id);
		return e;
	}

	Equipment find(long id) {
		return jdbc.sql("select " + COLUMNS + " from equipment e where e.id = :id")
			.param("id", id)
			.query(EquipmentRegistry::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("equipment " + id));
	}

	public boolean canWrite(Equipment e) {
		return access.canWrite(e.orgUnitId(), e.ownerAgencyId());
	}

	/** The readable devices of the unit's subtree matching the query and status, one page. */
	public Page search(long unitId, String query, EquipmentStatus status, int page) {
		List<Equipment> all = readable(unitId).stream()
			.filter(e -> status == null || e.status() == status)
			.filter(e -> matches(e, query))
			.toList();
		int p = Math.max(page, 0);
		int from = Math.min(p * PAGE_SIZE, all.size());
		return new Page(all.subList(from, Math.min(from + PAGE_SIZE, all.size())), all.size(), p);
	}

	public List<Equipment> readable(long unitId) {
		return jdbc.sql("select " + COLUMNS + """
				 from equipment e join org_unit u on u.id = e.org_unit_id
				where u.path <@ (select path from org_unit where id = :unit) order by e.lab_name, e.device_name, e.id
				""").param("unit", unitId).query(EquipmentRegistry::map).list().stream()
			.filter(e -> access.canRead(e.orgUnitId(), e.visibility()))
			.toList();
	}

	private static boolean matches(Equipment e, String query) {
		if (query == null || query.isBlank()) {
			return true;
		}
		String text = fold(String.join(" ", Stream.of(e.labName(), e.deviceName(), e.model(), e.manufacturer(),
				e.specifications()).filter(Objects::nonNull).toList()));
		return text.contains(fold(query.trim()));
	}

	private static String fold(String s) {
		return java.text.Normalizer.normalize(s.toLowerCase().replace('đ', 'd'), java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
	}

	@Transactional
	public Equipment create(EquipmentInput input) {
		access.requireCreator();
		access.requireWritable(input.orgUnitId(), input.ownerAgencyId(), "org unit " + input.orgUnitId());
		validate(input);
		long id = jdbc.sql("""
				insert into equipment (org_unit_id, owner_agency_id, visibility, lab_name, device_name, model,
				    manufacturer, specifications, status, open_days, opens_at, closes_at)
				values (:unit, :owner, :visibility, :lab, :device, :model, :manufacturer, :specs, :status, :days,
				    :opens, :closes) returning id
				""")
			.param("unit", input.orgUnitId())
			.param("owner", input.ownerAgencyId())
			.param("visibility", input.visibility().name())
			.param("lab", input.labName().trim())
			.param("device", input.deviceName().trim())
			.param("model", blank(input.model()))
			.param("manufacturer", blank(input.manufacturer()))
			.param("specs", blank(input.specifications()))
			.param("status", input.status().name())
			.param("days", OpenDays.format(input.openDays()))
			.param("opens", input.opensAt())
			.param("closes", input.closesAt())
			.query(Long.class)
			.single();
		Equipment created = find(id);
		audit.record("CREATE", ENTITY_TYPE, id, created.orgUnitId(), null, created.auditState());
		indexPut(created);
		return created;
	}

	@Transactional
	public Equipment update(long id, int rowVersion, EquipmentInput input) {
		Equipment before = get(id);
		access.requireWritable(before.orgUnitId(), before.ownerAgencyId(), "equipment " + id);
		if (input.ownerAgencyId() != null && !input.ownerAgencyId().equals(before.ownerAgencyId())) {
			access.requireWritable(before.orgUnitId(), input.ownerAgencyId(), "agency " + input.ownerAgencyId());
		}
		validate(input);
		int rows = jdbc.sql("""
				update equipment set owner_agency_id = :owner, visibility = :visibility, lab_name = :lab,
				    device_name = :device, model = :model, manufacturer = :manufacturer, specifications = :specs,
				    status = :status, open_days = :days, opens_at = :opens, closes_at = :closes,
				    row_version = row_version + 1
				 where id = :id and row_version = :version
				""")
			.param("owner", input.ownerAgencyId())
			.param("visibility", input.visibility().name())
			.param("lab", input.labName().trim())
			.param("device", input.deviceName().trim())
			.param("model", blank(input.model()))
			.param("manufacturer", blank(input.manufacturer()))
			.param("specs", blank(input.specifications()))
			.param("status", input.status().name())
			.param("days", OpenDays.format(input.openDays()))
			.param("opens", input.opensAt())
			.param("closes", input.closesAt())
			.param("id", id)
			.param("version", rowVersion)
			.update();
		if (rows != 1) {
			throw new OptimisticLockingFailureException("equipment " + id + " changed since version " + rowVersion);
		}
		Equipment after = find(id);
		audit.record("UPDATE", ENTITY_TYPE, id, after.orgUnitId(), before.auditState(), after.auditState());
		indexPut(after);
		return after;
	}

	@Transactional
	public void delete(long id, int rowVersion) {
		Equipment before = get(id);
		access.requireWritable(before.orgUnitId(), before.ownerAgencyId(), "equipment " + id);
		int rows = jdbc.sql("delete from equipment where id = :id and row_version = :version")
			.param("id", id)
			.param("version", rowVersion)
			.update();
		if (rows != 1) {
			throw new OptimisticLockingFailureException("equipment " + id + " changed since version " + rowVersion);
		}
		audit.record("DELETE", ENTITY_TYPE, id, before.orgUnitId(), before.auditState(), null);
		index.remove(RegistryKind.EQUIPMENT, id);
	}

	/** Closes the device for a period (maintenance, calibration): no booking may fall in it. */
	@Transactional
	public void block(long equipmentId, OffsetDateTime from, OffsetDateTime to, String reason) {
		Equipment e = get(equipmentId);
		access.requireWritable(e.orgUnitId(), e.ownerAgencyId(), "equipment " + equipmentId);
		if (from == null || to == null || !to.isAfter(from)) {
			throw new InvalidInputException("equipment.error.period");
		}
		long id = jdbc.sql("""
				insert into equipment_blocked_period (equipment_id, starts_at, ends_at, reason)
				values (:e, :from, :to, :reason) returning id
				""").param("e", equipmentId).param("from", from).param("to", to).param("reason", blank(reason))
			.query(Long.class).single();
		audit.record("BLOCK", ENTITY_TYPE, equipmentId, e.orgUnitId(), null,
				java.util.Map.of("blockedPeriod", id, "from", from.toString(), "to", to.toString()));
	}

	public List<BlockedPeriod> blockedPeriods(long equipmentId) {
		return jdbc.sql("""
				select id, starts_at, ends_at, reason from equipment_blocked_period
				 where equipment_id = :e and ends_at > now() - interval '30 days' order by starts_at
				""").param("e", equipmentId)
			.query((rs, n) -> new BlockedPeriod(rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
					rs.getObject(3, OffsetDateTime.class), rs.getString(4)))
			.list();
	}

	private static void validate(EquipmentInput input) {
		if (blank(input.labName()) == null) {
			throw new InvalidInputException("equipment.error.lab.required");
		}
		if (blank(input.deviceName()) == null) {
			throw new InvalidInputException("equipment.error.device.required");
		}
		if (input.visibility() == null || input.status() == null) {
			throw new InvalidInputException("equipment.error.required");
		}
		if (input.openDays() == null || input.openDays().isEmpty() || input.opensAt() == null
				|| input.closesAt() == null || !input.closesAt().isAfter(input.opensAt())) {
			throw new InvalidInputException("equipment.error.hours");
		}
	}

	private void indexPut(Equipment e) {
		String summary = Stream.of(e.labName(), e.model(), e.manufacturer(), e.specifications())
			.filter(Objects::nonNull)
			.collect(Collectors.joining(" "));
		index.put(RegistryKind.EQUIPMENT, e.id(), e.orgUnitId(), null, e.deviceName() + " — " + e.labName(), summary,
				e.visibility());
	}

	static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static Equipment map(ResultSet rs, int row) throws SQLException {
		long owner = rs.getLong("owner_agency_id");
		Long ownerId = rs.wasNull() ? null : owner;
		return new Equipment(rs.getLong("id"), rs.getLong("org_unit_id"), ownerId,
				Visibility.valueOf(rs.getString("visibility")), rs.getString("lab_name"), rs.getString("device_name"),
				rs.getString("model"), rs.getString("manufacturer"), rs.getString("specifications"),
				EquipmentStatus.valueOf(rs.getString("status")), OpenDays.parse(rs.getString("open_days")),
				rs.getTime("opens_at").toLocalTime(), rs.getTime("closes_at").toLocalTime(), rs.getInt("row_version"));
	}

	public record BlockedPeriod(long id, OffsetDateTime startsAt, OffsetDateTime endsAt, String reason) {
	}

	public record Page(List<Equipment> items, int total, int page) {

		public int pages() {
			return (total + PAGE_SIZE - 1) / PAGE_SIZE;
		}

	}

}
