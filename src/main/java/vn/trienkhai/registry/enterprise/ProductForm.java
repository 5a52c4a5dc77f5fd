package vn.trienkhai.registry.enterprise;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.Visibility;

/**
 * The product form as bound from the page. The producer is an enterprise of the registry (by its tax code)
 * or a cooperative/household by name; total, star band check and expiry are the service's.
 */
class ProductForm {

	private Long unit;

	private Long ownerAgency;

	private String name;

	private Product.ProducerKind producerKind = Product.ProducerKind.ENTERPRISE;

	private String producerTaxCode;

	private String producerName;

	private BiotechField field;

	private String productType;

	private String standards;

	private String gtin;

	private String ocopGroup;

	private String ocopSubgroup;

	private Integer ocopScoreA;

	private Integer ocopScoreB;

	private Integer ocopScoreC;

	private Integer ocopStars;

	private String ocopAuthority;

	private String ocopDecisionNo;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate ocopDecisionDate;

	private Visibility visibility = Visibility.PUBLIC;

	private int rowVersion;

	static ProductForm of(Product p, String producerTaxCode) {
		ProductForm f = new ProductForm();
		f.unit = p.orgUnitId();
		f.ownerAgency = p.ownerAgencyId();
		f.name = p.name();
		f.producerKind = p.producerKind();
		f.producerTaxCode = producerTaxCode;
		f.producerName = p.producerName();
		f.field = p.field();
		f.productType = p.productType();
		f.standards = p.standards();
		f.gtin = p.gtin();
		Product.Ocop o = p.ocop();
		f.ocopGroup = o.group();
		f.ocopSubgroup = o.subgroup();
		f.ocopScoreA = o.scoreA();
		f.ocopScoreB = o.scoreB();
		f.ocopScoreC = o.scoreC();
		f.ocopStars = o.stars();
		f.ocopAuthority = o.authority();
		f.ocopDecisionNo = o.decisionNo();
		f.ocopDecisionDate = o.decisionDate();
		f.visibility = p.visibility();
		f.rowVersion = p.rowVersion();
		return f;
	}

	/** The product as entered, the producer enterprise already resolved from the tax code (or null). */
	Product toProduct(Long id, Long producerEnterpriseId) {
		Product.Ocop ocop = new Product.Ocop(ocopGroup, ocopSubgroup, ocopScoreA, ocopScoreB, ocopScoreC, null, ocopStars,
				ocopAuthority, ocopDecisionNo, ocopDecisionDate, null);
		return new Product(id, name, producerKind, producerEnterpriseId, producerName, field, productType, unit, ownerAgency,
				visibility, standards, gtin, ocop, rowVersion);
	}

	/** The tax code entered when the producer is an enterprise; blank otherwise. */
	String enterpriseTaxCode() {
		return producerKind != Product.ProducerKind.ENTERPRISE || producerTaxCode == null || producerTaxCode.isBlank() ? null
				: producerTaxCode.trim();
	}

	public Long getUnit() { return unit; }
	public void setUnit(Long unit) { this.unit = unit; }
	public Long getOwnerAgency() { return ownerAgency; }
	public void setOwnerAgency(Long ownerAgency) { this.ownerAgency = ownerAgency; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public Product.ProducerKind getProducerKind() { return producerKind; }
	public void setProducerKind(Product.ProducerKind producerKind) { this.producerKind = producerKind; }
	public String getProducerTaxCode() { return producerTaxCode; }
	public void setProducerTaxCode(String producerTaxCode) { this.producerTaxCode = producerTaxCode; }
	public String getProducerName() { return producerName; }
	public void setProducerName(String producerName) { this.producerName = producerName; }
	public BiotechField getField() { return field; }
	public void setField(BiotechField field) { this.field = field; }
	public String getProductType() { return productType; }
	public void setProductType(String productType) { this.productType = productType; }
	public String getStandards() { return standards; }
	public void setStandards(String standards) { this.standards = standards; }
	public String getGtin() { return gtin; }
	public void setGtin(String gtin) { this.gtin = gtin; }
	public String getOcopGroup() { return ocopGroup; }
	public void setOcopGroup(String ocopGroup) { this.ocopGroup = ocopGroup; }
	public String getOcopSubgroup() { return ocopSubgroup; }
	public void setOcopSubgroup(String ocopSubgroup) { this.ocopSubgroup = ocopSubgroup; }
	public Integer getOcopScoreA() { return ocopScoreA; }
	public void setOcopScoreA(Integer ocopScoreA) { this.ocopScoreA = ocopScoreA; }
	public Integer getOcopScoreB() { return ocopScoreB; }
	public void setOcopScoreB(Integer ocopScoreB) { this.ocopScoreB = ocopScoreB; }
	public Integer getOcopScoreC() { return ocopScoreC; }
	public void setOcopScoreC(Integer ocopScoreC) { this.ocopScoreC = ocopScoreC; }
	public Integer getOcopStars() { return ocopStars; }
	public void setOcopStars(Integer ocopStars) { this.ocopStars = ocopStars; }
	public String getOcopAuthority() { return ocopAuthority; }
	public void setOcopAuthority(String ocopAuthority) { this.ocopAuthority = ocopAuthority; }
	public String getOcopDecisionNo() { return ocopDecisionNo; }
	public void setOcopDecisionNo(String ocopDecisionNo) { this.ocopDecisionNo = ocopDecisionNo; }
	public LocalDate getOcopDecisionDate() { return ocopDecisionDate; }
	public void setOcopDecisionDate(LocalDate ocopDecisionDate) { this.ocopDecisionDate = ocopDecisionDate; }
	public Visibility getVisibility() { return visibility; }
	public void setVisibility(Visibility visibility) { this.visibility = visibility; }
	public int getRowVersion() { return rowVersion; }
	public void setRowVersion(int rowVersion) { this.rowVersion = rowVersion; }

}
