-- Each protocol version says which charting refusals a practitioner may override with a written reason. Versions
-- that existed before allowed every overridable refusal (session.domain.Refusal.OVERRIDABLE), so they keep that set;
-- the default stays for the same reason the API has it: a protocol that does not say allows them all. Adding a column
-- with a default rewrites no row through UPDATE, so the immutability triggers of V3 do not fire.
ALTER TABLE protocol_version
    ADD COLUMN overridable_refusals text[] NOT NULL DEFAULT ARRAY['depth-out-of-range', 'depth-step-exceeded',
        'home-depth-needs-approval', 'numbing-dwell-too-short', 'numbing-required']::text[];

-- Only codes that can ever be overridden (protocol.domain.OverridableRefusals; the same list as V5's CHECK on stored
-- overrides): never home-depth-never, no-depth-limit, a screening, consent or bookability refusal or a BLOCK
-- contraindication.
ALTER TABLE protocol_version ADD CONSTRAINT protocol_version_overridable_refusals_known CHECK (
    overridable_refusals <@ ARRAY['depth-out-of-range', 'depth-step-exceeded', 'home-depth-needs-approval',
        'numbing-dwell-too-short', 'numbing-required']::text[]
    AND array_position(overridable_refusals, NULL) IS NULL);
