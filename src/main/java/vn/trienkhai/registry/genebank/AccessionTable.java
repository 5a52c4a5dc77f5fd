package vn.trienkhai.registry.genebank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.trienkhai.registry.RegistryKind;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.shared.RegistryTable;

/**
 * Import and export of accessions: the MCPD codes as columns, then the Vietnamese name, the programme, the
 * unit's code (within the import unit's subtree; the import unit when absent) and the visibility.
 */
@Component
class AccessionTable implements RegistryTable {

	static final List<String> REQUIRED = List.of("INSTCODE", "ACCENUMB", "GENUS");

	private static final Map<String, String> EXAMPLES = Map.of("INSTCODE", "VNM049", "ACCENUMB", "CT-0001",
			"GENUS", "Oryza", "SPECIES", "sativa", "ACQDATE", "2019----", "ORIGCTY", "VNM", "SAMPSTAT", "300",
			"COLLSRC", "20", "STORAGE", "12;13", "MLSSTAT", "1");

	private final Accessions accessions;

	private final JdbcClient jdbc;

	AccessionTable(Accessions accessions, JdbcClient jdbc) {
		this.accessions = accessions;
		this.jdbc = jdbc;
	}

	@Override
	public RegistryKind kind() {
		return RegistryKind.ACCESSION;
	}

	@Override
	public List<Column> columns() {
		List<Column> columns = new ArrayList<>();
		for (String f : Mcpd.FIELDS) {
			columns.add(new Column(f, "genebank.mcpd." + f, REQUIRED.contains(f), EXAMPLES.getOrDefault(f, "")));
		}
		columns.add(new Column("NAME_VI", "genebank.field.nameVi", false, "Lúa Một bụi đỏ"));
		columns.add(new Column("PROGRAMME", "genebank.field.programme", false, "Nhiệm vụ quỹ gen cấp tỉnh"));
		columns.add(new Column("UNIT", "genebank.field.unitCode", false, "92"));
		columns.add(new Column("VISIBILITY", "genebank.field.visibility", false, "PUBLIC"));
		return columns;
	}

	@Override
	public Row check(Map<String, String> values, ImportContext context) {
		List<Problem> problems = new ArrayList<>();
		long unit = context.orgUnitId();
		if (values.get("UNIT") != null) {
			Optional<Long> found = unitIn(values.get("UNIT"), context.orgUnitId());
			if (found.isEmpty()) {
				problems.add(new Problem("UNIT", "genebank.error.unit", values.get("UNIT")));
			}
			else {
				unit = found.get();
			}
		}
		Visibility visibility = Visibility.INTERNAL;
		if (values.get("VISIBILITY") != null) {
			try {
				visibility = Visibility.valueOf(values.get("VISIBILITY").toUpperCase());
			}
			catch (IllegalArgumentException e) {
				problems.add(new Problem("VISIBILITY", "genebank.error.visibility"));
			}
		}
		Map<String, String> mcpd = new LinkedHashMap<>();
		for (String f : Mcpd.FIELDS) {
			mcpd.put(f, values.get(f));
		}
		AccessionInput input = new AccessionInput(unit, context.ownerAgencyId(), visibility, values.get("NAME_VI"),
				values.get("PROGRAMME"), null, mcpd);
		problems.addAll(accessions.check(input));
		return Row.of(problems, () -> accessions.create(input));
	}

	@Override
	public List<Map<String, String>> export(ImportContext context) {
		List<Map<String, String>> rows = new ArrayList<>();
		Map<Long, String> codes = new LinkedHashMap<>();
		for (Accession a : accessions.readable(context.orgUnitId())) {
			Map<String, String> row = new LinkedHashMap<>();
			for (String f : Mcpd.FIELDS) {
				row.put(f, a.get(f) == null ? "" : a.get(f));
			}
			row.put("NAME_VI", a.nameVi() == null ? "" : a.nameVi());
			row.put("PROGRAMME", a.programme() == null ? "" : a.programme());
			row.put("UNIT", codes.computeIfAbsent(a.orgUnitId(), this::unitCode));
			row.put("VISIBILITY", a.visibility().name());
			rows.add(row);
		}
		return rows;
	}

	private Optional<Long> unitIn(String code, long scope) {
		return jdbc.sql("""
				select u.id from org_unit u where u.code = :code
				   and u.path <@ (select path from org_unit where id = :scope) order by u.id limit 1
				""").param("code", code).param("scope", scope).query(Long.class).optional();
	}

	private String unitCode(long id) {
		return jdbc.sql("select code from org_unit where id = :id").param("id", id).query(String.class).single();
	}

}
