package vn.trienkhai;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold: no cycles, no use of another module's internals. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(TrienkhaiApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writeModuleDocumentation() {
		// PlantUML component diagrams and module canvases under target/spring-modulith-docs
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
