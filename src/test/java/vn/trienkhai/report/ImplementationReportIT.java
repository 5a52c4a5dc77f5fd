package vn.trienkhai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.agency.Agencies;
import vn.trienkhai.document.DocumentImports;
import vn.trienkhai.monitoring.IndicatorRollup;
import vn.trienkhai.monitoring.ProgressReports;
import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.plan.Plan;
import vn.trienkhai.plan.Plans;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.report.ImplementationReport.Heading;
import vn.trienkhai.report.ImplementationReport.Paragraph;
import vn.trienkhai.report.ImplementationReport.Table;

/**
 * The report compiled from approved progress reports on the real database, and its DOCX read back: the
 * text, the numbers against the roll-up, the Decree 30 layout values.
 */
@IntegrationTest
class ImplementationReportIT {

	@Autowired
	DocumentImports imports;

	@Autowired
	Plans plans;

	@Autowired
	ReportingRounds rounds;

	@Autowired
	ProgressReports progress;

	@Autowired
	Agencies agencies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImplementationReports reports;

	@Autowired
	IndicatorRollup rollup;

	ReportFixture.Services services() {
		return new ReportFixture.Services(imports, plans, rounds, progress, agencies, jdbc);
	}

	static String text(ImplementationReport r) {
		StringBuilder s = new StringBuilder();
		r.body().forEach(b -> s.append(blockText(b)).append('\n'));
		r.appendices().forEach(a -> {
			s.append(a.title()).append('\n');
			a.blocks().forEach(b -> s.append(blockText(b)).append('\n'));
		});
		return s.toString();
	}

	static String blockText(ImplementationReport.Block b) {
		if (b instanceof Heading h) {
			return h.text();
		}
		if (b instanceof Paragraph p) {
			return p.text();
		}
		Table t = (Table) b;
		return String.join(" | ", t.header()) + "\n"
				+ t.rows().stream().map(r -> String.join(" | ", r)).collect(Collectors.joining("\n"));
	}

	@Test
	void theReportIsCompiledFromTheApprovedReports() throws Exception {
		ReportFixture f = ReportFixture.reported(services(), "Tỉnh Quảng Ninh");
		Plan plan = plans.get(f.planId);
		ReportSpan span = reports.span(plan, f.round.id(), null);
		ImplementationReport r = reports.compile(span);
		String all = text(r);

		assertThat(r.issuer()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH");
		assertThat(r.number()).isEqualTo("Số:       /BC-UBND");
		assertThat(r.placeAndDate()).startsWith("Quảng Ninh, ngày ");
		assertThat(r.subject().get(0)).isEqualTo("Kết quả thực hiện Kế hoạch số " + plan.number());
		assertThat(r.approvedReports()).isEqualTo(2);
		assertThat(all).contains("Thực hiện Kế hoạch số " + plan.number() + " ngày 02/5/2024 của Ủy ban nhân dân tỉnh Quảng Ninh",
				"đã được duyệt của 2/3 cơ quan, đơn vị");
		// I: the reports' own prose, each naming its agency (prefilled)
		assertThat(all).contains("- Sở Khoa học và Công nghệ: Đã ban hành văn bản hướng dẫn triển khai Kế hoạch");
		// II: each task with its lead and what the approved reports say
		assertThat(all).contains("Cơ quan chủ trì: Sở Nông nghiệp và Môi trường", ", đạt 40%",
				"- Sở Nông nghiệp và Môi trường: Đã quy hoạch 350 ha vùng trồng dược liệu.",
				"- Sở Khoa học và Công nghệ: Đã hoàn thành thiết kế cơ sở dữ liệu, nhập 1.250 bản ghi doanh nghiệp.");
		// the health department has not reported: its task says so
		int health = all.indexOf("Cơ quan chủ trì: Sở Y tế");
		assertThat(all.substring(health)).contains("Chưa có báo cáo kết quả được duyệt trong kỳ.");
		// III: the indicator row carries the figure the roll-up gives the province
		Table indicators = (Table) r.body().stream().filter(b -> b instanceof Table).findFirst().orElseThrow();
		java.math.BigDecimal figure = rollup.figures(f.province, List.of(f.indicatorId)).stream()
			.filter(x -> x.periodEnd().equals(f.round.periodEnd())).findFirst().orElseThrow().value();
		assertThat(figure).isEqualByComparingTo("12");
		assertThat(indicators.rows()).singleElement().satisfies(row -> {
			assertThat(row.get(1)).contains("doanh nghiệp công nghệ sinh học");
			assertThat(row.get(3)).isEqualTo("≥ 20 (2030)");
			assertThat(row.get(5)).startsWith(ReportWords.number(figure) + " (");
		});
		// IV and V: difficulties and proposals, prefilled
		assertThat(all).contains("- Sở Khoa học và Công nghệ: Kinh phí cho nhiệm vụ cơ sở dữ liệu còn hạn chế.",
				"- Sở Nông nghiệp và Môi trường: Đề nghị hỗ trợ giống dược liệu chất lượng cao.");
		// Appendix I: one row per lead agency and a total; Appendix II: every responsible agency
		Table byAgency = (Table) r.appendices().get(0).blocks().get(1);
		assertThat(byAgency.rows()).extracting(row -> row.get(1)).contains(ReportFixture.HEALTH, ReportFixture.SCIENCE,
				"Tổng cộng");
		assertThat(byAgency.rows().get(byAgency.rows().size() - 1).get(2))
			.isEqualTo(String.valueOf(plans.tasks(f.planId).size()));
		String completeness = r.appendices().get(1).blocks().stream().map(ImplementationReportIT::blockText)
			.collect(Collectors.joining("\n"));
		assertThat(completeness).contains("Có 3 cơ quan, đơn vị có trách nhiệm báo cáo: 2 đã gửi (2 đúng hạn, 0 muộn)",
				ReportFixture.HEALTH + " |  | Chưa đến hạn | Chưa bắt đầu");
		assertThat(r.recipients()).contains("- Lưu: VT.");
		assertThat(r.signerAuthority()).isEqualTo("TM. ỦY BAN NHÂN DÂN");
		assertThat(r.signerTitle()).isEqualTo("CHỦ TỊCH");
	}

	@Test
	void aRoundWithNoApprovedReportSaysSo() throws Exception {
		// a province no other test reports in: its indicators have no figure at all
		ReportFixture f = ReportFixture.plan(services(), "Tỉnh Ninh Bình");
		ImplementationReport r = reports.compile(reports.span(plans.get(f.planId), f.round.id(), null));
		assertThat(r.approvedReports()).isZero();
		String all = text(r);
		assertThat(all).contains("chưa có báo cáo nào của 3 cơ quan, đơn vị có trách nhiệm báo cáo được duyệt trong kỳ",
				"Chưa có nội dung.", "Chưa có số liệu");
		// and it is still written
		assertThat(reports.report(reports.span(plans.get(f.planId), f.round.id(), null), ImplementationReports.Format.DOCX)
			.bytes()).isNotEmpty();
	}

	@Test
	void aSpanRunsFromAnEarlierRoundAndNotBackwards() throws Exception {
		ReportFixture f = ReportFixture.reported(services(), "Tỉnh Quảng Ninh");
		Plan plan = plans.get(f.planId);
		var earlier = rounds.ofPlan(f.planId).stream().filter(x -> x.dueOn().isBefore(f.round.dueOn()))
			.max(java.util.Comparator.comparing(vn.trienkhai.monitoring.Round::dueOn)).orElseThrow();
		ReportSpan span = reports.span(plan, f.round.id(), earlier.id());
		assertThat(span.rounds()).extracting(vn.trienkhai.monitoring.Round::id).containsExactly(earlier.id(), f.round.id());
		ImplementationReport r = reports.compile(span);
		assertThat(r.subject().get(1)).startsWith("(từ năm ");
		assertThat(r.appendices().get(1).blocks()).filteredOn(b -> b instanceof Heading).hasSize(2);
		assertThatThrownBy(() -> reports.span(plan, earlier.id(), f.round.id())).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void theDocxHasDecree30sLayoutAndTheReportsText() throws Exception {
		ReportFixture f = ReportFixture.reported(services(), "Tỉnh Quảng Ninh");
		ReportSpan span = reports.span(plans.get(f.planId), f.round.id(), null);
		ImplementationReports.Document doc = reports.report(span, ImplementationReports.Format.DOCX);
		assertThat(doc.fileName()).matches("bao-cao-\\d+-kh-ubnd-\\d{4}\\.docx");
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(doc.bytes()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
			String text = extractor.getText();
			assertThat(text).contains("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Độc lập - Tự do - Hạnh phúc", "BÁO CÁO", "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TUYÊN TRUYỀN, PHỔ BIẾN",
					"Đã quy hoạch 350 ha vùng trồng dược liệu.", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "Phụ lục II");
			CTSectPr section = docx.getDocument().getBody().getSectPr();
			assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
			assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
			// 20 mm top and bottom, 30 mm left, 15 mm right, in twentieths of a point
			assertThat(((BigInteger) section.getPgMar().getTop()).intValue()).isEqualTo(1134);
			assertThat(((BigInteger) section.getPgMar().getBottom()).intValue()).isEqualTo(1134);
			assertThat(section.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));
			assertThat(section.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(850));
			// page numbers from page 2: a distinct (empty) first-page header, a PAGE field in the others
			assertThat(section.isSetTitlePg()).isTrue();
			assertThat(docx.getHeaderFooterPolicy().getFirstPageHeader().getText()).isBlank();
			assertThat(docx.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0).getCTP().getFldSimpleArray(0)
				.getInstr()).startsWith("PAGE");
			// every run in Times New Roman; the place and date in italics
			for (XWPFParagraph p : docx.getParagraphs()) {
				for (XWPFRun run : p.getRuns()) {
					assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
				}
			}
			XWPFTable header = docx.getTables().get(0);
			XWPFRun dateRun = header.getRow(0).getCell(1).getParagraphs().get(3).getRuns().get(0);
			assertThat(dateRun.getText(0)).startsWith("Quảng Ninh, ngày ");
			assertThat(dateRun.isItalic()).isTrue();
			// the indicator table: its header repeats on each page, its figure is the database's
			XWPFTable indicators = docx.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("STT"))
				.findFirst().orElseThrow();
			assertThat(indicators.getRow(0).isRepeatHeader()).isTrue();
			assertThat(indicators.getRow(1).getCell(5).getText()).startsWith("12 (");
		}
	}

	@Test
	void theCoordinatorsTextsAreSavedCheckedAndUsed() throws Exception {
		ReportFixture f = ReportFixture.reported(services(), "Tỉnh Quảng Ninh");
		ReportSpan span = reports.span(plans.get(f.planId), f.round.id(), null);
		ReportTexts prefilled = reports.texts(span);
		assertThat(prefilled.saved()).isFalse();
		ReportTexts edited = new ReportTexts("125/BC-UBND", "Hạ Long", prefilled.date(), "Ủy ban nhân dân tỉnh đã chỉ đạo quyết liệt.",
				prefilled.shortcomings(), prefilled.proposals(), prefilled.recipients(), prefilled.signerAuthority(),
				"KT. CHỦ TỊCH", "Nguyễn Văn A", -1);
		ReportTexts saved = reports.save(span, edited, -1);
		assertThat(saved.saved()).isTrue();
		ImplementationReport r = reports.compile(span);
		assertThat(r.number()).isEqualTo("Số: 125/BC-UBND");
		assertThat(r.placeAndDate()).startsWith("Hạ Long, ngày ");
		assertThat(text(r)).contains("Ủy ban nhân dân tỉnh đã chỉ đạo quyết liệt.")
			.doesNotContain("- Sở Khoa học và Công nghệ: Đã ban hành văn bản");
		assertThat(r.signerName()).isEqualTo("Nguyễn Văn A");
		// a stale version is refused; an over-long part is refused and nothing changes
		assertThatThrownBy(() -> reports.save(span, edited, -1))
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
		ReportTexts tooLong = new ReportTexts("x", "Hạ Long", prefilled.date(), "a".repeat(ReportTexts.MAX_PART + 1), "", "", "",
				"", "CHỦ TỊCH", "", saved.rowVersion());
		assertThat(reports.check(tooLong)).extracting(ReportTexts.Problem::field).containsExactly("leadership");
		assertThatThrownBy(() -> reports.save(span, tooLong, saved.rowVersion())).isInstanceOf(InvalidInputException.class);
		assertThat(reports.texts(span).number()).isEqualTo("125/BC-UBND");
		reports.reset(span);
		assertThat(reports.texts(span).saved()).isFalse();
		// saved anew after the reset, with the prefilled number's gap for the office kept; a tab still holding
		// the old draft's version cannot overwrite the new one
		ReportTexts again = reports.save(span, prefilled, -1);
		assertThat(reports.compile(span).number()).isEqualTo("Số:       /BC-UBND");
		assertThat(again.rowVersion()).isNotEqualTo(saved.rowVersion());
		assertThatThrownBy(() -> reports.save(span, edited, saved.rowVersion()))
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'report_draft' and entity_id like :id")
			.param("id", f.planId + ":%").query(Integer.class).single()).isEqualTo(3);
	}

}
