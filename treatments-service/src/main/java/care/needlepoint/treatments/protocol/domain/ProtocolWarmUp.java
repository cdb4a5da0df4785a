package care.needlepoint.treatments.protocol.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import care.needlepoint.treatments.platform.startup.WarmUp;

/**
 * Every eligibility check that scheduling-service asks for while it books, under a 2 s timeout, starts with the
 * protocol's current version: the first check after a restart must not be the one that parses its queries.
 */
@ApplicationScoped
class ProtocolWarmUp implements WarmUp {

    @Inject
    ProtocolService protocols;

    @Override
    public void run() {
        UUID nothing = UUID.randomUUID();
        WarmUp.expectingNotFound(() -> protocols.current(nothing));
        WarmUp.expectingNotFound(() -> protocols.version(nothing, 1));
    }
}
