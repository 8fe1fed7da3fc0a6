-- Transfer-request read model (group transfer-requests, ADR 0022): who is competent for which receiving
-- standard, so an institution's pending requests are those awaiting a decision it may take (R2).

-- Competent-institution functions held, per standard (null: every standard) and jurisdiction.
create table rm_transfer_grant (
    institution_id    text not null,
    function          text not null,
    qualification_id  text not null default '',
    jurisdiction      text not null,
    primary key (institution_id, function, qualification_id, jurisdiction)
);

-- The jurisdiction of every standard version (a grant covers a standard inside its jurisdiction).
create table rm_transfer_standard (
    standard_ref      text primary key,
    qualification_id  text not null,
    jurisdiction      text not null
);

create index rm_transfer_request_pending on rm_transfer_request (state, qualification_id);
