package vn.trienkhai.registry.shared;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.registry.BiotechField;

/**
 * What every registry list page does around its own query: the area asked for (403 outside the user's
 * scope), the filters and paging in the model as {@code templates/registry/fragments.html :: listFilter} and
 * {@code fragments/forms :: pager} read them.
 */
@Component
public class RegistryLists {

	private final RegistryAccess access;

	RegistryLists(RegistryAccess access) {
		this.access = access;
	}

	/** The filter of the request, its values put in the model. */
	public ListFilter filter(Long unit, BiotechField field, String q, int page, Model model) {
		OrgUnit scope = access.visibleUnit(unit);
		model.addAttribute("unit", scope.id());
		model.addAttribute("unitLabel", access.unitLabel(scope.id()));
		model.addAttribute("field", field);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("allFields", BiotechField.values());
		model.addAttribute("canCreate", access.canCreate());
		return new ListFilter(scope.id(), CurrentUser.get().orgUnitId(), field, q, page, ListFilter.PAGE_SIZE);
	}

	/** The count and the pager's position. */
	public static void paging(ListFilter filter, long total, Model model) {
		model.addAttribute("total", total);
		model.addAttribute("page", filter.page());
		model.addAttribute("pages", filter.pages(total));
	}

}
