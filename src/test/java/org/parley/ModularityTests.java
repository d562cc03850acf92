package org.parley;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the module boundaries of docs/ARCHITECTURE.md true, and draws them. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ParleyApplication.class);

    /** Where docs/ARCHITECTURE.md links the diagrams; committed, so that they can be read on any forge. */
    static final Path COMMITTED = Path.of("docs/modules");

    static final String REGENERATE = "./parley modules (or add -Dparley.modules.write=true to this test)";

    @Test
    void modulesOnlyUseEachOthersPublicInterfacesAndFormNoCycles() {
        MODULES.verify();
    }

    /**
     * Draws the modules as they are and compares the drawing with docs/modules: a module added, removed or
     * newly depended on changes the diagrams, and a stale picture in the architecture document is a defect.
     * With {@code -Dparley.modules.write=true} the test writes the fresh diagrams into docs/modules instead.
     */
    @Test
    void theCommittedModuleDiagramsShowTheModulesAsTheyAre() throws IOException {
        Path drawn = Path.of("target/modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(drawn.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        List<String> fresh = pumlNames(drawn);
        assertThat(fresh).as("diagrams drawn").contains("components.puml");

        if (Boolean.getBoolean("parley.modules.write")) {
            Files.createDirectories(COMMITTED);
            for (String name : pumlNames(COMMITTED)) {
                if (!fresh.contains(name)) Files.delete(COMMITTED.resolve(name));
            }
            for (String name : fresh) {
                Files.copy(drawn.resolve(name), COMMITTED.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }

        List<String> stale = new ArrayList<>();
        var names = new TreeSet<>(fresh);
        names.addAll(pumlNames(COMMITTED));
        for (String name : names) {
            Path committed = COMMITTED.resolve(name), now = drawn.resolve(name);
            if (!Files.exists(committed)) stale.add(name + " is missing from docs/modules");
            else if (!Files.exists(now)) stale.add(name + " shows a module that no longer exists");
            else if (!sameLines(committed, now)) stale.add(name + " differs");
        }
        assertThat(stale)
                .as("docs/modules no longer shows the modules as they are; regenerate with " + REGENERATE
                        + " and commit docs/modules")
                .isEmpty();
    }

    /** The same lines in any order: PlantUML draws the same picture whatever order the Documenter lists them in. */
    private static boolean sameLines(Path a, Path b) throws IOException {
        return Files.readAllLines(a).stream().sorted().toList().equals(Files.readAllLines(b).stream().sorted().toList());
    }

    private static List<String> pumlNames(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".puml")).sorted().toList();
        }
    }
}
