package vn.trienkhai.registry.enterprise;

import java.math.BigDecimal;

import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.Visibility;

/** The application-model form as bound from the page. */
class ApplicationModelForm {

	private Long unit;

	private Long ownerAgency;

	private String name;

	private BiotechField field;

	private String place;

	private String scale;

	private BigDecimal scaleQuantity;

	private Integer year;

	private String results;

	private boolean exemplary;

	private Visibility visibility = Visibility.PUBLIC;

	private int rowVersion;

	static ApplicationModelForm of(ApplicationModel m) {
		ApplicationModelForm f = new ApplicationModelForm();
		f.unit = m.orgUnitId();
		f.ownerAgency = m.ownerAgencyId();
		f.name = m.name();
		f.field = m.field();
		f.place = m.place();
		f.scale = m.scale();
		f.scaleQuantity = m.scaleQuantity();
		f.year = m.year();
		f.results = m.results();
		f.exemplary = m.exemplary();
		f.visibility = m.visibility();
		f.rowVersion = m.rowVersion();
		return f;
	}

	ApplicationModel toModel(Long id) {
		return new ApplicationModel(id, name, field, place, unit, ownerAgency, scale, scaleQuantity, year, results, exemplary,
				visibility, rowVersion);
	}

	public Long getUnit() { return unit; }
	public void setUnit(Long unit) { this.unit = unit; }
	public Long getOwnerAgency() { return ownerAgency; }
	public void setOwnerAgency(Long ownerAgency) { this.ownerAgency = ownerAgency; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public BiotechField getField() { return field; }
	public void setField(BiotechField field) { this.field = field; }
	public String getPlace() { return place; }
	public void setPlace(String place) { this.place = place; }
	public String getScale() { return scale; }
	public void setScale(String scale) { this.scale = scale; }
	public BigDecimal getScaleQuantity() { return scaleQuantity; }
	public void setScaleQuantity(BigDecimal scaleQuantity) { this.scaleQuantity = scaleQuantity; }
	public Integer getYear() { return year; }
	public void setYear(Integer year) { this.year = year; }
	public String getResults() { return results; }
	public void setResults(String results) { this.results = results; }
	public boolean isExemplary() { return exemplary; }
	public void setExemplary(boolean exemplary) { this.exemplary = exemplary; }
	public Visibility getVisibility() { return visibility; }
	public void setVisibility(Visibility visibility) { this.visibility = visibility; }
	public int getRowVersion() { return rowVersion; }
	public void setRowVersion(int rowVersion) { this.rowVersion = rowVersion; }

}
