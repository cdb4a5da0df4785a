package care.needlepoint.clients.client.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A postal address in the shape most countries' addresses fit; the country decides how it is printed. */
@Schema(name = "PostalAddress", description = "A postal address. Line 1, locality and country are required.")
public record PostalAddress(
        @Schema(description = "Street and number, or PO box.", example = "12 Harley Street", maxLength = 200)
        @NotBlank @Size(max = 200)
        String line1,
        @Schema(description = "Flat, building or district, if any.", example = "Flat 3", maxLength = 200,
                nullable = true)
        @Size(max = 200)
        String line2,
        @Schema(description = "Town or city.", example = "London", maxLength = 100)
        @NotBlank @Size(max = 100)
        String locality,
        @Schema(description = "County, state or province, where the country uses one.", example = "Greater London",
                maxLength = 100, nullable = true)
        @Size(max = 100)
        String region,
        @Schema(description = "Postal code, where the country uses one.", example = "W1G 9QD", maxLength = 20,
                nullable = true)
        @Size(max = 20)
        String postalCode,
        @Schema(description = "ISO 3166-1 alpha-2 country code.", example = "GB", pattern = "^[A-Z]{2}$")
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 country code such as GB")
        String country) {
}
