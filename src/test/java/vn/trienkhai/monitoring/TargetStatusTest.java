package vn.trienkhai.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The straight trajectory from a baseline to a target, and the status of a figure against it. */
class TargetStatusTest {

	// 10 enterprises at the end of 2024, at least 20 by the end of 2030: +10 over six years
	final TargetStatus.Trajectory line = TargetStatus.Trajectory.of(new BigDecimal("10"), 2024, ">=", new BigDecimal("20"), 2030, "HIGHER");

	@Test
	void theLineRunsFromTheBaselineToTheTarget() {
		assertThat(line.expectedOn(LocalDate.of(2024, 12, 31))).isEqualByComparingTo("10");
		assertThat(line.expectedOn(LocalDate.of(2027, 12, 31)).doubleValue()).isCloseTo(15.0, org.assertj.core.data.Offset.offset(0.01));
		assertThat(line.expectedOn(LocalDate.of(2035, 1, 1))).isEqualByComparingTo("20");
		assertThat(line.expectedOn(LocalDate.of(2020, 1, 1))).isEqualByComparingTo("10");
	}

	@Test
	void aFigureIsOnTrackAtRiskOrOffTrack() {
		LocalDate day = LocalDate.of(2027, 12, 31);
		BigDecimal tolerance = TargetStatus.DEFAULT_TOLERANCE;
		assertThat(line.statusOf(new BigDecimal("15"), day, tolerance)).isEqualTo(TargetStatus.ON_TRACK);
		// one enterprise short: within 10 % of the distance of 10
		assertThat(line.statusOf(new BigDecimal("14"), day, tolerance)).isEqualTo(TargetStatus.AT_RISK);
		assertThat(line.statusOf(new BigDecimal("13"), day, tolerance)).isEqualTo(TargetStatus.OFF_TRACK);
		assertThat(line.statusOf(null, day, tolerance)).isEqualTo(TargetStatus.NO_DATA);
	}

	@Test
	void aTargetWhereLowerIsBetterGoesDown() {
		// poverty rate from 8 % to at most 2 %
		TargetStatus.Trajectory down = TargetStatus.Trajectory.of(new BigDecimal("8"), 2024, "<=", new BigDecimal("2"), 2030, "HIGHER");
		LocalDate day = LocalDate.of(2027, 12, 31);
		assertThat(down.statusOf(new BigDecimal("5"), day, TargetStatus.DEFAULT_TOLERANCE)).isEqualTo(TargetStatus.ON_TRACK);
		assertThat(down.statusOf(new BigDecimal("5.5"), day, TargetStatus.DEFAULT_TOLERANCE)).isEqualTo(TargetStatus.AT_RISK);
		assertThat(down.statusOf(new BigDecimal("7"), day, TargetStatus.DEFAULT_TOLERANCE)).isEqualTo(TargetStatus.OFF_TRACK);
	}

}
