package vn.trienkhai.monitoring.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestAccounts;
import vn.trienkhai.TestUsers;
import vn.trienkhai.agency.Agencies;
import vn.trienkhai.monitoring.ReportingRounds;
import vn.trienkhai.monitoring.RoundKind;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.plan.PlanEditing;
import vn.trienkhai.platform.Role;

/**
 * Reminders on the real database, with the day chosen by the test: before the due date the reporters of the
 * agencies that have not submitted, after it again and the coordinators of the plan's unit; each stage once;
 * a coordinator's reminder now and the reminder letter (DOCX read back with POI), both refused outside scope.
 */
@IntegrationTest
class RemindersIT {

	private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000, 90_000));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanEditing editing;

	@Autowired
	ReportingRounds rounds;

	@Autowired
	Agencies agencies;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	Reminders reminders;

	long province;

	/** The plan's unit, its round and four agencies: A and C owe (C has no reporter), B on time, D late. */
	long plan;

	String number;

	long round;

	LocalDate due;

	long a;

	long b;

	long c;

	long d;

	long reporterA1;

	long reporterA2;

	long reporterB;

	long coordinator;

	@BeforeEach
	void setUp() {
		province = jdbc.sql("select id from org_unit where name = 'Tỉnh Cao Bằng' and version = '2025'").query(Long.class).single();
	}

	/** A plan issued on {@code issued} with an ad hoc round due {@code dueOn}, the agencies and their people. */
	void world(LocalDate issued, LocalDate dueOn) {
		int n = NEXT.getAndIncrement();
		number = n + "/KH-UBND";
		plan = editing.create(new PlanEditing.NewPlan(province, number, "KE_HOACH", "Phát triển công nghệ sinh học",
				"Ủy ban nhân dân tỉnh Cao Bằng", issued));
		a = lead("Trung tâm Giống cây trồng số " + n);
		b = lead("Trung tâm Khuyến nông số " + n);
		c = lead("Trung tâm Kiểm nghiệm số " + n);
		d = lead("Ban Quản lý dự án số " + n);
		due = dueOn;
		round = rounds.open(plan, RoundKind.AD_HOC, "Báo cáo đột xuất quý I", issued, dueOn.minusDays(5), dueOn);
		reporterA1 = TestAccounts.create(jdbc, Role.REPORTER, province, a, "a1@example.vn");
		reporterA2 = TestAccounts.create(jdbc, Role.REPORTER, province, a, null);
		reporterB = TestAccounts.create(jdbc, Role.REPORTER, province, b, null);
		TestAccounts.create(jdbc, Role.REPORTER, province, d, null);
		coordinator = TestAccounts.create(jdbc, Role.COORDINATOR, province, null, null);
		submitted(b, due.minusDays(2));
		submitted(d, due.plusDays(3));
	}

	long lead(String name) {
		editing.addTask(plan, new PlanEditing.TaskChange("Nhiệm vụ của " + name, name, List.of(), null, "NOT_STARTED", null));
		return agencies.findByName(province, name).orElseThrow().id();
	}

	void submitted(long agency, LocalDate on) {
		var at = on.atTime(9, 0).atOffset(ZoneOffset.ofHours(7));
		jdbc.sql("""
				insert into progress_report (round_id, agency_id, status, first_submitted_at, submitted_at, submitted_by)
				values (:r, :a, 'SUBMITTED', :at, :at, 'test')
				""").param("r", round).param("a", agency).param("at", at).update();
	}

	/** The keys of the reminders of this round a person has. */
	List<String> keys(long account) {
		return jdbc.sql("select dedup_key from notification where account_id = :a and link = :l order by id")
			.param("a", account).param("l", "/rounds/" + round).query(String.class).list();
	}

	List<String> titles(long account) {
		return jdbc.sql("select title || ' | ' || body from notification where account_id = :a and link = :l order by id")
			.param("a", account).param("l", "/rounds/" + round).query(String.class).list();
	}

	@Test
	void reportersAreRemindedBeforeAndAfterAndCoordinatorsWhenLateEachStageOnce() {
		LocalDate issued = LocalDate.of(2080, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 3000));
		world(issued, issued.plusDays(60));

		reminders.run(due.minusDays(10));
		assertThat(keys(reporterA1)).as("too early").isEmpty();

		reminders.run(due.minusDays(7));
		String before7 = "remind:" + round + ":" + a + ":before-7";
		assertThat(keys(reporterA1)).containsExactly(before7);
		assertThat(keys(reporterA2)).containsExactly(before7);
		assertThat(keys(reporterB)).as("submitted on time").isEmpty();
		assertThat(keys(coordinator)).as("not late yet").isEmpty();
		assertThat(titles(reporterA1).get(0)).startsWith("Sắp đến hạn báo cáo kỳ Báo cáo đột xuất quý I – Kế hoạch số " + number)
			.contains("chưa gửi báo cáo", "còn 7 ngày", RoundTexts.date(due));

		// the same day again, and a later day of the same stage: nothing new
		reminders.run(due.minusDays(7));
		reminders.run(due.minusDays(3));
		assertThat(keys(reporterA1)).hasSize(1);

		reminders.run(due);
		assertThat(keys(reporterA1)).containsExactly(before7, "remind:" + round + ":" + a + ":before-1");
		assertThat(titles(reporterA1).get(1)).contains("hôm nay là ngày cuối cùng");

		reminders.run(due.plusDays(1));
		reminders.run(due.plusDays(1));
		assertThat(keys(reporterA1)).hasSize(3).last().isEqualTo("remind:" + round + ":" + a + ":after-1");
		assertThat(titles(reporterA1).get(2)).startsWith("Quá hạn báo cáo kỳ").contains("đã quá hạn 1 ngày");
		assertThat(keys(coordinator)).containsExactly("escalate:" + round + ":after-1");
		assertThat(titles(coordinator).get(0)).startsWith("2 cơ quan chưa gửi báo cáo kỳ")
			.contains("Trung tâm Giống cây trồng số", "Trung tâm Kiểm nghiệm số")
			.doesNotContain("Trung tâm Khuyến nông", "Ban Quản lý dự án");

		// C is given more time: it is not late, so a week on only A is named
		rounds.grantException(round, c, due.plusDays(10), "Chờ số liệu thống kê");
		reminders.run(due.plusDays(7));
		assertThat(keys(reporterA1)).hasSize(4);
		assertThat(keys(coordinator)).hasSize(2);
		assertThat(titles(coordinator).get(1)).startsWith("1 cơ quan chưa gửi báo cáo").doesNotContain("Trung tâm Kiểm nghiệm");

		reminders.run(due.plusDays(14));
		reminders.run(due.plusDays(30));
		assertThat(keys(reporterA1)).as("after-14, then nothing once the last stage is past").hasSize(5);
		assertThat(keys(reporterB)).isEmpty();
	}

	@Test
	void aCoordinatorRemindsNowOnceADayAndOthersMayNot() throws Exception {
		LocalDate today = ReportingRounds.today();
		world(today.minusDays(20), today.plusDays(10));
		var coordinatorOfPlan = TestUsers.as(Role.COORDINATOR, province);
		mvc.perform(post("/rounds/" + round + "/remind").with(coordinatorOfPlan).with(csrf()))
			.andExpect(redirectedUrl("/rounds/" + round)).andExpect(flash().attribute("flash", "remind.flash.sent"))
			.andExpect(flash().attribute("flashArgs", new Object[] { 1, 2, 1 }));
		assertThat(keys(reporterA1)).containsExactly("remind:" + round + ":" + a + ":manual-" + today);
		mvc.perform(post("/rounds/" + round + "/remind").with(coordinatorOfPlan).with(csrf()))
			.andExpect(flash().attribute("flash", "remind.flash.none"));
		assertThat(keys(reporterA1)).hasSize(1);

		long other = jdbc.sql("select id from org_unit where name = 'Tỉnh Lai Châu' and version = '2025'").query(Long.class).single();
		long commune = jdbc.sql("select id from org_unit where parent_id = :p and version = '2025' limit 1").param("p", province)
			.query(Long.class).single();
		for (var who : List.of(TestUsers.as(Role.COORDINATOR, other), TestUsers.as(Role.COORDINATOR, commune),
				TestUsers.as(Role.REPORTER, province, a), TestUsers.as(Role.OVERSEER, province))) {
			mvc.perform(post("/rounds/" + round + "/remind").with(who).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(get("/rounds/" + round + "/reminder-letter.docx").with(who)).andExpect(status().isForbidden());
		}
		mvc.perform(post("/rounds/999999999/remind").with(coordinatorOfPlan).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/rounds/" + round + "/remind").with(TestUsers.as(Role.ADMINISTRATOR, province)).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void theLetterFollowsDecree30AndListsExactlyTheLateAgencies() throws Exception {
		LocalDate today = ReportingRounds.today();
		world(today.minusDays(60), today.minusDays(20));
		MockHttpServletResponse response = mvc.perform(get("/rounds/" + round + "/reminder-letter.docx")
			.param("deadline", RoundTexts.date(today.plusDays(5))).with(TestUsers.as(Role.COORDINATOR, province)))
			.andExpect(status().isOk()).andReturn().getResponse();
		assertThat(response.getContentType()).isEqualTo(RemindController.DOCX);
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"don-doc-" + number.replace("/KH-UBND", "-kh-ubnd") + "-bao-cao-dot-xuat-quy-i.docx\"");

		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			CTSectPr section = doc.getDocument().getBody().getSectPr();
			assertThat(section.getPgSz().getW()).hasToString("11906");
			assertThat(section.getPgSz().getH()).hasToString("16838");
			CTPageMar margins = section.getPgMar();
			assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
				.map(Object::toString).containsExactly("1134", "1134", "1701", "850");

			assertThat(doc.getTables()).hasSize(3);
			XWPFTable header = doc.getTables().get(0);
			assertThat(header.getTopBorderType()).isIn(null, XWPFTable.XWPFBorderType.NONE);
			assertThat(header.getInsideVBorderType()).isIn(null, XWPFTable.XWPFBorderType.NONE);
			XWPFTableCell issuer = header.getRow(0).getCell(0);
			XWPFTableCell nation = header.getRow(0).getCell(1);
			assertThat(issuer.getParagraphs().get(0).getText()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH CAO BẰNG");
			assertThat(issuer.getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
			assertThat(issuer.getText()).contains("Số:", "V/v đôn đốc báo cáo kết quả thực hiện Kế hoạch số " + number);
			assertThat(nation.getParagraphs().get(0).getText()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
			assertThat(nation.getParagraphs().get(1).getText()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
			assertThat(nation.getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
			assertThat(nation.getParagraphs().get(1).getRuns().get(0).isBold()).isTrue();
			XWPFParagraph dateLine = nation.getParagraphs().get(3);
			String place = orgUnits.get(province).shortName();
			assertThat(dateLine.getText()).isEqualTo(place + ", " + decree30(today));
			assertThat(dateLine.getRuns().get(0).isItalic()).isTrue();

			// the table: exactly the agencies that have not submitted (A, C) or submitted late (D), by name
			XWPFTable late = doc.getTables().get(1);
			assertThat(late.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
				.containsExactly("STT", "Cơ quan, đơn vị", "Tình trạng", "Số ngày chậm");
			List<XWPFTableRow> rows = late.getRows().subList(1, late.getRows().size());
			assertThat(rows).extracting(r -> r.getCell(1).getText()).containsExactly(
					agencies.get(d).name(), agencies.get(a).name(), agencies.get(c).name());
			assertThat(rows).extracting(r -> r.getCell(0).getText()).containsExactly("1", "2", "3");
			assertThat(rows).extracting(r -> r.getCell(2).getText())
				.containsExactly("Gửi báo cáo chậm", "Chưa gửi báo cáo", "Chưa gửi báo cáo");
			assertThat(rows).extracting(r -> r.getCell(3).getText())
				.containsExactly("3", String.valueOf(ChronoUnit.DAYS.between(due, today)), "20");

			String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (x, y) -> x + "\n" + y);
			assertThat(text).contains("Kính gửi:", "- " + agencies.get(a).name() + ";", "- " + agencies.get(c).name() + ".",
					"kỳ Báo cáo đột xuất quý I", "chậm nhất ngày " + RoundTexts.date(due),
					"Thời hạn gửi báo cáo: chậm nhất ngày " + RoundTexts.date(today.plusDays(5)) + "./.")
				.doesNotContain(agencies.get(b).name());
			String footer = doc.getTables().get(2).getText();
			assertThat(footer).contains("Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN TỈNH CAO BẰNG");

			// Times New Roman everywhere; 13–14 pt, but for the recipients block (12 and 11 pt by Decree 30)
			List<XWPFRun> runs = new java.util.ArrayList<>();
			doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
			doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells()
				.forEach(cell -> cell.getParagraphs().forEach(p -> runs.addAll(p.getRuns())))));
			assertThat(runs).isNotEmpty().allSatisfy(r -> assertThat(r.getFontFamily()).isEqualTo("Times New Roman"));
			doc.getParagraphs().forEach(p -> p.getRuns().forEach(r -> assertThat(r.getFontSizeAsDouble()).isEqualTo(14.0)));
			late.getRows().forEach(r -> r.getTableCells().forEach(cell -> cell.getParagraphs().forEach(
					p -> p.getRuns().forEach(run -> assertThat(run.getFontSizeAsDouble()).isEqualTo(13.0)))));
		}

		String bad = mvc.perform(get("/rounds/" + round + "/reminder-letter.docx").param("deadline", "31/02/2027")
			.with(TestUsers.as(Role.COORDINATOR, province))).andExpect(status().isBadRequest()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(bad).contains("Thời hạn mới phải là một ngày sau hôm nay");
		mvc.perform(get("/rounds/" + round + "/reminder-letter.docx").param("deadline", RoundTexts.date(today))
			.with(TestUsers.as(Role.COORDINATOR, province))).andExpect(status().isBadRequest());
	}

	/** Decree 30's date, written out here independently of RoundTexts. */
	static String decree30(LocalDate d) {
		String day = d.getDayOfMonth() < 10 ? "0" + d.getDayOfMonth() : "" + d.getDayOfMonth();
		String month = d.getMonthValue() < 3 ? "0" + d.getMonthValue() : "" + d.getMonthValue();
		return "ngày " + day + " tháng " + month + " năm " + d.getYear();
	}

}
