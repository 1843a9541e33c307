-- Requests the public submitted online (/permohonan): the status code is kept only as a hash.
create table public_request (
    registration_number varchar(64)  not null primary key,
    process_instance_id varchar(64)  not null unique,
    status_code_sha256  varchar(64)  not null,
    consent_text_version varchar(32) not null,
    submitted_at        timestamp with time zone not null
);

-- Secrets every node shares (e.g. the key that signs the public form's anti-forgery token),
-- created by whichever node starts first.
create table app_secret (
    name       varchar(64)  not null primary key,
    secret     varchar(128) not null,
    created_at timestamp with time zone not null
);
