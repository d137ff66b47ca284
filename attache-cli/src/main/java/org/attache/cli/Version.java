package org.attache.cli;

import picocli.CommandLine;

/** The version printed by {@code attache --version}, from the jar's manifest when there is one. */
final class Version implements CommandLine.IVersionProvider {

    static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"attache " + current()};
    }
}
