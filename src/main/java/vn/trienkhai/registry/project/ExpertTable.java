package vn.trienkhai.registry.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.RegistryKind;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.shared.FieldInputException;
import vn.trienkhai.registry.shared.ImportCells;
import vn.trienkhai.registry.shared.ListFilter;
import vn.trienkhai.registry.shared.RegistryAccess;
import vn.trienkhai.registry.shared.RegistryTable;

/**
 * Import and export of experts. The export carries an expert's e-mail and phone only where the pages would
 * show them: with the expert's consent, or to those who keep the record.
 */
@Component
class ExpertTable implements RegistryTable {

	private static final List<Column> COLUMNS = List.of(
			new Column("name", "registry.expert.name", true, "PGS.TS. Phạm Văn Hùng"),
			new Column("fields", "registry.expert.fields", true, "HEALTH,PHARMACY"),
			new Column("degree", "registry.expert.degree", false, "ASSOC_PROFESSOR"),
			new Column("organisation", "registry.expert.organisation", false, "Trường Đại học Y Dược Hải Phòng"),
			new Column("specialisation", "registry.expert.specialisation", false, "Sinh học phân tử"),
			new Column("unitCode", "registry.column.unitCode", false, "31"),
			new Column("email", "registry.expert.email", false, "pvhung@hpmu.edu.vn"),
			new Column("phone", "registry.expert.phone", false, "0225 3731 907"),
			new Column("contactConsent", "registry.expert.consent", false, "YES"),
			new Column("visibility", "registry.column.visibility", false, "PUBLIC"));

	private final Experts experts;
	private final ImportCells cells;
	private final RegistryAccess access;

	ExpertTable(Experts experts, ImportCells cells, RegistryAccess access) {
		this.experts = experts;
		this.cells = cells;
		this.access = access;
	}

	@Override
	public RegistryKind kind() {
		return RegistryKind.EXPERT;
	}

	@Override
	public List<Column> columns() {
		return COLUMNS;
	}

	@Override
	public Row check(Map<String, String> values, ImportContext context) {
		List<Problem> problems = new ArrayList<>();
		cells.required(values, problems, "name", "fields");
		Long unit = cells.unit(values, context, problems);
		List<BiotechField> fields = cells.fields("fields", values.get("fields"), problems);
		Expert.Degree degree = cells.option(Expert.Degree.class, "degree", values.get("degree"), problems);
		Boolean consent = yesNo(values.get("contactConsent"), problems);
		Visibility visibility = cells.visibility(values, problems, Visibility.INTERNAL);
		if (!problems.isEmpty()) {
			return Row.of(problems, null);
		}
		Expert draft = new Expert(null, unit, context.ownerAgencyId(), values.get("name"), fields, values.get("organisation"),
				degree, values.get("specialisation"), values.get("email"), values.get("phone"), Boolean.TRUE.equals(consent),
				visibility, 0);
		try {
			Expert clean = Experts.validate(draft);
			return Row.of(problems, () -> experts.create(clean));
		}
		catch (FieldInputException e) {
			return Row.of(List.of(ImportCells.problem(e)), null);
		}
	}

	/** "có/không", "yes/no", "x", "1/0": how consent columns are filled in. */
	private static Boolean yesNo(String text, List<Problem> problems) {
		if (text == null) {
			return false;
		}
		String t = vn.trienkhai.platform.VietnameseText.fold(text).strip();
		if (List.of("yes", "y", "co", "x", "1", "true", "dong y").contains(t)) {
			return true;
		}
		if (List.of("no", "n", "khong", "0", "false").contains(t)) {
			return false;
		}
		problems.add(new Problem("contactConsent", "registry.import.error.option", text));
		return null;
	}

	@Override
	public List<Map<String, String>> export(ImportContext context) {
		ListFilter filter = new ListFilter(context.orgUnitId(), ImportCells.readerUnit(context), null, null, 0,
				Integer.MAX_VALUE);
		// whether the reader keeps the records of a unit and agency, asked once per pair, not once per expert
		Map<String, Boolean> keeps = new java.util.HashMap<>();
		java.util.function.LongFunction<String> codes = cells.unitCodes();
		return experts.list(filter).stream().map(e -> {
			boolean contact = e.contactConsent() || keeps.computeIfAbsent(e.orgUnitId() + ":" + e.ownerAgencyId(),
					k -> e.contactShownTo(access));
			Map<String, String> row = new LinkedHashMap<>();
			row.put("name", e.name());
			row.put("fields", e.fields().stream().map(Enum::name).collect(Collectors.joining(",")));
			row.put("degree", ImportCells.text(e.degree()));
			row.put("organisation", ImportCells.text(e.organisation()));
			row.put("specialisation", ImportCells.text(e.specialisation()));
			row.put("unitCode", codes.apply(e.orgUnitId()));
			row.put("email", contact ? ImportCells.text(e.email()) : "");
			row.put("phone", contact ? ImportCells.text(e.phone()) : "");
			row.put("contactConsent", e.contactConsent() ? "YES" : "NO");
			row.put("visibility", e.visibility().name());
			return row;
		}).toList();
	}

}
