package vn.trienkhai.registry.enterprise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.RegistryKind;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.shared.RegistryTable;
import vn.trienkhai.registry.shared.ListFilter;
import vn.trienkhai.registry.shared.FieldInputException;
import vn.trienkhai.registry.shared.ImportCells;

/** Import and export of enterprises. */
@Component
class EnterpriseTable implements RegistryTable {

	private static final List<Column> COLUMNS = List.of(
			new Column("taxCode", "registry.enterprise.taxCode", true, "0100109106"),
			new Column("name", "registry.enterprise.name", true, "Công ty Cổ phần Công nghệ sinh học Phố Hiến"),
			new Column("address", "registry.enterprise.address", false, "Phường Phố Hiến, tỉnh Hưng Yên"),
			new Column("unitCode", "registry.column.unitCode", false, "33"),
			new Column("fields", "registry.enterprise.fields", false, "AGRICULTURE,FOOD"),
			new Column("size", "registry.enterprise.size", false, "SMALL"),
			new Column("foundingYear", "registry.enterprise.foundingYear", false, "2015"),
			new Column("status", "registry.enterprise.status", false, "ACTIVE"),
			new Column("visibility", "registry.column.visibility", false, "PUBLIC"));

	private final Enterprises enterprises;

	private final ImportCells cells;

	EnterpriseTable(Enterprises enterprises, ImportCells cells) {
		this.enterprises = enterprises;
		this.cells = cells;
	}

	@Override
	public RegistryKind kind() {
		return RegistryKind.ENTERPRISE;
	}

	@Override
	public List<Column> columns() {
		return COLUMNS;
	}

	@Override
	public Row check(Map<String, String> values, ImportContext context) {
		List<Problem> problems = new ArrayList<>();
		cells.required(values, problems, "taxCode", "name");
		Long unit = cells.unit(values, context, problems);
		List<BiotechField> fields = cells.fields("fields", values.get("fields"), problems);
		Enterprise.Size size = cells.option(Enterprise.Size.class, "size", values.get("size"), problems);
		Enterprise.Status status = cells.option(Enterprise.Status.class, "status", values.get("status"), problems);
		Integer year = cells.integer("foundingYear", values.get("foundingYear"), problems);
		Visibility visibility = cells.visibility(values, problems);
		if (!problems.isEmpty()) {
			return Row.of(problems, null);
		}
		Enterprise draft = new Enterprise(null, values.get("taxCode"), values.get("name"), values.get("address"), unit,
				context.ownerAgencyId(), fields, size, year, status, visibility, 0);
		try {
			Enterprise clean = Enterprises.validate(draft);
			enterprises.findByTaxCode(clean.taxCode())
				.ifPresent(e -> problems.add(new Problem("taxCode", "registry.enterprise.error.taxCode.duplicate", e.name())));
			return Row.of(problems, () -> enterprises.create(clean));
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
		return enterprises.list(filter).stream().map(e -> {
			Map<String, String> row = new LinkedHashMap<>();
			row.put("taxCode", e.taxCode());
			row.put("name", e.name());
			row.put("address", ImportCells.text(e.address()));
			row.put("unitCode", codes.apply(e.orgUnitId()));
			row.put("fields", e.fields().stream().map(Enum::name).collect(Collectors.joining(",")));
			row.put("size", ImportCells.text(e.size()));
			row.put("foundingYear", ImportCells.text(e.foundingYear()));
			row.put("status", e.status().name());
			row.put("visibility", e.visibility().name());
			return row;
		}).toList();
	}

}
