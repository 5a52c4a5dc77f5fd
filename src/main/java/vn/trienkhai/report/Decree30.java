package vn.trienkhai.report;

/**
 * The fixed texts and layout of an administrative document as Decree 30/2020/NĐ-CP (Appendix I, "Thể thức,
 * kỹ thuật trình bày văn bản hành chính") has them, shared by the DOCX writer, the PDF writer and its template
 * ({@code templates/report/document.html}, whose CSS repeats these numbers). Where the decree gives a range,
 * the value here is the one the provincial offices use. The three texts are public fields so that the
 * template can read them with {@code T(vn.trienkhai.report.Decree30).NATION} wherever the paper is included.
 */
final class Decree30 {

	/** The national name (quốc hiệu), upper case, bold, 12–13 pt. */
	public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

	/** The motto (tiêu ngữ), bold, 13–14 pt, a rule under it as long as the line. */
	public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

	/** The label over the recipient lines, 12 pt bold italic. */
	public static final String RECIPIENTS = "Nơi nhận:";

	/** Paper: A4 (210 × 297 mm), portrait. */
	static final int PAGE_WIDTH_MM = 210;

	static final int PAGE_HEIGHT_MM = 297;

	/** Margins: top and bottom 20–25 mm, left 30–35 mm (for binding), right 15–20 mm. */
	static final int MARGIN_TOP_MM = 20;

	static final int MARGIN_BOTTOM_MM = 20;

	static final int MARGIN_LEFT_MM = 30;

	static final int MARGIN_RIGHT_MM = 15;

	/** Body text, 13–14 pt (Times New Roman, for which Liberation Serif is metric-compatible). */
	static final int BODY_PT = 14;

	/** Tables may be set smaller than the body. */
	static final int TABLE_PT = 13;

	/** "Nơi nhận:", 12 pt bold italic. */
	static final int RECIPIENTS_LABEL_PT = 12;

	/** The recipient lines, 11 pt. */
	static final int RECIPIENT_LINE_PT = 11;

	private Decree30() {
	}

}
