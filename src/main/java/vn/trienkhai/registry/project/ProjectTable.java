package vn.trienkhai.registry.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.RegistryKind;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.shared.FieldInputException;
import vn.trienkhai.registry.shared.ImportCells;
import vn.trienkhai.registry.shared.ListFilter;
import vn.trienkhai.registry.shared.RegistryTable;

/**
 * Import and export of S&amp;T projects. A file may bring in past projects as they stand (an accepted project
 * with its acceptance date counts in the accepted-projects indicator at once); the status must then carry
 * what that step needs, as the lifecycle buttons require.
 */
@Component
class ProjectTable implements RegistryTable {

	private static final List<Column> COLUMNS = List.of(
			new Column("code", "registry.project.code", true, "ĐTCS.2025.03"),
			new Column("title", "registry.project.title", true, "Ứng dụng công nghệ nuôi cấy mô nhân giống lan Hồ Điệp"),
			new Column("kind", "registry.project.kind", false, "TOPIC"),
			new Column("level", "registry.project.level", false, "PROVINCIAL"),
			new Column("field", "registry.column.field", true, "AGRICULTURE"),
			new Column("unitCode", "registry.column.unitCode", false, "24"),
			new Column("hostOrganisation", "registry.project.host", false, "Viện Di truyền Nông nghiệp"),
			new Column("principalInvestigator", "registry.project.pi", false, "TS. Nguyễn Văn An"),
			new Column("periodStart", "registry.project.periodStart", false, "2025-03-01"),
			new Column("periodEnd", "registry.project.periodEnd", false, "2026-02-28"),
			new Column("budgetStateCentral", "registry.project.budget.STATE_CENTRAL", false, ""),
			new Column("budgetStateLocal", "registry.project.budget.STATE_LOCAL", false, "850.5"),
			new Column("budgetEnterprise", "registry.project.budget.ENTERPRISE", false, "120"),
			new Column("budgetOther", "registry.project.budget.OTHER", false, ""),
			new Column("outputs", "registry.project.outputs", false, "Quy trình nhân giống; 10.000 cây giống"),
			new Column("status", "registry.project.status", false, "ACCEPTED"),
			new Column("acceptanceDate", "registry.project.acceptanceDate", false, "2026-03-15"),
			new Column("appliedWhere", "registry.project.appliedWhere", false, ""),
			new Column("visibility", "registry.column.visibility", false, "PUBLIC"));

	private static final Map<String, Project.Source> BUDGET_COLUMNS = Map.of("budgetStateCentral",
			Project.Source.STATE_CENTRAL, "budgetStateLocal", Project.Source.STATE_LOCAL, "budgetEnterprise",
			Project.Source.ENTERPRISE, "budgetOther", Project.Source.OTHER);

	private final Projects projects;
	private final ImportCells cells;
	private final JdbcClient jdbc;

	ProjectTable(Projects projects, ImportCells cells, JdbcClient jdbc) {
		this.projects = projects;
		this.cells = cells;
		this.jdbc = jdbc;
	}

	@Override
	public RegistryKind kind() {
		return RegistryKind.PROJECT;
	}

	@Override
	public List<Column> columns() {
		return COLUMNS;
	}

	@Override
	public Row check(Map<String, String> values, ImportContext context) {
		List<Problem> problems = new ArrayList<>();
		cells.required(values, problems, "code", "title", "field");
		Long unit = cells.unit(values, context, problems);
		Project.Kind kind = cells.option(Project.Kind.class, "kind", values.get("kind"), problems);
		Project.Level level = cells.option(Project.Level.class, "level", values.get("level"), problems);
		BiotechField field = cells.field("field", values.get("field"), problems);
		LocalDate start = cells.date("periodStart", values.get("periodStart"), problems);
		LocalDate end = cells.date("periodEnd", values.get("periodEnd"), problems);
		ProjectStatus status = cells.option(ProjectStatus.class, "status", values.get("status"), problems);
		LocalDate accepted = cells.date("acceptanceDate", values.get("acceptanceDate"), problems);
		Visibility visibility = cells.visibility(values, problems, Visibility.INTERNAL);
		Map<Project.Source, BigDecimal> budget = Project.noBudget();
		BUDGET_COLUMNS.forEach((column, source) -> {
			BigDecimal amount = cells.decimal(column, values.get(column), problems);
			if (amount != null) {
				budget.put(source, amount);
			}
		});
		if (!problems.isEmpty()) {
			return Row.of(problems, null);
		}
		String appliedWhere = values.get("appliedWhere");
		if ((status == ProjectStatus.ACCEPTED || status == ProjectStatus.APPLIED) && accepted == null) {
			problems.add(new Problem("acceptanceDate", "registry.project.error.acceptanceDate"));
		}
		if (accepted != null && (accepted.isAfter(vn.trienkhai.registry.shared.Today.date())
				|| (start != null && accepted.isBefore(start)))) {
			// the rule the acceptance button applies
			problems.add(new Problem("acceptanceDate", "registry.project.error.acceptanceDateRange"));
		}
		if (status == ProjectStatus.APPLIED && appliedWhere == null) {
			problems.add(new Problem("appliedWhere", "registry.project.error.appliedWhere"));
		}
		Project draft = new Project(null, unit, context.ownerAgencyId(), values.get("code"), values.get("title"),
				kind == null ? Project.Kind.TOPIC : kind, level == null ? Project.Level.PROVINCIAL : level, field,
				values.get("hostOrganisation"), values.get("principalInvestigator"), start, end, values.get("outputs"),
				budget, status, accepted, null, appliedWhere, visibility, 0);
		try {
			Project clean = Projects.validate(draft);
			if (jdbc.sql("select count(*) from project where org_unit_id = :u and lower(code) = lower(:c)")
				.param("u", unit).param("c", clean.code()).query(Long.class).single() > 0) {
				problems.add(new Problem("code", "registry.project.error.codeTaken", clean.code()));
			}
			return Row.of(problems, () -> projects.create(clean));
		}
		catch (FieldInputException e) {
			problems.add(ImportCells.problem(e));
			return Row.of(problems, null);
		}
	}

	@Override
	public List<Map<String, String>> export(ImportContext context) {
		ListFilter filter = new ListFilter(context.orgUnitId(), ImportCells.readerUnit(context), null, null, 0,
				Integer.MAX_VALUE);
		java.util.function.LongFunction<String> codes = cells.unitCodes();
		return projects.list(filter, null).stream().map(p -> {
			Map<String, String> row = new LinkedHashMap<>();
			row.put("code", p.code());
			row.put("title", p.title());
			row.put("kind", p.kind().name());
			row.put("level", p.level().name());
			row.put("field", p.field().name());
			row.put("unitCode", codes.apply(p.orgUnitId()));
			row.put("hostOrganisation", ImportCells.text(p.hostOrganisation()));
			row.put("principalInvestigator", ImportCells.text(p.principalInvestigator()));
			row.put("periodStart", ImportCells.text(p.periodStart()));
			row.put("periodEnd", ImportCells.text(p.periodEnd()));
			BUDGET_COLUMNS.forEach((column, source) -> row.put(column,
					p.budgetOf(source) == null ? "" : p.budgetOf(source).stripTrailingZeros().toPlainString()));
			row.put("outputs", ImportCells.text(p.outputs()));
			row.put("status", p.status().name());
			row.put("acceptanceDate", ImportCells.text(p.acceptanceDate()));
			row.put("appliedWhere", ImportCells.text(p.appliedWhere()));
			row.put("visibility", p.visibility().name());
			return row;
		}).toList();
	}

}
