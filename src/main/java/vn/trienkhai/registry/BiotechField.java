package vn.trienkhai.registry;

/**
 * The fields (lĩnh vực) Resolution 36-NQ/TW develops biotechnology in; every registry classifies its
 * records by them, and the search facets on them. Message keys {@code registry.field.<NAME>}.
 */
public enum BiotechField {

	AGRICULTURE, FORESTRY, FISHERIES, FOOD, HEALTH, PHARMACY, INDUSTRY, ENVIRONMENT, SECURITY, OTHER;

	public String messageKey() {
		return "registry.field." + name();
	}

}
