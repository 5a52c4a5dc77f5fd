package vn.trienkhai.registry;

/**
 * Whether a record may leave the unit's scope: public records are read by every signed-in user and will be
 * shown on the public portal; internal ones only within the scope of the unit that owns them.
 */
public enum Visibility {

	PUBLIC, INTERNAL;

	public String messageKey() {
		return "registry.visibility." + name();
	}

}
