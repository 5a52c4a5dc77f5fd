package vn.trienkhai.registry.enterprise;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.shared.RegistryAccess;

/**
 * The product and application-model lists (filters, paging; an expired OCOP certificate shows "hết hạn",
 * not its stars) and their read-only detail pages, where search hits lead. Their entry forms are not built
 * yet: records come in through the import.
 */
@Controller
class ProductListPages {

	private final Products products;

	private final ApplicationModels models;

	private final RegistryAccess access;

	ProductListPages(Products products, ApplicationModels models, RegistryAccess access) {
		this.products = products;
		this.models = models;
		this.access = access;
	}

	@GetMapping("/registry/products")
	String products(@RequestParam(required = false) Long unit, @RequestParam(required = false) BiotechField field,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		RegistryFilter filter = filter(unit, field, q, page, model);
		long total = products.count(filter);
		model.addAttribute("products", products.list(filter));
		model.addAttribute("activeOcop", products.countActiveOcop(filter.unitId()));
		paging(total, page, model);
		return "registry/enterprise/product-list";
	}

	@GetMapping("/registry/application-models")
	String models(@RequestParam(required = false) Long unit, @RequestParam(required = false) BiotechField field,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		RegistryFilter filter = filter(unit, field, q, page, model);
		long total = models.count(filter);
		model.addAttribute("models", models.list(filter));
		paging(total, page, model);
		return "registry/enterprise/model-list";
	}

	/** A product as read (its entry form is not built yet): what it is, who makes it, its OCOP rating and IP. */
	@GetMapping("/registry/products/{id}")
	String product(@org.springframework.web.bind.annotation.PathVariable long id, Model model) {
		Product product = products.get(id);
		access.requireReadable(product.orgUnitId(), product.visibility(), "product " + id);
		model.addAttribute("product", product);
		model.addAttribute("unitLabel", access.unitLabel(product.orgUnitId()));
		model.addAttribute("expired", product.ocop().expiresOn() != null
				&& product.ocop().expiresOn().isBefore(java.time.LocalDate.now()));
		return "registry/enterprise/product-detail";
	}

	/** An application model as read. */
	@GetMapping("/registry/application-models/{id}")
	String model(@org.springframework.web.bind.annotation.PathVariable long id, Model model) {
		ApplicationModel found = models.get(id);
		access.requireReadable(found.orgUnitId(), found.visibility(), "application model " + id);
		model.addAttribute("item", found);
		model.addAttribute("unitLabel", access.unitLabel(found.orgUnitId()));
		return "registry/enterprise/model-detail";
	}

	private RegistryFilter filter(Long unit, BiotechField field, String q, int page, Model model) {
		OrgUnit scope = access.visibleUnit(unit);
		model.addAttribute("unit", scope.id());
		model.addAttribute("unitLabel", access.unitLabel(scope.id()));
		model.addAttribute("field", field);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("allFields", BiotechField.values());
		return new RegistryFilter(scope.id(), CurrentUser.get().orgUnitId(), field, q, page, RegistryFilter.PAGE_SIZE);
	}

	private static void paging(long total, int page, Model model) {
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", (total + RegistryFilter.PAGE_SIZE - 1) / RegistryFilter.PAGE_SIZE);
	}

}
