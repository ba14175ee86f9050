package org.backcare.exercise;

public enum PartnerRole {
    NONE, OPTIONAL, REQUIRED
}
