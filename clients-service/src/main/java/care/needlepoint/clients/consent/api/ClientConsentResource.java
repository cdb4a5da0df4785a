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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import care.needlepoint.clients.consent.domain.ConsentService;
import care.needlepoint.clients.platform.idempotency.Idempotency;
import care.needlepoint.clients.platform.idempotency.IdempotentResult;
import care.needlepoint.clients.platform.paging.Page;
import care.needlepoint.clients.platform.paging.PageRequest;
import care.needlepoint.clients.platform.security.Roles;

@Path("/api/v1/clients/{clientId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consents", description = "Clients' consents to consent-document versions: recorded, revoked, and where "
        + "each client stands with every kind. Every read and change is audited.")
public class ClientConsentResource {

    private static final String CLIENT_ID = "The client's id.";
    private static final String CLIENT_ID_EXAMPLE = "3f0c2a9e-5d7b-4c1e-9a34-8f2b6d1e7c55";
    private static final String CONSENT_ID = "The consent's id.";
    private static final String CONSENT_ID_EXAMPLE = "5e8a1c3f-2b7d-4f6e-9a0c-3d1b5f7e9a2c";

    @Inject
    ConsentService consents;

    @Inject
    Idempotency idempotency;

    @POST
    @Path("consents")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "recordConsent", summary = "Record a client's consent",
            description = "Records that the client agreed to one consent-document version: when they signed, how, "
                    + "and (from the token) who captured it. Send textSha256 to prove the client saw the published "
                    + "text. signedAt may not be before the document was published nor more than 5 minutes "
                    + "(configurable) after the server's clock: either is a 400 naming signedAt. A client has at most "
                    + "one standing consent per document: revoke it to record another. Send an Idempotency-Key to "
                    + "make retries safe.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new consent.",
            headers = @Header(name = "Location", description = "URL of the new consent"),
            content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "404", description = "No client with this id, or no consent document with the body's "
            + "documentId; the detail says which.")
    @APIResponse(responseCode = "409", description = "The client is not ACTIVE (archived or erased); or textSha256 "
            + "differs from the document's (the client signed a different text; the problem's `documentTextSha256` "
            + "gives the document's); or the client already has a standing consent to this document (the "
            + "problem's `consentId` names it). Nothing is recorded.")
    public Response record(
            @Parameter(description = CLIENT_ID, example = CLIENT_ID_EXAMPLE) @PathParam("clientId") UUID clientId,
            @Parameter(description = "Makes the request safe to retry: the same key and body return the first "
                    + "answer instead of recording again.", example = "5b0e8d9c-6d0f-4b5e-9d7a-2f1c3e4a5b6c")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid ConsentFields fields) {
        // The client is part of the request: the same key and body for another client is another request.
        return idempotency.execute(idempotencyKey, "recordConsent:" + clientId, fields, () -> {
            ConsentView recorded = consents.record(clientId, fields);
            URI location = UriBuilder.fromResource(ClientConsentResource.class).path("consents/{consentId}")
                    .build(clientId, recorded.id());
            return IdempotentResult.created(location, null, recorded);
        });
    }

    @GET
    @Path("consents")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "listConsents", summary = "List a client's consents",
            description = "All the client's consents, revoked and outdated ones included, newest first (by signedAt, "
                    + "then recordedAt, then id), one page at a time. Each consent listed is audited.")
    @APIResponse(responseCode = "200", description = "One page of the client's consents.")
    @APIResponse(responseCode = "404", description = "No client with this id.")
    public Page<ConsentView> list(
            @Parameter(description = CLIENT_ID, example = CLIENT_ID_EXAMPLE) @PathParam("clientId") UUID clientId,
            @BeanParam PageRequest page) {
        return consents.list(clientId, page.cursor(), page.limit());
    }

    @GET
    @Path("consents/{consentId}")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "getConsent", summary = "Read a client's consent",
            description = "One consent of the client, with its state now. Audited.")
    @APIResponse(responseCode = "200", description = "The consent.",
            content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "404", description = "No client with this id, or the client has no consent with "
            + "this id.")
    public ConsentView get(
            @Parameter(description = CLIENT_ID, example = CLIENT_ID_EXAMPLE) @PathParam("clientId") UUID clientId,
            @Parameter(description = CONSENT_ID, example = CONSENT_ID_EXAMPLE) @PathParam("consentId") UUID consentId) {
        return consents.get(clientId, consentId);
    }

    @POST
    @Path("consents/{consentId}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "revokeConsent", summary = "Revoke a client's consent",
            description = "Records that the client withdrew this consent, why, when (now) and who recorded it "
                    + "(from the token). Allowed whatever the client's status. A revoked consent stays in the record; "
                    + "to consent again the client gives a new consent.")
    @APIResponse(responseCode = "200", description = "Revoked; the consent as it now is.",
            content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "404", description = "No client with this id, or the client has no consent with "
            + "this id.")
    @APIResponse(responseCode = "409", description = "The consent was already revoked; the detail says when and by "
            + "whom. Nothing changes.")
    public ConsentView revoke(
            @Parameter(description = CLIENT_ID, example = CLIENT_ID_EXAMPLE) @PathParam("clientId") UUID clientId,
            @Parameter(description = CONSENT_ID, example = CONSENT_ID_EXAMPLE) @PathParam("consentId") UUID consentId,
            @NotNull(message = "a JSON body is required") @Valid RevocationFields fields) {
        return consents.revoke(clientId, consentId, fields);
    }

    @GET
    @Path("consent-status")
    @RolesAllowed({ Roles.FRONT_DESK, Roles.PRACTITIONER, Roles.ADMIN })
    @Operation(operationId = "getConsentStatus", summary = "Read where a client stands with each kind of consent",
            description = "One entry per kind: VALID, OUTDATED, REVOKED, MISSING or NO_DOCUMENT, with the kind's "
                    + "current document and the deciding consent. The deciding consent is the client's newest "
                    + "consent (by signedAt) to the kind's current version, or, when there is none, the newest "
                    + "consent of the kind: a newer signature outranks an older revoked consent, and revoking the "
                    + "deciding consent makes the kind REVOKED until the client consents again. Audited.")
    @APIResponse(responseCode = "200", description = "The client's consent status for every kind.",
            content = @Content(schema = @Schema(implementation = ConsentStatusView.class)))
    @APIResponse(responseCode = "404", description = "No client with this id.")
    public ConsentStatusView status(
            @Parameter(description = CLIENT_ID, example = CLIENT_ID_EXAMPLE) @PathParam("clientId") UUID clientId) {
        return consents.status(clientId);
    }
}
