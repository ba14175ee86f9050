package org.backcare.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record DevTokenRequest(
        @NotBlank @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9._@:|-]+")
        @Schema(required = true, maxLength = 255, pattern = "^[A-Za-z0-9._@:|-]+$", examples = "alice")
        String subject,
        @NotNull @Size(max = 4)
        @Schema(required = true, maxItems = 4, description = "Any of patient, partner, clinician, curator")
        List<@NotNull @Pattern(regexp = "patient|partner|clinician|curator") String> roles) {
}
