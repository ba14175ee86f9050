package org.backcare.patient;

/** The back condition a person reports; drives which exercises and household movements are unsafe. */
public enum Condition {
    NONSPECIFIC, DISC_INJURY, FACET_SYNDROME, OSTEOARTHRITIS, SPINAL_STENOSIS, SCIATICA, SPONDYLOSIS,
    DEGENERATIVE_DISC, FRACTURE, POST_SURGERY, UNKNOWN
}
