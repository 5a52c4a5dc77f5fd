package vn.trienkhai.registry.enterprise;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.trienkhai.agency.Agencies;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.shared.RegistryAccess;
import vn.trienkhai.registry.shared.ListFilter;
import vn.trienkhai.registry.shared.RegistryLists;
import vn.trienkhai.registry.shared.FieldInputException;

/** The enterprise pages: list with filters, new, detail/edit with yearly figures, delete. */
@Controller
@RequestMapping("/registry/enterprises")
class EnterprisePages {

	private static final String FORM = "registry/enterprise/enterprise-form";

	private final Enterprises enterprises;

	private final RegistryAccess access;

	private final Agencies agencies;

	private final RegistryLists lists;

	EnterprisePages(Enterprises enterprises, RegistryAccess access, Agencies agencies, RegistryLists lists) {
		this.lists = lists;
		this.enterprises = enterprises;
		this.access = access;
		this.agencies = agencies;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long unit, @RequestParam(required = false) BiotechField field,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		ListFilter filter = lists.filter(unit, field, q, page, model);
		model.addAttribute("enterprises", enterprises.list(filter));
		RegistryLists.paging(filter, enterprises.count(filter), model);
		return "registry/enterprise/enterprise-list";
	}

	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long unit, Model model) {
		access.requireCreator();
		EnterpriseForm form = new EnterpriseForm();
		form.setUnit(access.visibleUnit(unit).id());
		form.setOwnerAgency(CurrentUser.get().agencyId());
		return form(null, form, true, model);
	}

	@PostMapping
	String create(@ModelAttribute("enterpriseForm") EnterpriseForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		access.requireCreator();
		if (form.getUnit() == null) {
			form.setUnit(CurrentUser.get().orgUnitId());
		}
		access.visibleUnit(form.getUnit());
		access.requireWritable(form.getUnit(), form.getOwnerAgency(), "enterprise of unit " + form.getUnit());
		try {
			Enterprise created = enterprises.create(form.toEnterprise(null));
			redirect.addFlashAttribute("flash", "registry.enterprise.flash.saved");
			redirect.addFlashAttribute("flashArgs", new Object[] { created.name() });
			return "redirect:/registry/enterprises/" + created.id();
		}
		catch (FieldInputException e) {
			errors.rejectValue(e.field(), e.messageKey(), e.args(), null);
			return form(null, form, true, model);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Enterprise e = enterprises.get(id);
		access.requireReadable(e.orgUnitId(), e.visibility(), "enterprise " + id);
		return form(e, EnterpriseForm.of(e), access.canWrite(e.orgUnitId(), e.ownerAgencyId()), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("enterpriseForm") EnterpriseForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Enterprise e = enterprises.get(id);
		access.requireWritable(e.orgUnitId(), e.ownerAgencyId(), "enterprise " + id);
		if (form.getUnit() == null) {
			form.setUnit(e.orgUnitId());
		}
		access.requireWritable(form.getUnit(), form.getOwnerAgency(), "enterprise of unit " + form.getUnit());
		try {
			Enterprise saved = enterprises.update(form.toEnterprise(id));
			redirect.addFlashAttribute("flash", "registry.enterprise.flash.saved");
			redirect.addFlashAttribute("flashArgs", new Object[] { saved.name() });
			return "redirect:/registry/enterprises/" + id;
		}
		catch (FieldInputException ex) {
			errors.rejectValue(ex.field(), ex.messageKey(), ex.args(), null);
			return form(e, form, true, model);
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam int rowVersion, RedirectAttributes redirect) {
		Enterprise e = enterprises.get(id);
		access.requireWritable(e.orgUnitId(), e.ownerAgencyId(), "enterprise " + id);
		enterprises.delete(id, rowVersion);
		redirect.addFlashAttribute("flash", "registry.enterprise.flash.deleted");
		redirect.addFlashAttribute("flashArgs", new Object[] { e.name() });
		return "redirect:/registry/enterprises?unit=" + e.orgUnitId();
	}

	@PostMapping("/{id}/years")
	String putYear(@PathVariable long id, @RequestParam int year,
			@RequestParam(required = false) java.math.BigDecimal revenue,
			@RequestParam(required = false) java.math.BigDecimal biotechRevenue,
			@RequestParam(required = false) Integer employees, RedirectAttributes redirect) {
		Enterprise e = enterprises.get(id);
		access.requireWritable(e.orgUnitId(), e.ownerAgencyId(), "enterprise " + id);
		try {
			enterprises.putYear(id, new Enterprise.Year(year, revenue, biotechRevenue, employees));
			redirect.addFlashAttribute("flash", "registry.enterprise.flash.yearSaved");
			redirect.addFlashAttribute("flashArgs", new Object[] { year });
		}
		catch (FieldInputException ex) {
			redirect.addFlashAttribute("yearError", ex.messageKey());
			redirect.addFlashAttribute("yearErrorArgs", ex.args());
		}
		return "redirect:/registry/enterprises/" + id;
	}

	private String form(Enterprise e, EnterpriseForm form, boolean canWrite, Model model) {
		model.addAttribute("enterprise", e);
		model.addAttribute("enterpriseForm", form);
		model.addAttribute("canWrite", canWrite);
		model.addAttribute("canCreate", access.canCreate());
		model.addAttribute("unitLabel", access.unitLabel(form.getUnit()));
		model.addAttribute("agencies", agencies.ofOrgUnit(form.getUnit()));
		model.addAttribute("allFields", BiotechField.values());
		model.addAttribute("sizes", Enterprise.Size.values());
		model.addAttribute("statuses", Enterprise.Status.values());
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("years", e == null ? List.of() : enterprises.years(e.id()));
		return FORM;
	}

}
