package vn.trienkhai.registry.enterprise;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.shared.RegistryLists;
import vn.trienkhai.registry.shared.ListFilter;

/**
 * The product and application-model lists (filters, paging; an expired OCOP certificate shows "hết hạn",
 * not its stars). Each record's own page is {@link ProductPages} or {@link ApplicationModelPages}.
 */
@Controller
class ProductListPages {

	private final Products products;

	private final ApplicationModels models;

	private final RegistryLists lists;

	ProductListPages(Products products, ApplicationModels models, RegistryLists lists) {
		this.products = products;
		this.models = models;
		this.lists = lists;
	}

	@GetMapping("/registry/products")
	String products(@RequestParam(required = false) Long unit, @RequestParam(required = false) BiotechField field,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		ListFilter filter = lists.filter(unit, field, q, page, model);
		long total = products.count(filter);
		model.addAttribute("products", products.list(filter));
		model.addAttribute("activeOcop", products.countActiveOcop(filter.unitId()));
		RegistryLists.paging(filter, total, model);
		return "registry/enterprise/product-list";
	}

	@GetMapping("/registry/application-models")
	String models(@RequestParam(required = false) Long unit, @RequestParam(required = false) BiotechField field,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		ListFilter filter = lists.filter(unit, field, q, page, model);
		long total = models.count(filter);
		model.addAttribute("models", models.list(filter));
		RegistryLists.paging(filter, total, model);
		return "registry/enterprise/model-list";
	}

}
