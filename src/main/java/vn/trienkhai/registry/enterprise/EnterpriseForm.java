package vn.trienkhai.registry.enterprise;

import java.util.ArrayList;
import java.util.List;

import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.Visibility;

/** The enterprise form as bound from the page. */
class EnterpriseForm {

	private Long unit;

	private Long ownerAgency;

	private String taxCode;

	private String name;

	private String address;

	private List<BiotechField> fields = new ArrayList<>();

	private Enterprise.Size size;

	private Integer foundingYear;

	private Enterprise.Status status = Enterprise.Status.ACTIVE;

	private Visibility visibility = Visibility.PUBLIC;

	private int rowVersion;

	static EnterpriseForm of(Enterprise e) {
		EnterpriseForm f = new EnterpriseForm();
		f.unit = e.orgUnitId();
		f.ownerAgency = e.ownerAgencyId();
		f.taxCode = e.taxCode();
		f.name = e.name();
		f.address = e.address();
		f.fields = new ArrayList<>(e.fields());
		f.size = e.size();
		f.foundingYear = e.foundingYear();
		f.status = e.status();
		f.visibility = e.visibility();
		f.rowVersion = e.rowVersion();
		return f;
	}

	Enterprise toEnterprise(Long id) {
		return new Enterprise(id, taxCode, name, address, unit, ownerAgency, fields == null ? List.of() : fields, size,
				foundingYear, status, visibility, rowVersion);
	}

	public Long getUnit() { return unit; }
	public void setUnit(Long unit) { this.unit = unit; }
	public Long getOwnerAgency() { return ownerAgency; }
	public void setOwnerAgency(Long ownerAgency) { this.ownerAgency = ownerAgency; }
	public String getTaxCode() { return taxCode; }
	public void setTaxCode(String taxCode) { this.taxCode = taxCode; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getAddress() { return address; }
	public void setAddress(String address) { this.address = address; }
	public List<BiotechField> getFields() { return fields; }
	public void setFields(List<BiotechField> fields) { this.fields = fields; }
	public Enterprise.Size getSize() { return size; }
	public void setSize(Enterprise.Size size) { this.size = size; }
	public Integer getFoundingYear() { return foundingYear; }
	public void setFoundingYear(Integer foundingYear) { this.foundingYear = foundingYear; }
	public Enterprise.Status getStatus() { return status; }
	public void setStatus(Enterprise.Status status) { this.status = status; }
	public Visibility getVisibility() { return visibility; }
	public void setVisibility(Visibility visibility) { this.visibility = visibility; }
	public int getRowVersion() { return rowVersion; }
	public void setRowVersion(int rowVersion) { this.rowVersion = rowVersion; }

}
