package vn.trienkhai.registry.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.trienkhai.agency.Agencies;
import vn.trienkhai.agency.Agency;
import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.orgunit.OrgUnitType;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.registry.BiotechField;

/** Builds the printed form of a task list from its accepted proposals, and writes it as DOCX or XLSX. */
@Service
class TaskListExports {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final String[] NUMERALS = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" };

	private final TaskLists lists;
	private final TaskProposals proposals;
	private final OrgUnits orgUnits;
	private final Agencies agencies;
	private final MessageSource messages;

	TaskListExports(TaskLists lists, TaskProposals proposals, OrgUnits orgUnits, Agencies agencies,
			MessageSource messages) {
		this.lists = lists;
		this.proposals = proposals;
		this.orgUnits = orgUnits;
		this.agencies = agencies;
		this.messages = messages;
	}

	byte[] docx(long taskListId) {
		return TaskListDocx.write(print(taskListId));
	}

	byte[] xlsx(long taskListId) {
		return TaskListWorkbook.write(print(taskListId));
	}

	/** The file name: "danh-muc-nhiem-vu-KHCN-2027-24.docx" (year and unit code, ASCII for every browser). */
	String fileName(long taskListId, String extension) {
		TaskList list = lists.get(taskListId);
		return "danh-muc-nhiem-vu-KHCN-" + list.year() + "-" + orgUnits.get(list.orgUnitId()).code() + "." + extension;
	}

	TaskListPrint print(long taskListId) {
		TaskList list = lists.readable(taskListId);
		OrgUnit unit = orgUnits.get(list.orgUnitId());
		Map<BiotechField, List<TaskProposal>> byField = new LinkedHashMap<>();
		for (BiotechField f : BiotechField.values()) {
			byField.put(f, new ArrayList<>());
		}
		for (TaskProposal p : proposals.accepted(list)) {
			byField.get(p.field()).add(p);
		}
		List<TaskListPrint.Group> groups = new ArrayList<>();
		Map<String, String> names = new java.util.HashMap<>();
		int number = 0;
		for (Map.Entry<BiotechField, List<TaskProposal>> e : byField.entrySet()) {
			if (e.getValue().isEmpty()) {
				continue;
			}
			List<TaskListPrint.Row> rows = new ArrayList<>();
			for (TaskProposal p : e.getValue()) {
				rows.add(new TaskListPrint.Row(++number, p.title(), p.objectives(), p.expectedOutputs(), p.durationMonths(),
						p.estimatedBudget(), proposer(p, names)));
			}
			String numeral = groups.size() < NUMERALS.length ? NUMERALS[groups.size()] : String.valueOf(groups.size() + 1);
			String label = messages.getMessage(e.getKey().messageKey(), null, VIETNAMESE);
			groups.add(new TaskListPrint.Group(numeral,
					label.startsWith("Lĩnh vực") ? label : "Lĩnh vực " + lowerFirst(label), rows));
		}
		String title = "DANH MỤC NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ " + level(unit) + " NĂM " + list.year();
		return new TaskListPrint(List.of("ỦY BAN NHÂN DÂN", unit.name().toUpperCase(VIETNAMESE)), title,
				attachedTo(list, unit), groups);
	}

	/** The agency's name, else the unit's; remembered per list, which names the same departments many times. */
	private String proposer(TaskProposal p, Map<String, String> names) {
		if (p.ownerAgencyId() != null) {
			String agency = names.computeIfAbsent("a" + p.ownerAgencyId(),
					k -> agencies.findById(p.ownerAgencyId()).map(Agency::name).orElse(""));
			if (!agency.isEmpty()) {
				return agency;
			}
		}
		return names.computeIfAbsent("u" + p.orgUnitId(), k -> orgUnits.get(p.orgUnitId()).name());
	}

	private static String attachedTo(TaskList list, OrgUnit unit) {
		if (list.isApproved()) {
			LocalDate d = list.decisionDate();
			return "(Kèm theo Quyết định số " + list.decisionNumber() + " " + decreeDate(d) + " của Ủy ban nhân dân "
					+ lowerFirst(unit.name()) + ")";
		}
		return "(Dự thảo — chưa được Ủy ban nhân dân " + lowerFirst(unit.name()) + " phê duyệt)";
	}

	/** "ngày 05 tháng 01 năm 2027": Decree 30 writes a day below 10 and the months 1 and 2 with a leading 0. */
	static String decreeDate(LocalDate d) {
		String day = (d.getDayOfMonth() < 10 ? "0" : "") + d.getDayOfMonth();
		String month = (d.getMonthValue() <= 2 ? "0" : "") + d.getMonthValue();
		return "ngày " + day + " tháng " + month + " năm " + d.getYear();
	}

	/** The level in the title: provincial lists are "cấp tỉnh", a commune's "cấp cơ sở", the nation's "cấp quốc gia". */
	private static String level(OrgUnit unit) {
		if (unit.type() == OrgUnitType.QUOC_GIA) {
			return "CẤP QUỐC GIA";
		}
		return unit.level() == 1 ? "CẤP TỈNH" : "CẤP CƠ SỞ";
	}

	private static String lowerFirst(String s) {
		return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(VIETNAMESE) + s.substring(1);
	}

}
