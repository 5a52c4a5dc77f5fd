package vn.trienkhai.registry.io;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.registry.shared.RegistryTable.Column;

/** Reading CSV and XLSX the way offices write them, and the round trip through the writer. */
class TableFileTest {

	@Test
	void csvWithSemicolonsQuotesAndLineBreaksInCells() {
		String csv = "Tên;Địa chỉ;Ghi chú\r\n\"Công ty A; chi nhánh\";\"Số 1,\nđường B\";\"nói \"\"tốt\"\"\"\r\n\r\nHTX C;Xã D;\r\n";
		TableFile file = TableFile.read("du-lieu.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(file.header()).containsExactly("Tên", "Địa chỉ", "Ghi chú");
		assertThat(file.lines()).hasSize(2);
		assertThat(file.lines().get(0).cells()).containsExactly("Công ty A; chi nhánh", "Số 1, đường B", "nói \"tốt\"");
		assertThat(file.lines().get(0).number()).isEqualTo(2);
		// the blank line is skipped but counted: the person sees HTX C on row 5 of the spreadsheet
		assertThat(file.lines().get(1).number()).isEqualTo(5);
	}

	@Test
	void xlsxWrittenByTheTemplateIsReadBack() {
		List<Column> columns = List.of(new Column("tax_code", "x", true, "0100109106"), new Column("name", "y", true, ""));
		byte[] xlsx = TableWriter.xlsx("Doanh nghiệp", columns, List.of("Mã số thuế", "Tên"),
				List.of(Map.of("tax_code", "0100109106", "name", "Công ty Sữa Việt Nam")));
		TableFile file = TableFile.read("mau.xlsx", xlsx);
		assertThat(file.header()).containsExactly("Mã số thuế *", "Tên *");
		assertThat(file.lines()).singleElement().satisfies(line -> {
			assertThat(line.number()).isEqualTo(2);
			// text cells keep the leading zero of the tax code
			assertThat(line.cells()).containsExactly("0100109106", "Công ty Sữa Việt Nam");
		});
	}

	@Test
	void oldExcelOtherTypesAndBrokenFilesAreRefusedWithAReason() {
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		assertThatThrownBy(() -> TableFile.read("cu.xls", ole2)).hasFieldOrPropertyWithValue("messageKey",
				"registry.import.error.xls");
		assertThatThrownBy(() -> TableFile.read("anh.png", new byte[] { 1, 2 }))
			.hasFieldOrPropertyWithValue("messageKey", "registry.import.error.type");
		assertThatThrownBy(() -> TableFile.read("hong.xlsx", "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1)))
			.isInstanceOf(InvalidInputException.class)
			.hasFieldOrPropertyWithValue("messageKey", "registry.import.error.xlsx");
		assertThatThrownBy(() -> TableFile.read("a.csv", "Tên\n\"không đóng".getBytes(StandardCharsets.UTF_8)))
			.hasFieldOrPropertyWithValue("messageKey", "registry.import.error.quote");
		assertThatThrownBy(() -> TableFile.read("a.csv", new byte[0])).hasFieldOrPropertyWithValue("messageKey",
				"registry.import.error.empty");
	}

}
