package dev.luminara.cli;

import dev.luminara.lunyscript.descriptor.Descriptor;
import dev.luminara.lunyscript.lock.ContractLock;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code luminara api lock}: check the descriptor against lunyscript.lock, or rewrite the lock after a version bump. */
@Command(
        name = "lock",
        mixinStandardHelpOptions = true,
        description = {
            "Check that no semantic contract changed under the locked descriptor version (exit 1 if one did).",
            "With --update, write lunyscript.lock for the current contracts; refused while the version is unchanged"
                    + " and contracts differ."
        })
final class ApiLockCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--descriptor",
            paramLabel = "<file>",
            description = "lunyscript_api.lua (default: ${DEFAULT-VALUE})")
    Path descriptor = LunyCli.DEFAULT_DESCRIPTOR;

    @Option(names = "--update", description = "Write the lock for the current contracts.")
    boolean update;

    @Override
    public Integer call() throws Exception {
        return LunyCli.run(spec, () -> {
            Descriptor d = LunyCli.load(descriptor, true);
            Path lock = descriptor.toAbsolutePath().getParent().resolve(ContractLock.FILE);
            if (update) {
                List<String> changes = ContractLock.write(d, lock);
                changes.forEach(c -> spec.commandLine().getOut().println("lock: " + c));
                spec.commandLine().getOut().println("ok: wrote " + lock + " for version " + d.version());
            } else {
                spec.commandLine()
                        .getOut()
                        .println("ok: " + d.semantics().size() + " contracts match " + ContractLock.FILE + " (version "
                                + d.version() + ")");
            }
            return 0;
        });
    }
}
