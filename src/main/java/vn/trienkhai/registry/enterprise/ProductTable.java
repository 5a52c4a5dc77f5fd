package vn.trienkhai.registry.enterprise;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

/** Import and export of products with their OCOP rating; a producer enterprise is named by its tax code. */
@Component
class ProductTable implements RegistryTable {

	private static final List<Column> COLUMNS = List.of(
			new Column("name", "registry.product.name", true, "Mật ong hoa nhãn Hưng Yên"),
			new Column("producerKind", "registry.product.producerKind", true, "COOPERATIVE"),
			new Column("producerTaxCode", "registry.product.producerTaxCode", false, "0100109106"),
			new Column("producerName", "registry.product.producerName", false, "HTX Ong mật Phố Hiến"),
			new Column("field", "registry.column.field", false, "FOOD"),
			new Column("productType", "registry.product.productType", false, "Mật ong"),
			new Column("unitCode", "registry.column.unitCode", false, "33"),
			new Column("standards", "registry.product.standards", false, "TCVN 5267-1:2008"),
			new Column("gtin", "registry.product.gtin", false, "8934567890120"),
			new Column("ocopGroup", "registry.product.ocopGroup", false, "Thực phẩm"),
			new Column("ocopSubgroup", "registry.product.ocopSubgroup", false, "Thực phẩm tươi sống"),
			new Column("ocopScoreA", "registry.product.ocopScoreA", false, "30"),
			new Column("ocopScoreB", "registry.product.ocopScoreB", false, "20"),
			new Column("ocopScoreC", "registry.product.ocopScoreC", false, "25"),
			new Column("ocopStars", "registry.product.ocopStars", false, "4"),
			new Column("ocopAuthority", "registry.product.ocopAuthority", false, "UBND tỉnh Hưng Yên"),
			new Column("ocopDecisionNo", "registry.product.ocopDecisionNo", false, "123/QĐ-UBND"),
			new Column("ocopDecisionDate", "registry.product.ocopDecisionDate", false, "2025-06-30"),
			new Column("visibility", "registry.column.visibility", false, "PUBLIC"));

	private final Products products;

	private final Enterprises enterprises;

	private final ImportCells cells;

	ProductTable(Products products, Enterprises enterprises, ImportCells cells) {
		this.products = products;
		this.enterprises = enterprises;
		this.cells = cells;
	}

	@Override
	public RegistryKind kind() {
		return RegistryKind.PRODUCT;
	}

	@Override
	public List<Column> columns() {
		return COLUMNS;
	}

	@Override
	public Row check(Map<String, String> values, ImportContext context) {
		List<Problem> problems = new ArrayList<>();
		cells.required(values, problems, "name", "producerKind");
		Long unit = cells.unit(values, context, problems);
		Product.ProducerKind kind = cells.option(Product.ProducerKind.class, "producerKind", values.get("producerKind"), problems);
		Long enterpriseId = null;
		String taxCode = values.get("producerTaxCode");
		if (taxCode != null) {
			enterpriseId = enterprises.findByTaxCode(taxCode.trim()).map(Enterprise::id).orElse(null);
			if (enterpriseId == null) {
				problems.add(new Problem("producerTaxCode", "registry.product.error.producer.unknown", taxCode));
			}
		}
		BiotechField field = cells.field("field", values.get("field"), problems);
		Integer a = cells.integer("ocopScoreA", values.get("ocopScoreA"), problems);
		Integer b = cells.integer("ocopScoreB", values.get("ocopScoreB"), problems);
		Integer c = cells.integer("ocopScoreC", values.get("ocopScoreC"), problems);
		Integer stars = cells.integer("ocopStars", values.get("ocopStars"), problems);
		LocalDate decisionDate = null;
		if (values.get("ocopDecisionDate") != null) {
			try {
				decisionDate = LocalDate.parse(values.get("ocopDecisionDate").trim());
			}
			catch (DateTimeParseException e) {
				problems.add(new Problem("ocopDecisionDate", "registry.import.error.date", values.get("ocopDecisionDate")));
			}
		}
		Visibility visibility = cells.visibility(values, problems);
		if (!problems.isEmpty()) {
			return Row.of(problems, null);
		}
		Product.Ocop ocop = new Product.Ocop(values.get("ocopGroup"), values.get("ocopSubgroup"), a, b, c, null, stars,
				values.get("ocopAuthority"), values.get("ocopDecisionNo"), decisionDate, null);
		Product draft = new Product(null, values.get("name"), kind, enterpriseId, values.get("producerName"), field,
				values.get("productType"), unit, context.ownerAgencyId(), visibility, values.get("standards"),
				values.get("gtin"), ocop, 0);
		try {
			Product clean = Products.validate(draft);
			return Row.of(problems, () -> products.create(clean));
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
		return products.list(filter).stream().map(p -> {
			Map<String, String> row = new LinkedHashMap<>();
			row.put("name", p.name());
			row.put("producerKind", p.producerKind().name());
			row.put("producerTaxCode", p.producerEnterpriseId() == null ? ""
					: enterprises.find(p.producerEnterpriseId()).map(Enterprise::taxCode).orElse(""));
			row.put("producerName", ImportCells.text(p.producerName()));
			row.put("field", ImportCells.text(p.field()));
			row.put("productType", ImportCells.text(p.productType()));
			row.put("unitCode", codes.apply(p.orgUnitId()));
			row.put("standards", ImportCells.text(p.standards()));
			row.put("gtin", ImportCells.text(p.gtin()));
			row.put("ocopGroup", ImportCells.text(p.ocop().group()));
			row.put("ocopSubgroup", ImportCells.text(p.ocop().subgroup()));
			row.put("ocopScoreA", ImportCells.text(p.ocop().scoreA()));
			row.put("ocopScoreB", ImportCells.text(p.ocop().scoreB()));
			row.put("ocopScoreC", ImportCells.text(p.ocop().scoreC()));
			row.put("ocopStars", ImportCells.text(p.ocop().stars()));
			row.put("ocopAuthority", ImportCells.text(p.ocop().authority()));
			row.put("ocopDecisionNo", ImportCells.text(p.ocop().decisionNo()));
			row.put("ocopDecisionDate", ImportCells.text(p.ocop().decisionDate()));
			row.put("visibility", p.visibility().name());
			return row;
		}).toList();
	}

}
