-- The monthly client report (the Ketua's; SOP qualification "knows the monthly client reports"):
-- each one numbered like the SOP's documents and filed with its PDF, its CSV and their checksums.
-- A month may be reported again on demand (a new number, a higher version); the scheduled report
-- of a month is its version 1, so two nodes cannot both file it.
create table monthly_report (
    id              varchar(36)  not null primary key,
    report_month    varchar(7)   not null,
    version         integer      not null,
    document_number varchar(64)  not null unique,
    file_name       varchar(255) not null,
    pdf             bytea        not null,
    pdf_sha256      varchar(64)  not null,
    csv             bytea        not null,
    csv_sha256      varchar(64)  not null,
    generated_at    timestamp with time zone not null,
    generated_by    varchar(255),
    unique (report_month, version)
);
