-- Our own tables live beside the engine's in the same database; Flyway owns them, the engine owns ACT_*.

-- Every SOP time limit that passed while its step was open. Kept after the instance ends.
create table sop_breach (
    id                  varchar(36)  not null primary key,
    process_instance_id varchar(64)  not null,
    business_key        varchar(255),
    sop_step            integer      not null,
    activity_id         varchar(255) not null,
    activity_name       varchar(255),
    task_id             varchar(64),
    assignee            varchar(255),
    candidate_group     varchar(255),
    deadline            timestamp with time zone not null,
    fired_at            timestamp with time zone not null
);
create index sop_breach_process_instance on sop_breach (process_instance_id);

-- Requests referred to the related SOPs (Layanan Konsultasi/Konseling, Layanan Penjangkauan).
create table sop_referral (
    id                  varchar(36)  not null primary key,
    process_instance_id varchar(64)  not null,
    business_key        varchar(255),
    service_type        varchar(32)  not null,
    reason              varchar(4000),
    referred_by         varchar(255),
    referred_at         timestamp with time zone not null
);
create index sop_referral_process_instance on sop_referral (process_instance_id);

-- Fingerprint of the working-day calendar the open deadlines were computed with.
create table calendar_state (
    id          integer     not null primary key,
    fingerprint varchar(64) not null,
    updated_at  timestamp with time zone not null
);
