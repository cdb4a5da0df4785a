package care.needlepoint.clients.facts.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import care.needlepoint.clients.consent.domain.ConsentService;
import care.needlepoint.clients.platform.startup.WarmUp;
import care.needlepoint.clients.screening.domain.ScreeningService;

/**
 * Booking facts are what scheduling-service and treatments-service ask for on every booking, under a 2 s timeout: the
 * first read after a restart must not be the one that parses their queries. Reads for a client that does not exist;
 * the screening and consent reads run on their own because the facts stop at the unknown client.
 */
@ApplicationScoped
class BookingFactsWarmUp implements WarmUp {

    @Inject
    BookingFactsService facts;

    @Inject
    ScreeningService screenings;

    @Inject
    ConsentService consents;

    @Override
    public void run() {
        UUID nobody = UUID.randomUUID();
        screenings.latestFor(nobody);
        consents.validFor(nobody);
        WarmUp.expectingNotFound(() -> facts.factsFor(nobody));
    }
}
