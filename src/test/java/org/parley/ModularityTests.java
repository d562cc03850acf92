package org.parley;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the module boundaries of docs/ARCHITECTURE.md true, and draws them. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ParleyApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicInterfacesAndFormNoCycles() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramsThatTheArchitectureDocumentShows() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
