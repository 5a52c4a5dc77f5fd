package vn.trienkhai.registry.genebank;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** MCPD dates and the code lists against the standard. */
class McpdTest {

	@Test
	void datesWithUnknownMonthOrDay() {
		assertThat(Mcpd.validDate("19680000")).isTrue();
		assertThat(Mcpd.validDate("1968----")).isTrue();
		assertThat(Mcpd.validDate("196805--")).isTrue();
		assertThat(Mcpd.validDate("19680500")).isTrue();
		assertThat(Mcpd.validDate("20000229")).isTrue();
	}

	@Test
	void malformedDates() {
		assertThat(Mcpd.validDate("19681305")).as("month 13").isFalse();
		assertThat(Mcpd.validDate("1968--05")).as("day without month").isFalse();
		assertThat(Mcpd.validDate("196800 5")).isFalse();
		assertThat(Mcpd.validDate("abc")).isFalse();
		assertThat(Mcpd.validDate("19690229")).as("not a leap year").isFalse();
		assertThat(Mcpd.validDate("19680431")).isFalse();
		assertThat(Mcpd.validDate("17990101")).as("before 1800").isFalse();
		assertThat(Mcpd.validDate("29990101")).as("future").isFalse();
		assertThat(Mcpd.validDate("1968")).isFalse();
	}

	@Test
	void storageTakesSeveralCodes() {
		assertThat(Mcpd.validStorage("12;13")).isTrue();
		assertThat(Mcpd.validStorage("12; 13")).isFalse();
		assertThat(Mcpd.validStorage("12;14")).isFalse();
		assertThat(Mcpd.validStorage("12;")).isFalse();
	}

	@Test
	void codeListsAreThoseOfTheStandard() throws Exception {
		Map<String, List<String>> lists = McpdCodeLists.parse(McpdCodeLists.text());
		assertThat(Set.copyOf(lists.get("SAMPSTAT"))).isEqualTo(Mcpd.SAMPSTAT);
		assertThat(Set.copyOf(lists.get("COLLSRC"))).isEqualTo(Mcpd.COLLSRC);
		assertThat(Set.copyOf(lists.get("STORAGE"))).isEqualTo(Mcpd.STORAGE);
		assertThat(lists.get("MLSSTAT")).containsExactlyInAnyOrder("", "0", "1", "99");
		assertThat(Mcpd.MLSSTAT).containsExactlyInAnyOrder("0", "1", "99");
	}

	@Test
	void theCopyMatchesTheStandardWhenReachable() throws Exception {
		assumeThat(Files.exists(McpdCodeLists.STANDARD)).as("standard beside the project").isTrue();
		assertThat(McpdCodeLists.copyText()).isEqualTo(Files.readString(McpdCodeLists.STANDARD));
	}

}
