-- Who read which request's personal data, and what (UU 27/2022 Pasal 31): reads outside working
-- one's own task, through Cockpit, the REST API, the archive, the compliance lists and this log itself.
create table access_log (
    id                  varchar(36)  not null primary key,
    read_at             timestamp with time zone not null,
    user_id             varchar(255) not null,
    process_instance_id varchar(64)  not null,
    what                varchar(64)  not null
);
create index access_log_instance on access_log (process_instance_id, read_at);
create index access_log_user on access_log (user_id, read_at);
