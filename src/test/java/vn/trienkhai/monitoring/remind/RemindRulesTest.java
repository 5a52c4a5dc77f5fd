package vn.trienkhai.monitoring.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The stage of a day and Decree 30's dates, without a database. */
class RemindRulesTest {

	private final Reminders reminders = new Reminders(null, null, null, null, null, new ReminderSettings(null, null));

	private static final LocalDate DUE = LocalDate.of(2026, 11, 15);

	private String stage(int daysFromDue) {
		return reminders.stage(DUE, DUE.plusDays(daysFromDue)).orElse("none");
	}

	@Test
	void aDayIsInTheLatestStageItHasPassed() {
		assertThat(stage(-8)).isEqualTo("none");
		assertThat(stage(-7)).isEqualTo("before-7");
		assertThat(stage(-2)).isEqualTo("before-7");
		assertThat(stage(-1)).isEqualTo("before-1");
		assertThat(stage(0)).as("the due day").isEqualTo("before-1");
		assertThat(stage(1)).isEqualTo("after-1");
		assertThat(stage(6)).isEqualTo("after-1");
		assertThat(stage(7)).isEqualTo("after-7");
		assertThat(stage(14)).isEqualTo("after-14");
		assertThat(stage(14 + Reminders.GRACE_DAYS)).isEqualTo("after-14");
		assertThat(stage(15 + Reminders.GRACE_DAYS)).isEqualTo("none");
	}

	@Test
	void settingsAreCleanedAndSorted() {
		ReminderSettings s = new ReminderSettings(List.of(1, 7, -3, 7), List.of());
		assertThat(s.beforeDays()).containsExactly(1, 7);
		assertThat(s.afterDays()).containsExactly(1, 7, 14);
		assertThat(new ReminderSettings(null, null).beforeDays()).as("the default, sorted too").containsExactly(1, 7);
	}

	@Test
	void datesAreWrittenAsDecree30Says() {
		assertThat(RoundTexts.date(LocalDate.of(2026, 1, 7))).isEqualTo("07/01/2026");
		assertThat(RoundTexts.date(LocalDate.of(2026, 6, 15))).isEqualTo("15/6/2026");
		assertThat(RoundTexts.date(LocalDate.of(2026, 2, 28))).isEqualTo("28/02/2026");
		assertThat(RoundTexts.date(LocalDate.of(2026, 12, 2))).isEqualTo("02/12/2026");
	}

}
