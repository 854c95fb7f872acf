-- Who sent a pending contribution, as an opaque key (SHA-256 of the client, like the
-- fingerprint): a batch is published only when its contributions come from at least k
-- different senders, so that one sender cannot fill a cohort around a victim's value. Cleared
-- at publication. Null for contributions from before this column, each counted as its own
-- sender.
ALTER TABLE contributions ADD COLUMN submitter VARCHAR;
