-- An amendment may now correct the values charted per area (depth, device, ...). The corrected session must pass the
-- charting policies again, and an overridable refusal of the corrected values needs a practitioner's override with a
-- written reason: it is stored with the amendment, as JSON like its changes ([{"code", "area", "reason"}, ...]).
-- Amendments recorded before this could not change anything the policies judge, so they carry none.
ALTER TABLE session_amendment ADD COLUMN overrides text NOT NULL DEFAULT '[]';
