package org.backcare.identity;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.backcare.support.PackagedJar;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar, started with neither a production key nor dev tokens, must refuse to start
 * and say what to configure: otherwise it would trust tokens signed with a published key.
 */
class StartupRefusalIT {

    @Test
    void refusesToStartOnTheDevelopmentKey() throws IOException, InterruptedException {
        Path workDir = Files.createTempDirectory("backcare-refusal");
        Path output = workDir.resolve("output.log");
        List<String> jvmArgs = new ArrayList<>(List.of("-Dquarkus.http.port=0"));
        jvmArgs.addAll(PackagedJar.configuredDatasource());   // the database the build was made for
        List<String> command = PackagedJar.command(jvmArgs);
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean exited = process.waitFor(90, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        String log = Files.readString(output);
        assertTrue(exited, "the app started instead of refusing:\n" + log);
        assertNotEquals(0, process.exitValue());
        assertTrue(log.contains("MP_JWT_VERIFY_PUBLICKEY_LOCATION"), log);
        assertTrue(log.contains("MP_JWT_VERIFY_ISSUER"), log);
        assertTrue(log.contains("backcare.dev-tokens.enabled=true"), log);
    }
}
