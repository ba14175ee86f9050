package org.backcare.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AcceptInvitation(
        @NotBlank @Size(max = 32) @Schema(required = true, examples = "K7M2Q-9XH4D") String code) {
}
