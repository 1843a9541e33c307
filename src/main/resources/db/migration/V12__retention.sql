-- What the retention pass (privacy.RetentionPass) has erased, per request: its personal data after
-- puspaga.privacy.request-retention, its archive after archive-retention. A pass that stops half
-- way goes on from here the next night.
create table erasure (
    process_instance_id varchar(64) not null primary key,
    request_erased_at   timestamp with time zone,
    archive_erased_at   timestamp with time zone
);

-- One retention pass per night across the cluster: the node that writes the night's row runs it.
create table retention_run (
    night       date         not null primary key,
    node        varchar(255) not null,
    started_at  timestamp with time zone not null,
    finished_at timestamp with time zone
);
