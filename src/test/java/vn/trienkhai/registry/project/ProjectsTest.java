package vn.trienkhai.registry.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
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
import vn.trienkhai.registry.shared.FieldInputException;

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

	static Project draft(long unit, String code, LocalDate start, LocalDate end, Map<Project.Source, BigDecimal> budget) {
		Map<Project.Source, BigDecimal> money = Project.noBudget();
		money.putAll(budget);
		return new Project(null, unit, null, code, "Đề tài " + code, Project.Kind.TOPIC, Project.Level.PROVINCIAL,
				BiotechField.AGRICULTURE, "Viện Di truyền Nông nghiệp", "TS. Nguyễn Văn An", start, end,
				"Quy trình nhân giống", money, null, null, null, null, Visibility.PUBLIC, 0);
	}

	private Project newProject() {
		String code = "DT-" + COUNTER.incrementAndGet() + "-" + System.nanoTime();
		return projects.create(draft(bacNinh, code, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
				Map.of(Project.Source.STATE_LOCAL, new BigDecimal("450.5"), Project.Source.ENTERPRISE, new BigDecimal("100"))));
	}

	private Project step(long id, ProjectStatus to) {
		return projects.transition(id, to, projects.get(id).rowVersion(), null, null, null);
	}

	@Test
	void keepsTheBudgetBySourceAndIndexesTheProject() {
		Project p = newProject();
		assertThat(p.status()).isEqualTo(ProjectStatus.PROPOSED);
		assertThat(p.budgetOf(Project.Source.STATE_LOCAL)).isEqualByComparingTo("450.5");
		assertThat(p.totalBudget()).isEqualByComparingTo("550.5");
		assertThat(p.budgetOf(Project.Source.STATE_CENTRAL)).isNull();
		assertThat(jdbc.sql("select summary from registry_entry where kind = 'PROJECT' and record_id = :id")
			.param("id", p.id()).query(String.class).single()).contains(p.code()).contains("Viện Di truyền");
	}

	@Test
	void movesForwardOneStepToAcceptanceAndCountsIt() {
		long before = accepted.value(bacNinh, 2026).longValue();
		long id = newProject().id();
		step(id, ProjectStatus.SELECTED);
		step(id, ProjectStatus.APPROVED);
		step(id, ProjectStatus.IN_PROGRESS);
		Project done = projects.transition(id, ProjectStatus.ACCEPTED, projects.get(id).rowVersion(),
				LocalDate.of(2026, 11, 5), "Đạt", null);
		assertThat(done.status()).isEqualTo(ProjectStatus.ACCEPTED);
		assertThat(done.acceptanceRating()).isEqualTo("Đạt");
		assertThat(projects.history(id)).extracting(Projects.Step::to).containsExactly(ProjectStatus.SELECTED,
				ProjectStatus.APPROVED, ProjectStatus.IN_PROGRESS, ProjectStatus.ACCEPTED);
		assertThat(accepted.value(bacNinh, 2026).longValue()).isEqualTo(before + 1);
		assertThatThrownBy(() -> step(id, ProjectStatus.APPLIED)).isInstanceOf(FieldInputException.class)
			.hasMessage("registry.project.error.appliedWhere");
	}

	@Test
	void refusesSkippingAStepRejectingAfterApprovalAndAStaleVersion() {
		long id = newProject().id();
		assertThatThrownBy(() -> step(id, ProjectStatus.APPROVED)).isInstanceOf(InvalidInputException.class);
		int stale = projects.get(id).rowVersion();
		step(id, ProjectStatus.SELECTED);
		assertThatThrownBy(() -> projects.transition(id, ProjectStatus.APPROVED, stale, null, null, null))
			.isInstanceOf(OptimisticLockingFailureException.class);
		step(id, ProjectStatus.APPROVED);
		assertThatThrownBy(() -> step(id, ProjectStatus.REJECTED)).isInstanceOf(InvalidInputException.class);
		assertThat(projects.get(id).status()).isEqualTo(ProjectStatus.APPROVED);
		assertThatThrownBy(() -> projects.delete(id, projects.get(id).rowVersion()))
			.hasMessage("registry.project.error.deleteDecided");
	}

	@Test
	void refusesAcceptanceInTheFutureOrWithoutADate() {
		long id = newProject().id();
		step(id, ProjectStatus.SELECTED);
		step(id, ProjectStatus.APPROVED);
		step(id, ProjectStatus.IN_PROGRESS);
		int version = projects.get(id).rowVersion();
		assertThatThrownBy(() -> projects.transition(id, ProjectStatus.ACCEPTED, version, null, null, null))
			.hasMessage("registry.project.error.acceptanceDate");
		assertThatThrownBy(() -> projects.transition(id, ProjectStatus.ACCEPTED, version, LocalDate.now().plusDays(3), null, null))
			.hasMessage("registry.project.error.acceptanceDateRange");
		assertThat(projects.get(id).status()).isEqualTo(ProjectStatus.IN_PROGRESS);
	}

	@Test
	void refusesABadPeriodADuplicateCodeAndANegativeBudgetSavingNothing() {
		long count = jdbc.sql("select count(*) from project").query(Long.class).single();
		assertThatThrownBy(() -> projects.create(draft(bacNinh, "X-" + System.nanoTime(), LocalDate.of(2026, 5, 1),
				LocalDate.of(2026, 1, 1), Map.of())))
			.isInstanceOf(FieldInputException.class).hasMessage("registry.project.error.period");
		Project p = newProject();
		assertThatThrownBy(() -> projects.create(draft(bacNinh, p.code().toLowerCase(), null, null, Map.of())))
			.isInstanceOf(FieldInputException.class).hasMessage("registry.project.error.codeTaken");
		assertThatThrownBy(() -> projects.create(draft(bacNinh, "Y-" + System.nanoTime(), null, null,
				Map.of(Project.Source.OTHER, new BigDecimal("-1")))))
			.isInstanceOf(FieldInputException.class)
			.satisfies(e -> assertThat(((FieldInputException) e).field()).isEqualTo("budget[OTHER]"));
		assertThatThrownBy(() -> projects.create(draft(bacNinh, "bad code!", null, null, Map.of())))
			.hasMessage("registry.project.error.code");
		assertThat(jdbc.sql("select count(*) from project").query(Long.class).single()).isEqualTo(count + 1);
	}

	@Test
	void anUpdateKeepsTheStatusAndReplacesTheBudget() {
		Project p = step(newProject().id(), ProjectStatus.SELECTED);
		Project changed = new Project(p.id(), p.orgUnitId(), null, p.code(), "Tên mới", p.kind(), Project.Level.GRASSROOTS,
				BiotechField.HEALTH, null, null, null, null, null,
				new java.util.EnumMap<>(Map.of(Project.Source.STATE_CENTRAL, new BigDecimal("12"))), null, null, null, null,
				Visibility.INTERNAL, p.rowVersion());
		Project saved = projects.update(changed);
		assertThat(saved.status()).isEqualTo(ProjectStatus.SELECTED);
		assertThat(saved.budget()).containsOnlyKeys(Project.Source.STATE_CENTRAL);
		assertThat(saved.title()).isEqualTo("Tên mới");
		assertThatThrownBy(() -> projects.update(changed)).isInstanceOf(OptimisticLockingFailureException.class);
	}

}
