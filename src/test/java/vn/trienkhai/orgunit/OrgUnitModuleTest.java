package vn.trienkhai.orgunit;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import vn.trienkhai.TrienkhaiApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** The module's boundary: it uses nothing but the platform, and nothing uses its internals. */
class OrgUnitModuleTest {

	private final ApplicationModules modules = ApplicationModules.of(TrienkhaiApplication.class);

	@Test
	void dependsOnlyOnThePlatform() {
		ApplicationModule orgunit = modules.getModuleByName("orgunit").orElseThrow();
		assertThat(orgunit.getDisplayName()).isEqualTo("Administrative units");
		assertThat(orgunit.getDirectDependencies(modules).uniqueModules().map(m -> m.getIdentifier().toString()))
			.containsOnly("platform");
	}

	@Test
	void noModuleBreaksTheBoundaryOfThisOne() {
		assertThat(modules.detectViolations().getMessages())
			.noneMatch(m -> m.contains("'orgunit'") || m.contains("vn.trienkhai.orgunit."));
	}

}
