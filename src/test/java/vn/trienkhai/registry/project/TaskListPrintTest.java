package vn.trienkhai.registry.project;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The small rules of the printed list. */
class TaskListPrintTest {

	@Test
	void datesFollowDecree30LeadingZeros() {
		assertThat(TaskListExports.decreeDate(LocalDate.of(2027, 1, 5))).isEqualTo("ngày 05 tháng 01 năm 2027");
		assertThat(TaskListExports.decreeDate(LocalDate.of(2026, 2, 28))).isEqualTo("ngày 28 tháng 02 năm 2026");
		assertThat(TaskListExports.decreeDate(LocalDate.of(2026, 3, 9))).isEqualTo("ngày 09 tháng 3 năm 2026");
		assertThat(TaskListExports.decreeDate(LocalDate.of(2026, 12, 15))).isEqualTo("ngày 15 tháng 12 năm 2026");
	}

	@Test
	void moneyIsWrittenTheVietnameseWay() {
		assertThat(TaskListDocx.money(new BigDecimal("1250.500"))).isEqualTo("1.250,5");
		assertThat(TaskListDocx.money(new BigDecimal("2501"))).isEqualTo("2.501");
		assertThat(TaskListDocx.money(null)).isEmpty();
	}

	@Test
	void controlCharactersPastedFromWordDoNotBreakTheDocument() {
		assertThat(TaskListDocx.clean("Dòng 1\u000B\r\nDòng\u0007 2")).isEqualTo("Dòng 1\nDòng 2");
	}

}
