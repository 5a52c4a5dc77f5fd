package vn.trienkhai.registry.project;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The task list as a workbook for the officers who sort, sum and forward it: the same title lines and columns
 * as the document, durations and budgets as numbers (a SUM formula totals the budget), a heading row per
 * field, the header frozen.
 */
final class TaskListWorkbook {

	/** The row of the column header; the title lines are above it. */
	static final int HEADER_ROW = 4;

	private TaskListWorkbook() {
	}

	static byte[] write(TaskListPrint print) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(bytes, "trienkhai", "1.0");
			Worksheet sheet = workbook.newWorksheet("Danh mục");
			int columns = TaskListPrint.HEADER.size();
			int last = columns - 1;
			sheet.value(0, 0, String.join(" ", print.issuer()));
			sheet.range(0, 0, 0, 2).merge();
			sheet.style(0, 0).bold().set();
			sheet.value(1, 0, print.title());
			sheet.range(1, 0, 1, last).merge();
			sheet.style(1, 0).bold().fontSize(13).horizontalAlignment("center").set();
			sheet.value(2, 0, print.attachedTo());
			sheet.range(2, 0, 2, last).merge();
			sheet.style(2, 0).italic().horizontalAlignment("center").set();
			int[] widths = { 6, 40, 40, 36, 14, 16, 28 };
			for (int c = 0; c < columns; c++) {
				sheet.value(HEADER_ROW, c, TaskListPrint.HEADER.get(c));
				sheet.style(HEADER_ROW, c).bold().wrapText(true).fillColor("DDEBF7").horizontalAlignment("center")
					.borderStyle("thin").set();
				sheet.width(c, widths[c]);
			}
			int r = HEADER_ROW + 1;
			for (TaskListPrint.Group g : print.groups()) {
				sheet.value(r, 0, g.numeral());
				sheet.value(r, 1, g.heading());
				sheet.range(r, 1, r, last).merge();
				sheet.style(r, 0).bold().horizontalAlignment("center").set();
				sheet.style(r, 1).bold().set();
				r++;
				for (TaskListPrint.Row row : g.rows()) {
					sheet.value(r, 0, row.number());
					sheet.value(r, 1, row.title());
					text(sheet, r, 2, row.objectives());
					text(sheet, r, 3, row.outputs());
					if (row.months() != null) {
						sheet.value(r, 4, row.months());
					}
					if (row.budget() != null) {
						sheet.value(r, 5, row.budget());
						sheet.style(r, 5).format("#,##0.###").set();
					}
					sheet.value(r, 6, row.proposer());
					for (int c = 1; c < columns; c++) {
						if (c != 5) {
							sheet.style(r, c).wrapText(true).verticalAlignment("top").set();
						}
					}
					r++;
				}
			}
			sheet.value(r, 1, "Tổng cộng: " + print.taskCount() + " nhiệm vụ");
			sheet.style(r, 1).bold().set();
			if (r > HEADER_ROW + 1) {
				// Excel columns: F is the budget; the rows of the table are HEADER_ROW + 2 .. r (1-based)
				sheet.formula(r, 5, "SUM(F" + (HEADER_ROW + 2) + ":F" + r + ")");
				sheet.style(r, 5).bold().format("#,##0.###").set();
			}
			sheet.freezePane(0, HEADER_ROW + 1);
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	private static void text(Worksheet sheet, int r, int c, String value) {
		if (value != null) {
			sheet.value(r, c, value);
		}
	}

}
