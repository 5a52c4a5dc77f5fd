package vn.trienkhai.registry.enterprise;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.shared.RegistryAccess;
import vn.trienkhai.registry.shared.ListFilter;

/**
 * The product and application-model lists (filters, paging; an expired OCOP certificate shows "hết hạn",
 * not its stars). Each record's own page is {@link ProductPages} or {@link ApplicationModelPages}.
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
		ListFilter filter = filter(unit, field, q, page, model);
		long total = products.count(filter);
		model.addAttribute("products", products.list(filter));
		model.addAttribute("activeOcop", products.countActiveOcop(filter.unitId()));
		paging(total, page, model);
		return "registry/enterprise/product-list";
	}

	@GetMapping("/registry/application-models")
	String models(@RequestParam(required = false) Long unit, @RequestParam(required = false) BiotechField field,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		ListFilter filter = filter(unit, field, q, page, model);
		long total = models.count(filter);
		model.addAttribute("models", models.list(filter));
		paging(total, page, model);
		return "registry/enterprise/model-list";
	}

	private ListFilter filter(Long unit, BiotechField field, String q, int page, Model model) {
		OrgUnit scope = access.visibleUnit(unit);
		model.addAttribute("unit", scope.id());
		model.addAttribute("unitLabel", access.unitLabel(scope.id()));
		model.addAttribute("field", field);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("allFields", BiotechField.values());
		model.addAttribute("canCreate", access.canCreate());
		return new ListFilter(scope.id(), CurrentUser.get().orgUnitId(), field, q, page, ListFilter.PAGE_SIZE);
	}

	private static void paging(long total, int page, Model model) {
		model.addAttribute("total", total);
		model.addAttribute("page", page);
		model.addAttribute("pages", (total + ListFilter.PAGE_SIZE - 1) / ListFilter.PAGE_SIZE);
	}

}
