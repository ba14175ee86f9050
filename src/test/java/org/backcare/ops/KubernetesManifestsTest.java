package org.backcare.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The manifests in k8s/ against the application itself: every environment variable they set
 * is the environment form of a config key the app defines, every probe path answers, and the
 * container port is the app's HTTP port. (.ci/run also renders each overlay with kubectl.)
 */
@QuarkusTest
class KubernetesManifestsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path K8S = Path.of("k8s");

    @Test
    void everyEnvironmentVariableIsARealConfigKey() throws IOException {
        Set<String> known = new HashSet<>();
        for (String name : ConfigProvider.getConfig().getPropertyNames()) {
            known.add(envForm(name.startsWith("%") ? name.substring(name.indexOf('.') + 1) : name));
        }
        List<String> names = new ArrayList<>();
        JsonNode container = deployment().at("/spec/template/spec/containers/0");
        container.get("env").forEach(e -> names.add(e.get("name").asText()));
        yaml(K8S.resolve("base/configmap.yaml")).get("data").fieldNames().forEachRemaining(names::add);
        for (String overlay : List.of("local", "production")) {
            JsonNode kustomization = yaml(K8S.resolve("overlays/" + overlay + "/kustomization.yaml"));
            for (JsonNode generator : iterable(kustomization.get("configMapGenerator"))) {
                generator.get("literals").forEach(l -> names.add(l.asText().substring(0, l.asText().indexOf('='))));
            }
        }
        assertFalse(names.isEmpty());
        names.forEach(name -> assertTrue(known.contains(name), name + " is not the env form of any config key"));
    }

    @Test
    void probesPointAtHealthEndpointsThatAnswer() throws IOException {
        JsonNode container = deployment().at("/spec/template/spec/containers/0");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            String path = container.at("/" + probe + "/httpGet/path").asText();
            assertTrue(path.startsWith("/q/health/"), probe + " " + path);
            given().get(path).then().statusCode(200);
        }
    }

    @Test
    void theContainerPortIsTheAppsPort() throws IOException {
        int containerPort = deployment().at("/spec/template/spec/containers/0/ports/0/containerPort").asInt();
        // The production port as configured (the test itself listens on a random one).
        java.util.Properties properties = new java.util.Properties();
        try (var in = Files.newInputStream(Path.of("src", "main", "resources", "application.properties"))) {
            properties.load(in);
        }
        int configured = Integer.parseInt(properties.getProperty("quarkus.http.port"));
        assertEquals(configured, containerPort);
        assertEquals(String.valueOf(configured), yaml(K8S.resolve("base/configmap.yaml")).at("/data/QUARKUS_HTTP_PORT")
                .asText());
        assertTrue(deployment().at("/spec/replicas").asInt() >= 2);
        JsonNode security = deployment().at("/spec/template/spec/containers/0/securityContext");
        assertTrue(security.get("readOnlyRootFilesystem").asBoolean());
        assertTrue(deployment().at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean());
    }

    private static JsonNode deployment() throws IOException {
        return yaml(K8S.resolve("base/deployment.yaml"));
    }

    private static JsonNode yaml(Path file) throws IOException {
        return YAML.readTree(Files.readString(file));
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node == null ? List.of() : () -> StreamSupport.stream(node.spliterator(), false).iterator();
    }

    /** The environment-variable form of a config key, as MicroProfile Config maps them. */
    static String envForm(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
