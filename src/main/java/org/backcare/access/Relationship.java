package org.backcare.access;

/** How a grantee relates to the patient; partners never see entries marked private. */
public enum Relationship {
    PARTNER, CLINICIAN
}
