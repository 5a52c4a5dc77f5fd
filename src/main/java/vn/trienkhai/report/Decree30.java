package vn.trienkhai.report;

/**
 * The fixed words and measures of an administrative document under Decree 30/2020/NĐ-CP (Appendix I): the
 * national title and motto, the "Nơi nhận" label; A4 with margins 20–25 mm top and bottom, 30–35 mm left,
 * 15–20 mm right (the smallest of each, as most offices use); Times New Roman 13–14 pt, the recipients 12 pt
 * bold italic and their lines 11 pt.
 */
final class Decree30 {

	static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

	static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

	static final String RECIPIENTS = "Nơi nhận:";

	static final double PAGE_WIDTH_MM = 210;

	static final double PAGE_HEIGHT_MM = 297;

	static final double MARGIN_TOP_MM = 20;

	static final double MARGIN_BOTTOM_MM = 20;

	static final double MARGIN_LEFT_MM = 30;

	static final double MARGIN_RIGHT_MM = 15;

	static final int BODY_PT = 14;

	/** The issuer block and the national title. */
	static final int HEADER_PT = 13;

	static final int TABLE_PT = 13;

	static final int RECIPIENTS_LABEL_PT = 12;

	static final int RECIPIENTS_PT = 11;

	private Decree30() {
	}

}
