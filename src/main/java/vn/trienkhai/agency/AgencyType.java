package vn.trienkhai.agency;

/**
 * The kinds of agency, in the display order of the {@code agency_type} catalogue (V3__agency.sql): the
 * enum's order is the catalogue's {@code sort_order}. Names for people: message keys
 * {@code agency.type.<CODE>}.
 */
public enum AgencyType {

	/** Tỉnh ủy, Thành ủy, Huyện ủy, Đảng ủy xã. */
	PARTY_COMMITTEE(10),
	/** Ban Thường vụ … ủy, Thường trực … ủy. */
	PARTY_STANDING_BOARD(20),
	/** Ban Tuyên giáo, Ban Dân vận, Ban Tổ chức, Văn phòng … ủy, Ủy ban Kiểm tra. */
	PARTY_BOARD(30),
	/** Hội đồng nhân dân. */
	PEOPLES_COUNCIL(40),
	/** Ủy ban nhân dân. */
	PEOPLES_COMMITTEE(50),
	/** Ủy ban Mặt trận Tổ quốc Việt Nam. */
	FATHERLAND_FRONT(60),
	/** Hội Nông dân, Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Liên đoàn Lao động, Hội Cựu chiến binh. */
	MASS_ORGANISATION(70),
	/** Bộ, cơ quan ngang bộ. */
	MINISTRY(80),
	/** Sở, Ban Quản lý. */
	DEPARTMENT(90),
	/** Phòng, Văn phòng UBND / HĐND. */
	OFFICE(100),
	/** Trung tâm. */
	CENTRE(110),
	/** Viện. */
	RESEARCH_INSTITUTE(120),
	/** Trường, Học viện, Đại học. */
	SCHOOL(130),
	/** Báo, Đài Phát thanh – Truyền hình, Đài Truyền thanh. */
	PRESS(140),
	/** Công an, Bộ Chỉ huy Quân sự, Ban Chỉ huy quân sự. */
	ARMED_FORCES(150),
	/** Anything else. */
	OTHER(999);

	private final int sortOrder;

	AgencyType(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	/** As in the catalogue table. */
	public int sortOrder() {
		return sortOrder;
	}

	/** The message key of the name for people. */
	public String messageKey() {
		return "agency.type." + name();
	}

}
