package care.needlepoint.treatments.eligibility.api;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import care.needlepoint.treatments.platform.http.QueryParameters;
import care.needlepoint.treatments.protocol.domain.BodyArea;
import care.needlepoint.treatments.shared.Ids;

/** Who and what an eligibility check is about: the query parameters of checkEligibility and checkSeriesEligibility. */
public class EligibilityQuery {

    @Parameter(description = "The client's id (clients-service).", required = true,
            example = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    @QueryParam("clientId")
    String clientId;

    @Parameter(description = "The protocol's id; its current version is used.", required = true,
            example = "6c1e2f4a-8b3d-4e5f-9a7b-0c2d4e6f8a1b",
            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    @QueryParam("protocolId")
    String protocolId;

    @Parameter(description = "Areas to be treated, repeated (areas=CHEEKS&areas=TEMPLES); each one of the "
            + "protocol's treatment areas. Default: all of them.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = BodyArea.class, maxItems = 21))
    @QueryParam("areas")
    List<String> areas;

    UUID client() {
        return Ids.requiredQuery("clientId", clientId);
    }

    UUID protocol() {
        return Ids.requiredQuery("protocolId", protocolId);
    }

    /** The areas asked, each once; empty for all the protocol's. */
    List<BodyArea> treatedAreas() {
        List<BodyArea> treated = new ArrayList<>();
        for (String area : areas == null ? List.<String>of() : areas) {
            BodyArea value = QueryParameters.enumValue("areas", area, BodyArea.class);
            if (value != null && !treated.contains(value)) {
                treated.add(value);
            }
        }
        return treated;
    }
}
