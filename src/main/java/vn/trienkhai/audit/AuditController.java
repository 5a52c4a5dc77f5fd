package vn.trienkhai.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.trienkhai.platform.CurrentUser;

/**
 * The audit log for administrators (/admin needs that role): newest first, filtered by who, what and when,
 * limited to events of the administrator's own subtree.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

	static final int PAGE_SIZE = 50;

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(9000, 12, 31);

	/** A date typed in the filter, or the bound when none was; kept inside what PostgreSQL can compare. */
	private static LocalDate clamp(LocalDate date, LocalDate whenMissing) {
		if (date == null) {
			return whenMissing;
		}
		return date.isBefore(EARLIEST) ? EARLIEST : date.isAfter(LATEST) ? LATEST : date;
	}

	// events without a unit (e.g. settings) are shown to administrators of the whole country only
	private static final String FILTER = """
			from audit_event e left join org_unit u on u.id = e.org_unit_id
			where ((u.id is null and (select level from org_unit where id = :scope) = 0)
			       or u.path <@ (select path from org_unit where id = :scope))
			  and (:actor = '' or lower(e.actor) = lower(:actor))
			  and (:type = '' or e.entity_type = :type)
			  and (:entityId = '' or e.entity_id = :entityId)
			  and e.at >= cast(:from as timestamptz) and e.at < cast(:to as timestamptz)
			""";

	private final JdbcClient jdbc;

	AuditController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String type,
			@RequestParam(defaultValue = "") String entityId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var params = new java.util.HashMap<String, Object>();
		params.put("scope", CurrentUser.get().orgUnitId());
		params.put("actor", actor.strip());
		params.put("type", type.strip());
		params.put("entityId", entityId.strip());
		params.put("from", clamp(from, EARLIEST).atStartOfDay(VIETNAM).toOffsetDateTime().toString());
		params.put("to", clamp(to, LATEST).plusDays(1).atStartOfDay(VIETNAM).toOffsetDateTime().toString());
		int total = jdbc.sql("select count(*) " + FILTER).params(params).query(Integer.class).single();
		int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 0), pages - 1);
		params.put("offset", current * PAGE_SIZE);
		List<AuditEvent> events = jdbc.sql("""
				select e.id, e.at, e.actor, e.action, e.entity_type, e.entity_id, e.org_unit_id,
				       e.before::text as before, e.after::text as after, e.remote_addr
				""" + FILTER + " order by e.at desc, e.id desc offset :offset limit " + PAGE_SIZE)
			.params(params)
			.query(this::map)
			.list();
		model.addAttribute("events", events);
		model.addAttribute("total", total);
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("zone", VIETNAM);
		model.addAttribute("types", jdbc.sql("select distinct entity_type from audit_event order by 1").query(String.class).list());
		model.addAttribute("filter", new Filter(actor, type, entityId, from, to));
		return "audit/events";
	}

	record Filter(String actor, String type, String entityId, LocalDate from, LocalDate to) {

		/** The list URL with these filters, for the pager. */
		public String url() {
			return "/admin/audit?actor=" + enc(actor) + "&type=" + enc(type) + "&entityId=" + enc(entityId)
					+ "&from=" + (from == null ? "" : from) + "&to=" + (to == null ? "" : to);
		}

		private static String enc(String s) {
			return java.net.URLEncoder.encode(s == null ? "" : s, java.nio.charset.StandardCharsets.UTF_8);
		}

	}

	private AuditEvent map(ResultSet rs, int row) throws SQLException {
		long unit = rs.getLong("org_unit_id");
		Long orgUnitId = rs.wasNull() ? null : unit;
		return new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"), orgUnitId,
				rs.getString("before"), rs.getString("after"), rs.getString("remote_addr"));
	}

}
