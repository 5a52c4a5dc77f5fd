package vn.trienkhai.orgunit;

/**
 * A unit as a node of the tree: the unit and how many units are directly below it (in the version asked
 * for; the nation has children in both).
 */
public record OrgUnitNode(OrgUnit unit, int childCount) {

	public boolean hasChildren() {
		return childCount > 0;
	}

}
