package care.needlepoint.clients.consent.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import care.needlepoint.clients.consent.domain.ConsentDocumentService;
import care.needlepoint.clients.consent.domain.ConsentKind;
import care.needlepoint.clients.platform.http.QueryParameters;
import care.needlepoint.clients.platform.idempotency.Idempotency;
import care.needlepoint.clients.platform.idempotency.IdempotentResult;
import care.needlepoint.clients.platform.paging.Page;
import care.needlepoint.clients.platform.paging.PageRequest;
import care.needlepoint.clients.platform.security.Roles;

@Path("/api/v1/consent-documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consent documents", description = "The texts clients consent to, versioned per kind "
        + "(MICRONEEDLING_TREATMENT, PHOTOGRAPHY, MARKETING). The highest version of a kind is its current one; "
        + "publishing a new version makes earlier consents to the kind outdated. Documents never change.")
public class ConsentDocumentResource {

    @Inject
    ConsentDocumentService documents;

    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "publishConsentDocument", summary = "Publish a consent document version",
            description = "Publishes the next version of the document's kind: the server assigns the version (1 for "
                    + "the first of a kind, then 2, 3, ...; concurrent publications of one kind get consecutive "
                    + "versions), computes the SHA-256 of the text and records the publisher. The new version becomes "
                    + "the kind's current one at once, so clients' consents to earlier versions become OUTDATED. "
                    + "Send an Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Published; Location names the new document.",
            headers = @Header(name = "Location", description = "URL of the new document"),
            content = @Content(schema = @Schema(implementation = ConsentDocumentView.class)))
    public Response publish(
            @Parameter(description = "Makes the request safe to retry: the same key and body return the first "
                    + "answer instead of publishing again.", example = "5b0e8d9c-6d0f-4b5e-9d7a-2f1c3e4a5b6c")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid ConsentDocumentFields fields) {
        return idempotency.execute(idempotencyKey, "publishConsentDocument", fields, () -> {
            ConsentDocumentView published = documents.publish(fields);
            URI location = UriBuilder.fromResource(ConsentDocumentResource.class).path("{id}")
                    .build(published.id());
            return IdempotentResult.created(location, null, published);
        });
    }

    @GET
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "listConsentDocuments", summary = "List consent documents",
            description = "Documents without their text, ordered by kind code (alphabetically: MARKETING, "
                    + "MICRONEEDLING_TREATMENT, PHOTOGRAPHY) and within a kind newest version first, one page at a "
                    + "time. Read a document by id for its text.")
    @APIResponse(responseCode = "200", description = "One page of consent documents.")
    public Page<ConsentDocumentSummary> list(
            @Parameter(description = "Only documents of this kind.",
                    schema = @Schema(implementation = ConsentKind.class))
            @QueryParam("kind") String kind,
            @Parameter(description = "true: only the current version of each kind; false: only superseded versions. "
                    + "Omit for all.", schema = @Schema(type = SchemaType.BOOLEAN), example = "true")
            @QueryParam("current") String current,
            @BeanParam PageRequest page) {
        return documents.list(QueryParameters.enumValue("kind", kind, ConsentKind.class),
                QueryParameters.booleanValue("current", current), page.cursor(), page.limit());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN, Roles.INTEGRATION })
    @Operation(operationId = "getConsentDocument", summary = "Read a consent document",
            description = "The document with its full text, and whether it is still the current version of its kind.")
    @APIResponse(responseCode = "200", description = "The consent document.",
            content = @Content(schema = @Schema(implementation = ConsentDocumentView.class)))
    @APIResponse(responseCode = "404", description = "No consent document with this id.")
    public ConsentDocumentView get(
            @Parameter(description = "The document's id.", example = "9d2c7e1a-4f3b-4a6d-8e5c-1b0f2a3d4c5e")
            @PathParam("id") UUID id) {
        return documents.get(id);
    }
}
