package vn.trienkhai.registry.project;

import java.math.BigDecimal;
import java.util.List;

/**
 * The annual task list as it is printed (always in Vietnamese: it is an official document): the issuing
 * People's Committee, the title, the line tying it to the approving decision (or saying it is a draft), and
 * the accepted tasks grouped by field.
 *
 * @param issuer the issuing body, upper case, one line each: "ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH"
 * @param attachedTo "(Kèm theo Quyết định số … của …)" once approved, "(Dự thảo …)" before
 */
record TaskListPrint(List<String> issuer, String title, String attachedTo, List<Group> groups) {

	/** The tasks of one field, under its heading "I. Lĩnh vực nông nghiệp". */
	record Group(String numeral, String heading, List<Row> rows) {
	}

	/** One task, numbered through the whole list. */
	record Row(int number, String title, String objectives, String outputs, Integer months, BigDecimal budget,
			String proposer) {
	}

	int taskCount() {
		return groups.stream().mapToInt(g -> g.rows().size()).sum();
	}

	BigDecimal totalBudget() {
		return groups.stream().flatMap(g -> g.rows().stream()).map(Row::budget).filter(b -> b != null)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The columns of the table, shared by the DOCX and the XLSX. */
	static final List<String> HEADER = List.of("TT", "Tên nhiệm vụ", "Mục tiêu", "Dự kiến sản phẩm",
			"Thời gian thực hiện (tháng)", "Kinh phí dự kiến (triệu đồng)", "Đơn vị đề xuất");

	/** Relative widths of those columns, in percent. */
	static final List<Integer> WIDTHS = List.of(5, 22, 22, 20, 9, 10, 12);

}
