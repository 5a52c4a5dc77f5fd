package vn.trienkhai.registry.project;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import vn.trienkhai.IntegrationTest;
import vn.trienkhai.TestUsers;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.Role;
import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.Visibility;

@IntegrationTest
class ProjectsTest {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	@Autowired
	Projects projects;

	@Autowired
	ProjectsAccepted accepted;

	@Autowired
	JdbcClient jdbc;

	long bacNinh;

	@BeforeEach
	void signIn() {
		bacNinh = jdbc.sql("select id from org_unit where code = '24' and version = '2025'").query(Long.class).single();
		SecurityContextHolder.getContext()
			.setAuthentication(TestUsers.authenticationFor(Role.COORDINATOR, bacNinh, null));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private long newProject() {
		String code = "DT-" + COUNTER.incrementAndGet() + "-" + System.nanoTime();
		return projects.create(bacNinh, null, code, "Đề tài " + code, "TOPIC", "PROVINCIAL", BiotechField.AGRICULTURE,
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Visibility.PUBLIC);
	}

	@Test
	void movesForwardOneStepToAcceptanceAndCountsIt() {
		long before = accepted.value(bacNinh, 2026).longValue();
		long id = newProject();
		projects.transition(id, ProjectStatus.SELECTED, null, null, null);
		projects.transition(id, ProjectStatus.APPROVED, null, null, null);
		projects.transition(id, ProjectStatus.IN_PROGRESS, null, null, null);
		projects.transition(id, ProjectStatus.ACCEPTED, LocalDate.of(2026, 11, 5), "Đạt", null);
		assertThat(projects.status(id)).isEqualTo("ACCEPTED");
		assertThat(jdbc.sql("select count(*) from project_transition where project_id = :id").param("id", id)
			.query(Long.class).single()).isEqualTo(4);
		assertThat(accepted.value(bacNinh, 2026).longValue()).isEqualTo(before + 1);
		assertThat(jdbc.sql("select count(*) from registry_entry where kind = 'PROJECT' and record_id = :id")
			.param("id", id).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void refusesSkippingAStepAndRejectingAfterApproval() {
		long id = newProject();
		assertThatThrownBy(() -> projects.transition(id, ProjectStatus.APPROVED, null, null, null))
			.isInstanceOf(InvalidInputException.class);
		projects.transition(id, ProjectStatus.SELECTED, null, null, null);
		projects.transition(id, ProjectStatus.APPROVED, null, null, null);
		assertThatThrownBy(() -> projects.transition(id, ProjectStatus.REJECTED, null, null, null))
			.isInstanceOf(InvalidInputException.class);
		assertThat(projects.status(id)).isEqualTo("APPROVED");
	}

	@Test
	void refusesAPeriodEndingBeforeItStarts() {
		assertThatThrownBy(() -> projects.create(bacNinh, null, "X-" + System.nanoTime(), "Sai", "TOPIC",
				"PROVINCIAL", BiotechField.HEALTH, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 1, 1),
				Visibility.INTERNAL))
			.isInstanceOf(InvalidInputException.class);
	}

}
