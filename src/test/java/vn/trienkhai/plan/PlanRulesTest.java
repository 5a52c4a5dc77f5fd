package vn.trienkhai.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The plan module's plain rules: deadlines, task status, document numbers, who a lead text names. */
class PlanRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	@Test
	void deadlinesAreReadFromTheDraftsNormalForms() {
		assertThat(Deadline.parse("2024-04-30")).isEqualTo(new Deadline("DATE", LocalDate.of(2024, 4, 30), null, null));
		assertThat(Deadline.parse("--11-15")).isEqualTo(new Deadline("YEARLY", null, 11, 15));
		assertThat(Deadline.parse("--12")).isEqualTo(new Deadline("YEARLY", null, 12, null));
		for (String bad : new String[] { null, "", "--13", "--02-30", "2024-02-30", "sớm" }) {
			assertThat(Deadline.parse(bad)).as(bad).isEqualTo(Deadline.NONE);
		}
		for (String normal : new String[] { "2024-04-30", "--11-15", "--12" }) {
			assertThat(Deadline.parse(normal).normal()).isEqualTo(normal);
		}
	}

	@Test
	void statusFollowsTheGovernmentOfficesModel() {
		Deadline due = Deadline.parse("2026-06-30");
		Deadline later = Deadline.parse("2027-06-30");
		assertThat(TaskStatus.of("NOT_STARTED", Deadline.NONE, null, TODAY)).isEqualTo(TaskStatus.NOT_STARTED);
		assertThat(TaskStatus.of("IN_PROGRESS", Deadline.NONE, null, TODAY)).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(TaskStatus.of("IN_PROGRESS", later, null, TODAY)).isEqualTo(TaskStatus.OPEN_WITHIN_DEADLINE);
		assertThat(TaskStatus.of("IN_PROGRESS", due, null, TODAY)).isEqualTo(TaskStatus.OVERDUE);
		assertThat(TaskStatus.of("DONE", due, LocalDate.of(2026, 6, 30), TODAY)).isEqualTo(TaskStatus.DONE_ON_TIME);
		assertThat(TaskStatus.of("DONE", due, LocalDate.of(2026, 7, 1), TODAY)).isEqualTo(TaskStatus.DONE_LATE);
		assertThat(TaskStatus.of("DONE", Deadline.NONE, LocalDate.of(2026, 7, 1), TODAY)).isEqualTo(TaskStatus.DONE_ON_TIME);
		assertThat(TaskStatus.of("CANCELLED", due, null, TODAY)).isEqualTo(TaskStatus.CANCELLED);
		assertThat(TaskStatus.of("NOT_STARTED", Deadline.parse("--11-15"), null, TODAY)).isEqualTo(TaskStatus.OPEN_WITHIN_DEADLINE);
		// the deadline day itself is still within it
		assertThat(TaskStatus.of("IN_PROGRESS", Deadline.parse("2026-12-02"), null, TODAY)).isEqualTo(TaskStatus.OPEN_WITHIN_DEADLINE);
	}

	@Test
	void numbersAreComparedInOneFormAndCentralBodiesAreKnownByName() {
		assertThat(PlanNumbers.key(" 36-nq/tw ")).isEqualTo("36-NQ/TW");
		assertThat(PlanNumbers.key("189/NQ–CP")).isEqualTo("189/NQ-CP");
		assertThat(PlanNumbers.key("  ")).isNull();
		for (String central : new String[] { "36-NQ/TW", "189/NQ-CP", "1234/QĐ-TTG", "3268/QĐ-BKHCN", "45/2014/QH13" }) {
			assertThat(PlanNumbers.isCentral(PlanNumbers.key(central))).as(central).isTrue();
		}
		for (String local : new String[] { "107/KH-UBND", "64-CTR/TU", "12/KH-BCĐ", "05-NQ/BCSĐ", "3/KH-BQL", "7/KH-BCH" }) {
			assertThat(PlanNumbers.isCentral(PlanNumbers.key(local))).as(local).isFalse();
		}
		assertThat(PlanNumbers.kindOf("36-NQ/TW")).isEqualTo("NGHI_QUYET");
		assertThat(PlanNumbers.kindOf("64-CTR/TU")).isEqualTo("CHUONG_TRINH");
		assertThat(PlanNumbers.kindOf("107/KH-UBND")).isEqualTo("KE_HOACH");
		assertThat(PlanNumbers.kindOf("1234/QĐ-UBND")).isEqualTo("QUYET_DINH");
	}

	@Test
	void aLeadTextNamesTheDraftsBodies() {
		List<String> bodies = List.of("Phòng Kinh tế", "Phòng Tài chính - Kế hoạch", "Phòng Nông nghiệp và Phát triển nông thôn",
				"Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thông tin và Thể thao");
		assertThat(AssigneeNames.resolve("Phòng Kinh tế", bodies)).containsExactly("Phòng Kinh tế");
		assertThat(AssigneeNames.resolve("Phòng Văn hóa và Thông tin; Trung tâm Văn hóa - Thông tin và Thể thao", bodies))
			.containsExactly("Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thông tin và Thể thao");
		assertThat(AssigneeNames.resolve("Các phòng: Tài chính - Kế hoạch, Nông nghiệp và Phát triển nông thôn", bodies))
			.containsExactly("Phòng Tài chính - Kế hoạch", "Phòng Nông nghiệp và Phát triển nông thôn");
		assertThat(AssigneeNames.resolve("Các cơ quan, đơn vị có liên quan", bodies)).isEmpty();
		assertThat(AssigneeNames.resolve("Hội Nông dân thị xã", bodies)).containsExactly("Hội Nông dân thị xã");
		assertThat(AssigneeNames.resolve(" ", bodies)).isEmpty();
	}

	@Test
	void groupsOfPeoplesCommitteesBelowAreRecognised() {
		for (String group : new String[] { "Ủy ban nhân dân các xã, phường", "UBND các huyện, thị xã, thành phố",
				"Chủ tịch UBND các xã", "Uỷ ban nhân dân các phường" }) {
			assertThat(Assignments.isPeoplesCommitteesBelow(group)).as(group).isTrue();
		}
		for (String one : new String[] { "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân xã Nhữ Khê", "Sở Y tế", "các xã" }) {
			assertThat(Assignments.isPeoplesCommitteesBelow(one)).as(one).isFalse();
		}
	}

}
