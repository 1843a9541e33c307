-- Outgoing e-mail, written in the same transaction as the event that causes it (a breach, a
-- reminder, the daily digest) and sent after commit by whichever node claims the row first.
-- dedup_key makes a second write of the same mail (two nodes, a retried job) impossible.
create table mail_outbox (
    id              varchar(36)    not null primary key,
    kind            varchar(32)    not null,
    dedup_key       varchar(255)   not null unique,
    recipients      varchar(4000)  not null,
    cc              varchar(4000),
    subject         varchar(500)   not null,
    text_body       varchar(1000000) not null,
    html_body       varchar(1000000) not null,
    status          varchar(16)    not null,
    attempts        integer        not null,
    next_attempt_at timestamp with time zone not null,
    claimed_by      varchar(255),
    claimed_until   timestamp with time zone,
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    last_error      varchar(2000)
);
create index mail_outbox_due on mail_outbox (status, next_attempt_at);
