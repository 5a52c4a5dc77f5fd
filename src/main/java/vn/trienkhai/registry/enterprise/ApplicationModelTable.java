package vn.trienkhai.registry.enterprise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.RegistryKind;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.shared.RegistryTable;
import vn.trienkhai.registry.shared.ListFilter;
import vn.trienkhai.registry.shared.FieldInputException;
import vn.trienkhai.registry.shared.ImportCells;

/** Import and export of application models. */
@Component
class ApplicationModelTable implements RegistryTable {

	private static final List<Column> COLUMNS = List.of(
			new Column("name", "registry.model.name", true, "Mô hình nuôi cấy mô chuối tại Phú Thọ"),
			new Column("field", "registry.column.field", false, "AGRICULTURE"),
			new Column("place", "registry.model.place", false, "Xã Thanh Ba, tỉnh Phú Thọ"),
			new Column("unitCode", "registry.column.unitCode", false, "25"),
			new Column("scale", "registry.model.scale", false, "5 ha"),
			new Column("scaleQuantity", "registry.model.scaleQuantity", false, "5"),
			new Column("year", "registry.model.year", false, "2024"),
			new Column("results", "registry.model.results", false, "Năng suất tăng 20%"),
			new Column("exemplary", "registry.model.exemplary", false, "true"),
			new Column("visibility", "registry.column.visibility", false, "PUBLIC"));

	private final ApplicationModels models;

	private final ImportCells cells;

	ApplicationModelTable(ApplicationModels models, ImportCells cells) {
		this.models = models;
		this.cells = cells;
	}

	@Override
	public RegistryKind kind() {
		return RegistryKind.APPLICATION_MODEL;
	}

	@Override
	public List<Column> columns() {
		return COLUMNS;
	}

	@Override
	public Row check(Map<String, String> values, ImportContext context) {
		List<Problem> problems = new ArrayList<>();
		cells.required(values, problems, "name");
		Long unit = cells.unit(values, context, problems);
		BiotechField field = cells.field("field", values.get("field"), problems);
		BigDecimal quantity = cells.decimal("scaleQuantity", values.get("scaleQuantity"), problems);
		Integer year = cells.integer("year", values.get("year"), problems);
		String exemplary = values.get("exemplary");
		boolean isExemplary = exemplary != null && (exemplary.equalsIgnoreCase("true") || exemplary.equalsIgnoreCase("x")
				|| exemplary.equalsIgnoreCase("có") || exemplary.equals("1"));
		Visibility visibility = cells.visibility(values, problems);
		if (!problems.isEmpty()) {
			return Row.of(problems, null);
		}
		ApplicationModel draft = new ApplicationModel(null, values.get("name"), field, values.get("place"), unit,
				context.ownerAgencyId(), values.get("scale"), quantity, year, values.get("results"), isExemplary, visibility, 0);
		try {
			ApplicationModel clean = ApplicationModels.validate(draft);
			return Row.of(problems, () -> models.create(clean));
		}
		catch (FieldInputException e) {
			return Row.of(List.of(ImportCells.problem(e)), null);
		}
	}

	@Override
	public List<Map<String, String>> export(ImportContext context) {
		ListFilter filter = new ListFilter(context.orgUnitId(), ImportCells.readerUnit(context), null, null, 0,
				Integer.MAX_VALUE);
		java.util.function.LongFunction<String> codes = cells.unitCodes();
		return models.list(filter).stream().map(m -> {
			Map<String, String> row = new LinkedHashMap<>();
			row.put("name", m.name());
			row.put("field", ImportCells.text(m.field()));
			row.put("place", ImportCells.text(m.place()));
			row.put("unitCode", codes.apply(m.orgUnitId()));
			row.put("scale", ImportCells.text(m.scale()));
			row.put("scaleQuantity", m.scaleQuantity() == null ? "" : m.scaleQuantity().toPlainString());
			row.put("year", ImportCells.text(m.year()));
			row.put("results", ImportCells.text(m.results()));
			row.put("exemplary", String.valueOf(m.exemplary()));
			row.put("visibility", m.visibility().name());
			return row;
		}).toList();
	}

}
