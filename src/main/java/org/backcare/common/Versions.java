package org.backcare.common;

/**
 * Strong entity tags for versioned resources, and the If-Match rule: a client that edits must
 * say which version it edited, so two devices never silently overwrite each other.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** @throws ApiException 428 when If-Match is absent, 412 when it names another version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        requirePresent(ifMatch);
        checkMatch(ifMatch, currentVersion);
    }

    /**
     * @throws ApiException 428 when If-Match is absent; lets a write refuse before it takes any
     *         lock or reads the current version
     */
    public static void requirePresent(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag you last read, so concurrent edits are never lost.");
        }
    }

    /** Checks If-Match only when the client sent one. */
    public static void checkMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return;
        }
        String current = etag(currentVersion);
        for (String tag : ifMatch.split(",")) {
            if (tag.strip().equals(current)) {
                return;
            }
        }
        throw new ApiException(ProblemType.PRECONDITION_FAILED,
                "The entry changed since you read it (now " + current + "); read it again and reapply your edit.");
    }
}
