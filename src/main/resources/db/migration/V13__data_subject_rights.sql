-- A requester's request to exercise a right over their personal data (UU 27/2022 Pasal 30-44):
-- one row per instance of the process puspaga-hak-subjek-data, for the status page and the
-- answer. reply_to is the address the answer goes to, cleared once the answer mail is written.
create table data_subject_request (
    process_instance_id varchar(64)   not null primary key,
    request_instance_id varchar(64)   not null,
    registration_number varchar(64)   not null,
    kind                varchar(16)   not null,
    channel             varchar(16)   not null,
    requested_at        timestamp with time zone not null,
    due_at              timestamp with time zone not null,
    reply_to            varchar(200),
    decision            varchar(16),
    answer              varchar(4000),
    answered_at         timestamp with time zone,
    answered_by         varchar(255),
    breached_at         timestamp with time zone
);
create index data_subject_request_request on data_subject_request (request_instance_id);

-- What answering a right produced: the access copy (PDF and JSON, each downloadable once from the
-- status page) and the correction note filed beside the documents already issued.
create table data_subject_document (
    id                  varchar(36)   not null primary key,
    rights_instance_id  varchar(64)   not null,
    request_instance_id varchar(64)   not null,
    document_type       varchar(32)   not null,
    file_name           varchar(255)  not null,
    media_type          varchar(64)   not null,
    sha256              varchar(64)   not null,
    content             bytea         not null,
    created_at          timestamp with time zone not null,
    downloaded_at       timestamp with time zone,
    downloaded_by       varchar(255),
    unique (rights_instance_id, document_type)
);
create index data_subject_document_request on data_subject_document (request_instance_id);

-- A personal-data incident (Pasal 46): reported by staff, assessed by the data protection officer,
-- the affected requesters and the authority told within 3x24 hours.
create table data_incident (
    process_instance_id varchar(64)   not null primary key,
    reported_at         timestamp with time zone not null,
    reported_by         varchar(255)  not null,
    due_at              timestamp with time zone not null,
    affected_count      integer,
    notified_at         timestamp with time zone,
    authority_letter    bytea,
    breached_at         timestamp with time zone
);

-- Which requests an incident touched, and how each requester was told (mail or letter).
create table data_incident_subject (
    process_instance_id varchar(64)   not null,
    request_instance_id varchar(64)   not null,
    registration_number varchar(64)   not null,
    told_by             varchar(16),
    letter              bytea,
    primary key (process_instance_id, request_instance_id)
);
