package org.backcare.partnerplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record DraftRequest(
        @NotBlank @Size(max = 255) @Pattern(regexp = "^\\S+$")
        @Schema(required = true, description = "The partner the plan is for") String partnerSubject) {
}
