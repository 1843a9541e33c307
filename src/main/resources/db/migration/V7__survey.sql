-- Survei Kepuasan Masyarakat (PermenPANRB 14/2017).
-- An invitation per ended request: its one-use code only as a hash, and whether it was used.
-- It names the request (so that a request is surveyed once and its slip can be printed again);
-- the answers below do not, and nothing ties an answer to an invitation (no shared key, no time).
create table survey_invitation (
    process_instance_id varchar(64)  not null primary key,
    registration_number varchar(64),
    code_sha256         varchar(64)  not null unique,
    service_month       varchar(7)   not null,
    channel             varchar(16),
    used                boolean      not null default false
);
create index survey_invitation_month on survey_invitation (service_month);

-- The answers: the month of the service answered for, the day of answering, the nine scores,
-- the optional profile of the regulation's questionnaire and the suggestion. No request, no name.
create table survey_answer (
    id            varchar(36)  not null primary key,
    service_month varchar(7)   not null,
    answered_on   date         not null,
    u1 smallint not null, u2 smallint not null, u3 smallint not null,
    u4 smallint not null, u5 smallint not null, u6 smallint not null,
    u7 smallint not null, u8 smallint not null, u9 smallint not null,
    age_group     varchar(16),
    sex           varchar(16),
    education     varchar(16),
    occupation    varchar(16),
    suggestion    varchar(2000)
);
create index survey_answer_month on survey_answer (service_month);

-- The office's follow-up (tindak lanjut) of a period's results, written by the Ketua and published.
create table survey_follow_up (
    period     varchar(7)    not null primary key,
    text       varchar(4000) not null,
    written_by varchar(255)  not null,
    written_at timestamp with time zone not null
);

-- The yearly Laporan Hasil Survei Kepuasan Masyarakat, numbered and filed like the monthly report.
create table survey_report (
    id              varchar(36)  not null primary key,
    report_year     integer      not null,
    version         integer      not null,
    document_number varchar(64)  not null unique,
    file_name       varchar(255) not null,
    pdf             bytea        not null,
    pdf_sha256      varchar(64)  not null,
    csv             bytea        not null,
    csv_sha256      varchar(64)  not null,
    generated_at    timestamp with time zone not null,
    generated_by    varchar(255),
    unique (report_year, version)
);
