package org.backcare.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestResponse;

/** Keys, the requests they stand for, and the answers kept for them. */
@ApplicationScoped
class IdempotencyStore {

    /** One key for one request: who sent it, what exactly was asked, and where. */
    record Attempt(String id, String fingerprint, String path) {
    }

    static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final Pattern PATIENT_PATH = Pattern.compile("^/v1/patients/([0-9a-fA-F-]{36})");

    private final ObjectMapper json;
    private final ObjectMapper canonical;
    private final IdempotencyConfig config;
    private final Clock clock;

    IdempotencyStore(ObjectMapper json, IdempotencyConfig config, Clock clock) {
        this.json = json;
        this.canonical = JsonMapper.builder().findAndAddModules()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
        this.config = config;
        this.clock = clock;
    }

    Attempt attempt(String subject, String rawKey, String method, String path, Object[] arguments) {
        String key = rawKey.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);   // the draft's structured-field string form
        }
        if (!KEY.matcher(key).matches()) {
            throw ApiException.invalid(IdempotencyInterceptor.HEADER,
                    "must be 1 to 255 visible ASCII characters, such as a random UUID");
        }
        String request;
        try {
            request = method + " " + path + "\n" + canonical.writeValueAsString(Arrays.asList(arguments));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint a request", e);
        }
        return new Attempt(sha256(subject + "\n" + key), sha256(request), path);
    }

    /** The first answer to this key, if there is one still kept; 422 when it was given to another request. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<Object> replay(Attempt attempt, Class<?> answerType) {
        IdempotencyRecord kept = IdempotencyRecord.findById(attempt.id());
        if (kept == null || kept.status == 0) {
            return Optional.empty();
        }
        if (kept.createdAt.isBefore(clock.instant().minus(config.ttl()))) {
            kept.delete();
            IdempotencyRecord.flush();
            return Optional.empty();
        }
        if (!kept.fingerprint.equals(attempt.fingerprint())) {
            throw new ApiException(ProblemType.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was used for another "
                    + "request; send a new key for a new request.");
        }
        return Optional.of(answer(kept, RestResponse.class.isAssignableFrom(answerType)));
    }

    /** The kept answer, as the resource method's own return type. */
    private static Object answer(IdempotencyRecord kept, boolean asRestResponse) {
        Response.ResponseBuilder answer = Response.status(kept.status).header(REPLAYED, "true");
        if (kept.body != null) {
            answer.entity(kept.body).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (kept.location != null) {
            answer.header(HttpHeaders.LOCATION, kept.location);
        }
        if (kept.etag != null) {
            answer.header(HttpHeaders.ETAG, kept.etag);
        }
        Response built = answer.build();
        if (!asRestResponse) {
            return built;
        }
        RestResponse.ResponseBuilder<Object> rest = RestResponse.ResponseBuilder.create(kept.status);
        if (kept.body != null) {
            rest.entity(kept.body).type(MediaType.APPLICATION_JSON_TYPE);
        }
        built.getStringHeaders().forEach((name, values) -> values.forEach(value -> rest.header(name, value)));
        return rest.build();
    }

    /** Inserts the key's row at once, so a concurrent twin waits on it rather than doing the work too. */
    @Transactional(Transactional.TxType.MANDATORY)
    IdempotencyRecord claim(Attempt attempt) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.id = attempt.id();
        record.fingerprint = attempt.fingerprint();
        record.status = 0;
        record.createdAt = clock.instant();
        record.persistAndFlush();
        return record;
    }

    /** Keeps the answer; the patient it concerns is known now that the create got past the consent check. */
    @Transactional(Transactional.TxType.MANDATORY)
    void complete(IdempotencyRecord record, Attempt attempt, Object answer) {
        Response response = answer instanceof RestResponse<?> rest ? rest.toResponse() : (Response) answer;
        record.status = response.getStatus();
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        record.location = location == null ? null : location.toString();
        Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        record.etag = etag == null ? null : etag.toString();
        try {
            Object entity = response.getEntity() instanceof ShownOnce once ? once.withoutSecrets() : response.getEntity();
            record.body = entity == null ? null : json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot keep an answer", e);
        }
        record.patientId = patientOf(attempt.path());
        if (record.patientId == null && record.location != null) {
            record.patientId = patientOf(record.location);   // a new profile: erased with it
        }
    }

    /** Every replica sweeps; a delete of rows already gone costs nothing. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetExpired() {
        BackgroundJob.run("idempotency-sweep",
                () -> IdempotencyRecord.delete("createdAt < ?1", clock.instant().minus(config.ttl())));
    }

    private static UUID patientOf(String path) {
        Matcher matcher = PATIENT_PATH.matcher(path);
        return matcher.find() ? UUID.fromString(matcher.group(1)) : null;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
