package vn.trienkhai.registry;

/**
 * The registries of the biotechnology database. The search index, the import templates and the facets are
 * keyed by these; their names are message keys {@code registry.kind.<NAME>}.
 */
public enum RegistryKind {

	/** Doanh nghiệp công nghệ sinh học. */
	ENTERPRISE,

	/** Sản phẩm (OCOP, sở hữu trí tuệ). */
	PRODUCT,

	/** Mô hình ứng dụng công nghệ sinh học. */
	APPLICATION_MODEL,

	/** Đề tài, dự án khoa học và công nghệ. */
	PROJECT,

	/** A task of the annual S&T task list (danh mục nhiệm vụ KH&CN). */
	ST_TASK,

	/** Nguồn gen: an accession of a gene-fund programme, described by the MCPD passport. */
	ACCESSION,

	/** Trang thiết bị dùng chung. */
	EQUIPMENT,

	/** Chuyên gia. */
	EXPERT;

	public String messageKey() {
		return "registry.kind." + name();
	}

}
