-- The archive of Dokumentasi dan Pencatatan (SOP step 9): one receipt per process instance, each
-- document filed once with its bytes and checksum. The unique keys make a second run of the
-- archive job (jobs are at-least-once) fail and retry instead of filing anything twice.
create table archive_receipt (
    receipt_number      varchar(64)  not null primary key,
    process_instance_id varchar(64)  not null unique,
    business_key        varchar(255),
    issued_at           timestamp with time zone not null,
    issued_by           varchar(255)
);

create table archive_document (
    id                  varchar(36)  not null primary key,
    receipt_number      varchar(64)  not null references archive_receipt (receipt_number),
    process_instance_id varchar(64)  not null,
    business_key        varchar(255),
    document_type       varchar(64)  not null,
    document_number     varchar(64)  not null,
    file_name           varchar(255) not null,
    size_bytes          bigint       not null,
    sha256              varchar(64)  not null,
    content             bytea        not null,
    archived_at         timestamp with time zone not null,
    archived_by         varchar(255),
    unique (process_instance_id, document_number)
);
create index archive_document_receipt on archive_document (receipt_number);
