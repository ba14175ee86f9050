package org.backcare.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** For ITs that start the packaged jar themselves, as the README does, rather than through Quarkus. */
public final class PackagedJar {

    private PackagedJar() {
    }

    /** The datasource arguments the build's ITs use: H2 by default, PostgreSQL in .ci/postgres-tests. */
    public static List<String> configuredDatasource() {
        List<String> args = new ArrayList<>(Arrays.asList(
                System.getProperty("backcare.it.datasource", "").trim().split("\\s+")));
        args.removeIf(String::isEmpty);
        return args;
    }

    /** {@code java <jvmArgs> -jar target/quarkus-app/quarkus-run.jar}, on the JDK running the tests. */
    public static List<String> command(List<String> jvmArgs) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().toString()));
        return command;
    }
}
