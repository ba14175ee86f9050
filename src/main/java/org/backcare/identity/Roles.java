package org.backcare.identity;

/** The role names carried in the token's {@code groups} claim. */
public final class Roles {

    public static final String PATIENT = "patient";
    public static final String PARTNER = "partner";
    public static final String CLINICIAN = "clinician";
    public static final String CURATOR = "curator";

    private Roles() {
    }
}
