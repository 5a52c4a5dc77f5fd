package vn.trienkhai.registry.project;

import java.util.ArrayList;
import java.util.List;

import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.Visibility;

/** The expert form as bound from the page. */
class ExpertForm {

	private Long unit;
	private Long ownerAgency;
	private String name;
	private List<BiotechField> fields = new ArrayList<>();
	private String organisation;
	private Expert.Degree degree;
	private String specialisation;
	private String email;
	private String phone;
	private boolean contactConsent;
	private Visibility visibility = Visibility.INTERNAL;
	private int rowVersion;

	static ExpertForm of(Expert e) {
		ExpertForm f = new ExpertForm();
		f.unit = e.orgUnitId();
		f.ownerAgency = e.ownerAgencyId();
		f.name = e.name();
		f.fields = new ArrayList<>(e.fields());
		f.organisation = e.organisation();
		f.degree = e.degree();
		f.specialisation = e.specialisation();
		f.email = e.email();
		f.phone = e.phone();
		f.contactConsent = e.contactConsent();
		f.visibility = e.visibility();
		f.rowVersion = e.rowVersion();
		return f;
	}

	Expert toExpert(Long id) {
		return new Expert(id, unit, ownerAgency, name, fields == null ? List.of() : fields, organisation, degree,
				specialisation, email, phone, contactConsent, visibility, rowVersion);
	}

	public Long getUnit() { return unit; }
	public void setUnit(Long unit) { this.unit = unit; }
	public Long getOwnerAgency() { return ownerAgency; }
	public void setOwnerAgency(Long ownerAgency) { this.ownerAgency = ownerAgency; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public List<BiotechField> getFields() { return fields; }
	public void setFields(List<BiotechField> fields) { this.fields = fields; }
	public String getOrganisation() { return organisation; }
	public void setOrganisation(String organisation) { this.organisation = organisation; }
	public Expert.Degree getDegree() { return degree; }
	public void setDegree(Expert.Degree degree) { this.degree = degree; }
	public String getSpecialisation() { return specialisation; }
	public void setSpecialisation(String specialisation) { this.specialisation = specialisation; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public boolean isContactConsent() { return contactConsent; }
	public void setContactConsent(boolean contactConsent) { this.contactConsent = contactConsent; }
	public Visibility getVisibility() { return visibility; }
	public void setVisibility(Visibility visibility) { this.visibility = visibility; }
	public int getRowVersion() { return rowVersion; }
	public void setRowVersion(int rowVersion) { this.rowVersion = rowVersion; }

}
