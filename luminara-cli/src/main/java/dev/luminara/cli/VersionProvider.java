package dev.luminara.cli;

import picocli.CommandLine;

/** Reports the build's version from the jar manifest, or "dev" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = LuminaraCommand.class.getPackage().getImplementationVersion();
        return new String[] {"luminara " + (v == null ? "dev" : v), "Java " + System.getProperty("java.version")};
    }
}
