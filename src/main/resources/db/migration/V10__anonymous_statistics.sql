-- The anonymous statistics of each request (UU 27/2022: figures that outlive the personal data).
-- Written as a request moves (compliance.RequestStatistics); the Ketua's figures, the monthly
-- report and later the national view read these and sop_breach, never the engine's history, so
-- that erasing a request's personal data (history included) leaves every figure as it was.
-- No name, no text: the registration number, the kind of request, the dates, who (staff) did a step.
create table request_statistics (
    process_instance_id varchar(64)  not null primary key,
    business_key        varchar(255),
    received_at         timestamp with time zone not null,
    topic               varchar(32),
    channel             varchar(32),
    requester_kind      varchar(16),
    service_type        varchar(32),
    program_approved_at timestamp with time zone,
    ended_at            timestamp with time zone
);
create index request_statistics_received on request_statistics (received_at);

-- Each completed SOP task: its step, who completed it, when it began, ended and was due.
create table step_statistics (
    task_id             varchar(64)  not null primary key,
    process_instance_id varchar(64)  not null,
    activity_id         varchar(255) not null,
    name                varchar(255),
    assignee            varchar(255),
    started_at          timestamp with time zone not null,
    ended_at            timestamp with time zone not null,
    due_at              timestamp with time zone
);
create index step_statistics_ended on step_statistics (ended_at);

-- Each activity reported as held: the day and the number of participants.
create table activity_statistics (
    process_instance_id varchar(64) not null,
    seq                 integer     not null,
    held_on             date        not null,
    participants        bigint      not null,
    primary key (process_instance_id, seq)
);
create index activity_statistics_held on activity_statistics (held_on);
