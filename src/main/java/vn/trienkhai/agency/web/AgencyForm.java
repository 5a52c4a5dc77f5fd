package vn.trienkhai.agency.web;

import vn.trienkhai.agency.Agency;
import vn.trienkhai.agency.AgencyType;

/** The fields of the new-agency and edit-agency forms. */
public class AgencyForm {

	/** The org unit (the picker's hidden input); fixed once the agency exists. */
	private Long unit;

	/** Null ("tell from the name") is allowed. */
	private AgencyType type;

	private String name;

	/** The version the form was rendered from; only for edits. */
	private Integer rowVersion;

	static AgencyForm of(Agency agency) {
		AgencyForm form = new AgencyForm();
		form.unit = agency.orgUnitId();
		form.type = agency.type();
		form.name = agency.name();
		form.rowVersion = agency.rowVersion();
		return form;
	}

	public Long getUnit() {
		return unit;
	}

	public void setUnit(Long unit) {
		this.unit = unit;
	}

	public AgencyType getType() {
		return type;
	}

	public void setType(AgencyType type) {
		this.type = type;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Integer getRowVersion() {
		return rowVersion;
	}

	public void setRowVersion(Integer rowVersion) {
		this.rowVersion = rowVersion;
	}

}
