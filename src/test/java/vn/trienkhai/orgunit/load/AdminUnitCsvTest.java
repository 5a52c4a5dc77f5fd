package vn.trienkhai.orgunit.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import vn.trienkhai.orgunit.OrgUnitType;
import vn.trienkhai.orgunit.load.AdminUnitCsv.AdminUnitDataException;
import vn.trienkhai.orgunit.load.AdminUnitCsv.Mappings;
import vn.trienkhai.orgunit.load.AdminUnitCsv.UnitRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading and checking the CSV files: the real ones load; corrupt ones stop start-up with a clear message. */
class AdminUnitCsvTest {

	private static final String H = AdminUnitCsv.UNITS_HEADER + "\n";

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = new ClassPathResource("admin-units/" + name).getInputStream()) {
			return in.readAllBytes();
		}
	}

	private static List<UnitRow> units2025(String csv) {
		return AdminUnitCsv.readUnits("units-2025.csv", "2025", bytes(csv));
	}

	private static List<UnitRow> units2024(String csv) {
		return AdminUnitCsv.readUnits("units-2024.csv", "2024", bytes(csv));
	}

	@Test
	void theShippedFilesAreValid() throws IOException {
		List<UnitRow> u2025 = AdminUnitCsv.readUnits("units-2025.csv", "2025", resource("units-2025.csv"));
		List<UnitRow> u2024 = AdminUnitCsv.readUnits("units-2024.csv", "2024", resource("units-2024.csv"));
		assertThat(u2025).hasSize(3355);
		assertThat(u2024).hasSize(10794);
		Mappings mappings = AdminUnitCsv.readMappings("mapping-2025-detail.csv", resource("mapping-2025-detail.csv"),
				AdminUnitCsv.byCode(u2024), AdminUnitCsv.byCode(u2025));
		assertThat(mappings.rows()).hasSize(10655);
		assertThat(mappings.skipped()).extracting(AdminUnitCsv.MappingRow::oldCode)
			.containsExactly("07693", "07732", "07744", "16387", "16411", "18448", "20176", "20674", "25102", "25174",
					"25177", "25186");
		assertThat(u2025.get(0)).isEqualTo(new UnitRow(2, "01", "Thành phố Hà Nội", "Hà Nội", OrgUnitType.THANH_PHO, 1, null));
	}

	@Test
	void parsesUnitsWithTypeShortNameAndParent() {
		List<UnitRow> rows = units2025(H + "08,Tỉnh Tuyên Quang,Tỉnh,1,\n02530,Xã Nhữ Khê,Xã,2,08\n26732,Đặc khu Côn Đảo,Đặc khu,2,08\n");
		assertThat(rows).containsExactly(new UnitRow(2, "08", "Tỉnh Tuyên Quang", "Tuyên Quang", OrgUnitType.TINH, 1, null),
				new UnitRow(3, "02530", "Xã Nhữ Khê", "Nhữ Khê", OrgUnitType.XA, 2, "08"),
				new UnitRow(4, "26732", "Đặc khu Côn Đảo", "Côn Đảo", OrgUnitType.DAC_KHU, 2, "08"));
		// a byte-order mark and Windows line ends are tolerated
		assertThat(units2025("\uFEFF" + H.replace("\n", "\r\n") + "08,Tỉnh Tuyên Quang,Tỉnh,1,\r\n")).hasSize(1);
	}

	@Test
	void rejectsAWrongHeaderOrColumnCount() {
		assertThatThrownBy(() -> units2025("code,name,type,level\n08,Tỉnh Tuyên Quang,Tỉnh,1\n"))
			.isInstanceOf(AdminUnitDataException.class)
			.hasMessageContaining("units-2025.csv line 1")
			.hasMessageContaining("header");
		assertThatThrownBy(() -> units2025(H + "08,Tỉnh Tuyên Quang,Tỉnh,1,\n02530,Xã Nhữ Khê,Xã,2\n"))
			.isInstanceOf(AdminUnitDataException.class)
			.hasMessageContaining("units-2025.csv line 3: 4 columns, expected 5");
		assertThatThrownBy(() -> units2025(H + "08,\"Tỉnh Tuyên Quang\",Tỉnh,1,\n")).hasMessageContaining("quoted");
		assertThatThrownBy(() -> units2025(H)).hasMessageContaining("no units");
		assertThatThrownBy(() -> units2025(H + "08,Tỉnh Tuyên Quang,Tỉnh,1,\n\n02530,Xã Nhữ Khê,Xã,2,08\n"))
			.hasMessageContaining("line 3: empty line");
		assertThatThrownBy(() -> AdminUnitCsv.readUnits("units-2025.csv", "2025",
				new byte[] { 'c', 'o', (byte) 0xC3, (byte) 0x28 }))
			.hasMessageContaining("not UTF-8");
	}

	@Test
	void rejectsAMissingParentOrInconsistentLevels() {
		assertThatThrownBy(() -> units2025(H + "08,Tỉnh Tuyên Quang,Tỉnh,1,\n02530,Xã Nhữ Khê,Xã,2,99\n"))
			.isInstanceOf(AdminUnitDataException.class)
			.hasMessageContaining("units-2025.csv line 3: parent_code '99'");
		assertThatThrownBy(() -> units2024(H + "08,Tỉnh Tuyên Quang,Tỉnh,1,\n075,Huyện Yên Sơn,Huyện,2,08\n"
				+ "02530,Xã Nhữ Khê,Xã,3,08\n"))
			.hasMessageContaining("line 4: parent '08' is at level 1, not at level 2");
		assertThatThrownBy(() -> units2025(H + "08,Tỉnh Tuyên Quang,Tỉnh,1,04\n"))
			.hasMessageContaining("a province has no parent");
		assertThatThrownBy(() -> units2025(H + "08,Tỉnh Tuyên Quang,Tỉnh,1,\n075,Huyện Yên Sơn,Huyện,2,08\n"))
			.hasMessageContaining("line 3: code '075' is not 5 digits");
		assertThatThrownBy(() -> units2025(H + "08,Tỉnh Tuyên Quang,Tỉnh,3,\n"))
			.hasMessageContaining("level 3 is not between 1 and 2");
		assertThatThrownBy(() -> units2025(H + "08,Tỉnh Tuyên Quang,Tỉnh,x,\n")).hasMessageContaining("level 'x'");
	}

	@Test
	void rejectsTypesThatDoNotFitTheLevelOrTheName() {
		assertThatThrownBy(() -> units2025(H + "08,Tỉnh Tuyên Quang,Tỉnh,1,\n02530,Huyện Nhữ Khê,Huyện,2,08\n"))
			.hasMessageContaining("type 'Huyện' is not a type of level 2");
		assertThatThrownBy(() -> units2025(H + "08,Tỉnh Tuyên Quang,Province,1,\n")).hasMessageContaining("type 'Province'");
		assertThatThrownBy(() -> units2025(H + "08,Tuyên Quang,Tỉnh,1,\n"))
			.hasMessageContaining("name 'Tuyên Quang' does not start with its type 'Tỉnh'");
		assertThatThrownBy(() -> units2025(H + "08,Tỉnh Tuyên Quang,Tỉnh,1,\n08,Tỉnh Hà Giang,Tỉnh,1,\n"))
			.hasMessageContaining("line 3: code '08' appears twice");
	}

	@Test
	void mappingRowsAreCheckedAgainstBothVersions() {
		Map<String, UnitRow> old = AdminUnitCsv.byCode(units2024(H + "02,Tỉnh Hà Giang,Tỉnh,1,\n024,Thành phố Hà Giang,Thành phố,2,02\n"
				+ "00688,Phường Quang Trung,Phường,3,024\n"));
		Map<String, UnitRow> current = AdminUnitCsv.byCode(units2025(H + "08,Tỉnh Tuyên Quang,Tỉnh,1,\n00691,Phường Hà Giang 2,Phường,2,08\n"));
		String header = AdminUnitCsv.MAPPING_HEADER + "\n";

		Mappings ok = AdminUnitCsv.readMappings("m.csv", bytes(header + "02,1,Tỉnh Hà Giang,08,1,Tỉnh Tuyên Quang,full,\n"
				+ "00688,3,Phường Quang Trung,00691,2,Phường Hà Giang 2,partial,checked\n"
				+ "00999,3,Xã Đã Giải Thể,00691,2,Phường Hà Giang 2,full,dissolved\n"), old, current);
		assertThat(ok.rows()).extracting(AdminUnitCsv.MappingRow::oldCode).containsExactly("02", "00688");
		assertThat(ok.rows().get(1).note()).isEqualTo("checked");
		assertThat(ok.rows().get(0).note()).isNull();
		assertThat(ok.skipped()).extracting(AdminUnitCsv.MappingRow::oldCode).containsExactly("00999");

		assertThatThrownBy(() -> AdminUnitCsv.readMappings("m.csv",
				bytes(header + "02,1,Tỉnh Hà Giang,99,1,Tỉnh X,full,\n"), old, current))
			.hasMessageContaining("m.csv line 2: new_code '99' is not in the 2025 units");
		assertThatThrownBy(() -> AdminUnitCsv.readMappings("m.csv",
				bytes(header + "02,1,Tỉnh Hà Giang,08,1,Tỉnh Tuyên Quang,most,\n"), old, current))
			.hasMessageContaining("coverage 'most'");
		assertThatThrownBy(() -> AdminUnitCsv.readMappings("m.csv",
				bytes(header + "02,2,Tỉnh Hà Giang,08,1,Tỉnh Tuyên Quang,full,\n"), old, current))
			.hasMessageContaining("old unit '02' is at level 1, not 2");
		assertThatThrownBy(() -> AdminUnitCsv.readMappings("m.csv",
				bytes(header + "02,1,Tỉnh Hà Giang,08,2,Tỉnh Tuyên Quang,full,\n"), old, current))
			.hasMessageContaining("new unit '08' is at level 1, not 2");
		assertThatThrownBy(() -> AdminUnitCsv.readMappings("m.csv", bytes(header
				+ "02,1,Tỉnh Hà Giang,08,1,Tỉnh Tuyên Quang,full,\n02,1,Tỉnh Hà Giang,08,1,Tỉnh Tuyên Quang,full,\n"), old,
				current))
			.hasMessageContaining("line 3: the pair 02 → 08 appears twice");
	}

}
