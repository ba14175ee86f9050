package org.backcare.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The manifests in k8s/ against the application itself, as kubectl renders each overlay (and
 * the base as written): every environment variable they set is the environment form of a config
 * key the app defines, every probe path answers, the container port is the app's port, the pool
 * fits the database at the autoscaler's maximum, and the pod waits out the app's graceful stop.
 */
@QuarkusTest
class KubernetesManifestsTest {

    /** PostgreSQL's default max_connections is 100; keep 10 for operators and migrations. */
    private static final int DATABASE_CONNECTIONS_FOR_THE_APP = 90;

    private final Map<String, Manifests> renderings = Manifests.renderings();

    @Test
    void everyEnvironmentVariableIsARealConfigKey() {
        Set<String> known = new HashSet<>();
        for (String name : ConfigProvider.getConfig().getPropertyNames()) {
            known.add(envForm(name.startsWith("%") ? name.substring(name.indexOf('.') + 1) : name));
        }
        renderings.forEach((rendering, manifests) -> {
            List<String> names = new ArrayList<>();
            manifests.container().get("env").forEach(e -> names.add(e.get("name").asText()));
            manifests.container().get("envFrom").forEach(from -> manifests.named("ConfigMap",
                    from.at("/configMapRef/name").asText()).get("data").fieldNames().forEachRemaining(names::add));
            assertFalse(names.isEmpty(), rendering);
            names.forEach(name -> assertTrue(known.contains(name),
                    rendering + ": " + name + " is not the env form of any config key"));
        });
    }

    @Test
    void probesPointAtHealthEndpointsThatAnswer() {
        renderings.forEach((rendering, manifests) -> {
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                String path = manifests.container().at("/" + probe + "/httpGet/path").asText();
                assertTrue(path.startsWith("/q/health/"), rendering + ": " + probe + " " + path);
                given().get(path).then().statusCode(200);
            }
        });
    }

    @Test
    void theContainerPortIsTheAppsPort() {
        // The production port as configured (the test itself listens on a random one).
        String configured = propertyOf("quarkus.http.port");
        renderings.forEach((rendering, manifests) -> {
            assertEquals(configured, manifests.container().at("/ports/0/containerPort").asText(), rendering);
            assertEquals(configured, manifests.setting("QUARKUS_HTTP_PORT"), rendering);
        });
    }

    @Test
    void replicasRunAsNonRootOnAReadOnlyFilesystem() {
        renderings.forEach((rendering, manifests) -> {
            JsonNode deployment = manifests.named("Deployment", "backcare-api");
            assertTrue(deployment.at("/spec/replicas").asInt() >= 2, rendering);
            assertTrue(manifests.container().at("/securityContext/readOnlyRootFilesystem").asBoolean(), rendering);
            assertTrue(deployment.at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean(), rendering);
            assertTrue(manifests.named("PodDisruptionBudget", "backcare-api").at("/spec/minAvailable").asInt() >= 1);
        });
    }

    @Test
    void everyReplicasPoolFitsTheDatabaseAtTheAutoscalersMaximum() {
        renderings.forEach((rendering, manifests) -> {
            int maxReplicas = manifests.named("HorizontalPodAutoscaler", "backcare-api").at("/spec/maxReplicas").asInt();
            int pool = Integer.parseInt(manifests.setting("QUARKUS_DATASOURCE_JDBC_MAX_SIZE"));
            assertTrue(maxReplicas * pool <= DATABASE_CONNECTIONS_FOR_THE_APP,
                    rendering + ": " + maxReplicas + " replicas x " + pool + " connections");
        });
    }

    @Test
    void thePodWaitsForTheGracefulStop() {
        Duration stop = Duration.parse("PT" + propertyOf("quarkus.shutdown.timeout"))
                .plus(Duration.parse("PT" + propertyOf("quarkus.shutdown.delay")));
        renderings.forEach((rendering, manifests) -> {
            long grace = manifests.named("Deployment", "backcare-api")
                    .at("/spec/template/spec/terminationGracePeriodSeconds").asLong();
            assertTrue(grace > stop.toSeconds(), rendering + ": " + grace + " s grace for a " + stop + " stop");
        });
    }

    /** The production value as application.properties sets it (tests use a random port and no shutdown delay). */
    private static String propertyOf(String key) {
        try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("src/main/resources/application.properties"))) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty(key);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The environment-variable form of a config key, as MicroProfile Config maps them. */
    static String envForm(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
