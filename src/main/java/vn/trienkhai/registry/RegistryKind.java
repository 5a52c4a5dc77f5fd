package vn.trienkhai.registry;

/**
 * The registries of the biotechnology database. The search index, the import templates and the facets are
 * keyed by these; their names are message keys {@code registry.kind.<NAME>}.
 */
public enum RegistryKind {

	/** Doanh nghiệp công nghệ sinh học. */
	ENTERPRISE("enterprises"),

	/** Sản phẩm (OCOP, sở hữu trí tuệ). */
	PRODUCT("products"),

	/** Mô hình ứng dụng công nghệ sinh học. */
	APPLICATION_MODEL("application-models"),

	/** Đề tài, dự án khoa học và công nghệ. */
	PROJECT("projects"),

	/** A task of the annual S&T task list (danh mục nhiệm vụ KH&CN). */
	ST_TASK("tasks"),

	/** Nguồn gen: an accession of a gene-fund programme, described by the MCPD passport. */
	ACCESSION("accessions"),

	/** Trang thiết bị dùng chung. */
	EQUIPMENT("equipment"),

	/** Chuyên gia. */
	EXPERT("experts");

	private final String path;

	RegistryKind(String path) {
		this.path = path;
	}

	/** The registry's pages live under {@code /registry/<path>}; a record's page is {@code /registry/<path>/<id>}. */
	public String path() {
		return path;
	}

	/** The page of one record. */
	public String recordUrl(long id) {
		return "/registry/" + path + "/" + id;
	}

	public String messageKey() {
		return "registry.kind." + name();
	}

}
