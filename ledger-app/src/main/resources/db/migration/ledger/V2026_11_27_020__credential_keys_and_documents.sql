-- Credentials (issue 9, ADR 0012): the issuers' signing keys, the status-list positions and the
-- signed documents, all written by the ledger's credential seal in the command's transaction.

-- The key that seals the issuers' private keys when no LEDGER_CREDENTIAL_KEK is configured
-- (the embedded default; production configures its own and this table stays empty).
create table credential_key_encryption_key (
    id          smallint    primary key check (id = 1),
    material    bytea       not null,
    created_at  timestamptz not null default now()
);

-- One Ed25519 key per issuing institution, generated on its first credential. The private key is
-- PKCS#8, sealed with AES-256-GCM under the key-encryption key (nonce || ciphertext, key id as AAD).
create table credential_issuer_key (
    key_id       text        primary key,
    issuer       text        not null unique,
    algorithm    text        not null,
    public_key   bytea       not null,
    private_key  bytea       not null,
    created_at   timestamptz not null default now()
);

-- Every credential's bit on its issuer's status list; unique across issuers, so unique per issuer.
create sequence credential_status_index_seq minvalue 0 start with 0;

-- The signed credential exactly as it was sealed (text, not jsonb: jsonb would reorder its members).
create table credential_document (
    credential_id  uuid        primary key,
    issuer         text        not null,
    document       text        not null,
    content_hash   text        not null,
    created_at     timestamptz not null default now()
);
