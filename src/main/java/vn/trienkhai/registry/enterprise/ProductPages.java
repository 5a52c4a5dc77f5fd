package vn.trienkhai.registry.enterprise;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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

import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.Visibility;
import vn.trienkhai.registry.shared.OwnerAgencyChoices;
import vn.trienkhai.registry.shared.RegistryAccess;
import vn.trienkhai.registry.shared.FieldInputException;

/**
 * A product's page: the entry form (new, edit with optimistic lock, delete) for those who may change it, the
 * same fields read-only otherwise; and its IP titles, added, changed and removed one at a time.
 */
@Controller
@RequestMapping("/registry/products")
class ProductPages {

	private static final String FORM = "registry/enterprise/product-form";

	private final Products products;

	private final Enterprises enterprises;

	private final RegistryAccess access;

	private final OwnerAgencyChoices agencies;

	ProductPages(Products products, Enterprises enterprises, RegistryAccess access, OwnerAgencyChoices agencies) {
		this.products = products;
		this.enterprises = enterprises;
		this.access = access;
		this.agencies = agencies;
	}

	/** The empty form; from an enterprise's page ({@code ?enterprise=id}) with that enterprise as producer. */
	@GetMapping("/new")
	String newForm(@RequestParam(required = false) Long unit, @RequestParam(required = false) Long enterprise, Model model) {
		access.requireCreator();
		ProductForm form = new ProductForm();
		form.setUnit(access.visibleUnit(unit).id());
		form.setOwnerAgency(CurrentUser.get().agencyId());
		if (enterprise != null) {
			Enterprise producer = enterprises.get(enterprise);
			access.requireReadable(producer.orgUnitId(), producer.visibility(), "enterprise " + enterprise);
			form.setProducerKind(Product.ProducerKind.ENTERPRISE);
			form.setProducerTaxCode(producer.taxCode());
			form.setProducerName(producer.name());
			if (unit == null) {
				form.setUnit(access.visibleUnit(producer.orgUnitId()).id());
			}
		}
		return form(null, form, true, model);
	}

	@PostMapping
	String create(@ModelAttribute("productForm") ProductForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		access.requireCreator();
		if (form.getUnit() == null) {
			form.setUnit(CurrentUser.get().orgUnitId());
		}
		access.visibleUnit(form.getUnit());
		access.requireWritable(form.getUnit(), form.getOwnerAgency(), "product of unit " + form.getUnit());
		if (errors.hasErrors()) {
			return form(null, form, true, model);
		}
		try {
			agencies.check(form.getUnit(), form.getOwnerAgency(), null);
			Product created = products.create(form.toProduct(null, producer(form)));
			redirect.addFlashAttribute("flash", "registry.product.flash.saved");
			redirect.addFlashAttribute("flashArgs", new Object[] { created.name() });
			return "redirect:/registry/products/" + created.id();
		}
		catch (FieldInputException e) {
			errors.rejectValue(e.field(), e.messageKey(), e.args(), null);
			return form(null, form, true, model);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		Product p = products.get(id);
		access.requireReadable(p.orgUnitId(), p.visibility(), "product " + id);
		return form(p, ProductForm.of(p, taxCodeOf(p)), access.canWrite(p.orgUnitId(), p.ownerAgencyId()), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("productForm") ProductForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		Product p = products.get(id);
		access.requireWritable(p.orgUnitId(), p.ownerAgencyId(), "product " + id);
		if (form.getUnit() == null) {
			form.setUnit(p.orgUnitId());
		}
		access.requireWritable(form.getUnit(), form.getOwnerAgency(), "product of unit " + form.getUnit());
		if (errors.hasErrors()) {
			return form(p, form, true, model);
		}
		try {
			agencies.check(form.getUnit(), form.getOwnerAgency(), p.ownerAgencyId());
			Product saved = products.update(form.toProduct(id, producer(form)));
			redirect.addFlashAttribute("flash", "registry.product.flash.saved");
			redirect.addFlashAttribute("flashArgs", new Object[] { saved.name() });
			return "redirect:/registry/products/" + id;
		}
		catch (FieldInputException e) {
			errors.rejectValue(e.field(), e.messageKey(), e.args(), null);
			return form(p, form, true, model);
		}
		catch (OptimisticLockingFailureException e) {
			// someone saved in between: keep what this user typed, say so, change nothing
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", true);
			return form(p, form, true, model);
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam int rowVersion, RedirectAttributes redirect) {
		Product p = products.get(id);
		access.requireWritable(p.orgUnitId(), p.ownerAgencyId(), "product " + id);
		products.delete(id, rowVersion);
		redirect.addFlashAttribute("flash", "registry.product.flash.deleted");
		redirect.addFlashAttribute("flashArgs", new Object[] { p.name() });
		return "redirect:/registry/products?unit=" + p.orgUnitId();
	}

	@PostMapping("/{id}/ips")
	String addIp(@PathVariable long id, @RequestParam(required = false) Product.IpType ipType,
			@RequestParam(required = false) Product.IpStatus ipStatus, @RequestParam(required = false) String ipNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate ipGrantedOn,
			Model model, RedirectAttributes redirect) {
		return changeIp(id, new Product.Ip(null, ipType, ipStatus, ipNumber, ipGrantedOn), model, redirect);
	}

	@PostMapping("/{id}/ips/{ipId}")
	String updateIp(@PathVariable long id, @PathVariable long ipId, @RequestParam(required = false) Product.IpType ipType,
			@RequestParam(required = false) Product.IpStatus ipStatus, @RequestParam(required = false) String ipNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate ipGrantedOn,
			Model model, RedirectAttributes redirect) {
		return changeIp(id, new Product.Ip(ipId, ipType, ipStatus, ipNumber, ipGrantedOn), model, redirect);
	}

	@PostMapping("/{id}/ips/{ipId}/delete")
	String removeIp(@PathVariable long id, @PathVariable long ipId, RedirectAttributes redirect) {
		Product p = products.get(id);
		access.requireWritable(p.orgUnitId(), p.ownerAgencyId(), "product " + id);
		products.removeIp(id, ipId);
		redirect.addFlashAttribute("flash", "registry.product.flash.ipRemoved");
		return "redirect:/registry/products/" + id + "#product-ips";
	}

	/** Adds (no id) or changes an IP title; a broken rule shows on the page next to the title's field. */
	private String changeIp(long id, Product.Ip ip, Model model, RedirectAttributes redirect) {
		Product p = products.get(id);
		access.requireWritable(p.orgUnitId(), p.ownerAgencyId(), "product " + id);
		try {
			if (ip.id() == null) {
				products.addIp(id, ip);
			}
			else {
				products.updateIp(id, ip);
			}
			redirect.addFlashAttribute("flash", "registry.product.flash.ipSaved");
			return "redirect:/registry/products/" + id + "#product-ips";
		}
		catch (FieldInputException e) {
			model.addAttribute("ipError", e.messageKey());
			model.addAttribute("ipErrorArgs", e.args());
			model.addAttribute("ipErrorField", e.field());
			model.addAttribute("ipInput", ip);
			return form(p, ProductForm.of(p, taxCodeOf(p)), true, model);
		}
	}

	/** The producer enterprise named by the tax code; unknown (or not readable by this user) is a field error. */
	private Long producer(ProductForm form) {
		String taxCode = form.enterpriseTaxCode();
		if (taxCode == null) {
			return null;
		}
		Enterprise e = enterprises.findByTaxCode(taxCode)
			.filter(found -> access.canRead(found.orgUnitId(), found.visibility()))
			.orElseThrow(() -> new FieldInputException("producerTaxCode", "registry.product.error.producer.unknown", taxCode));
		if (form.getProducerName() == null || form.getProducerName().isBlank()) {
			// the lists show the producer's name; for an enterprise it is the registry's
			form.setProducerName(e.name());
		}
		return e.id();
	}

	private String taxCodeOf(Product p) {
		return p.producerEnterpriseId() == null ? null
				: enterprises.find(p.producerEnterpriseId())
					// an internal enterprise of another area is not named, not even by its tax code
					.filter(e -> access.canRead(e.orgUnitId(), e.visibility()))
					.map(Enterprise::taxCode).orElse(null);
	}

	private String form(Product p, ProductForm form, boolean canWrite, Model model) {
		model.addAttribute("product", p);
		model.addAttribute("productForm", form);
		model.addAttribute("canWrite", canWrite);
		model.addAttribute("unitLabel", access.unitLabel(form.getUnit()));
		model.addAttribute("agencies", agencies.forUnit(form.getUnit(), p == null ? null : p.ownerAgencyId()));
		model.addAttribute("allFields", BiotechField.values());
		model.addAttribute("producerKinds", Product.ProducerKind.values());
		model.addAttribute("visibilities", Visibility.values());
		model.addAttribute("ipTypes", Product.IpType.values());
		model.addAttribute("ipStatuses", Product.IpStatus.values());
		model.addAttribute("ips", p == null ? java.util.List.of() : products.ips(p.id()));
		model.addAttribute("producer", p == null || p.producerEnterpriseId() == null ? null
				: enterprises.find(p.producerEnterpriseId()).filter(e -> access.canRead(e.orgUnitId(), e.visibility()))
					.orElse(null));
		model.addAttribute("expired", p != null && p.ocopExpired());
		if (!model.containsAttribute("conflict")) {
			model.addAttribute("conflict", false);
		}
		if (!model.containsAttribute("ipError")) {
			model.addAttribute("ipError", null);
		}
		return FORM;
	}

}
