package org.backcare.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rendering of the Kubernetes manifests: the base as written, and each overlay as
 * `kubectl kustomize` renders it when kubectl is installed (.ci/run installs it and sets
 * BACKCARE_REQUIRE_KUBECTL, so CI always checks the rendered overlays).
 */
record Manifests(List<JsonNode> documents) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path K8S = Path.of("k8s");

    static Map<String, Manifests> renderings() {
        Map<String, Manifests> renderings = new LinkedHashMap<>();
        try {
            List<JsonNode> base = new ArrayList<>();
            for (JsonNode resource : parse(Files.readString(K8S.resolve("base/kustomization.yaml"))).get(0).get("resources")) {
                base.addAll(parse(Files.readString(K8S.resolve("base").resolve(resource.asText()))));
            }
            renderings.put("base", new Manifests(base));
            boolean kubectl = kubectlInstalled();
            if (!kubectl && System.getenv("BACKCARE_REQUIRE_KUBECTL") != null) {
                throw new AssertionError("kubectl is required to render the overlays (apt-get install kubectl)");
            }
            if (kubectl) {
                try (var overlays = Files.list(K8S.resolve("overlays"))) {
                    for (Path overlay : overlays.sorted().toList()) {
                        renderings.put(overlay.getFileName().toString(), new Manifests(parse(kustomize(overlay))));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return renderings;
    }

    JsonNode named(String kind, String namePrefix) {
        // Generated ConfigMaps carry a content hash after the name.
        return documents.stream()
                .filter(d -> d.path("kind").asText().equals(kind))
                .filter(d -> d.at("/metadata/name").asText().startsWith(namePrefix))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + namePrefix));
    }

    JsonNode container() {
        return named("Deployment", "backcare-api").at("/spec/template/spec/containers/0");
    }

    /** A setting from the ConfigMap the container takes its environment from. */
    String setting(String name) {
        String configMap = container().at("/envFrom/0/configMapRef/name").asText();
        return named("ConfigMap", configMap).at("/data/" + name).asText();
    }

    private static List<JsonNode> parse(String yaml) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (var values = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            values.forEachRemaining(d -> {
                if (d != null && !d.isNull() && !d.isMissingNode()) {
                    documents.add(d);
                }
            });
        }
        return documents;
    }

    private static boolean kubectlInstalled() {
        try {
            return new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String kustomize(Path overlay) throws IOException {
        Process process = new ProcessBuilder("kubectl", "kustomize", overlay.toString()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new AssertionError("kubectl kustomize " + overlay + " failed: " + err);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return out;
    }
}
