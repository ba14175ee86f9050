package org.backcare.fhir;

import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** Entries and references inside one export: every resource is addressed by urn:uuid. */
final class Bundles {

    private Bundles() {
    }

    static Reference reference(UUID id, String type) {
        return new Reference("urn:uuid:" + id).setType(type);
    }

    static void add(Bundle bundle, Resource resource) {
        bundle.addEntry().setFullUrl("urn:uuid:" + resource.getIdElement().getIdPart()).setResource(resource);
    }
}
