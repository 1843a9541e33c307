-- The days each completed step took and whether it was on time, worked out once when the step is
-- completed (compliance.RequestStatistics) on its office's calendar against its own model's limit,
-- and kept as monthly totals per office and step, so that a year's figures of 500 offices are sums
-- over a few hundred thousand rows, not a working-day count over millions of steps per page view.
-- days_taken 0: a task without an SOP limit, in no total. Rows written before this version are
-- filled in at start (compliance.StepTotalsBackfill).
alter table step_statistics add column office_id varchar(16);
alter table step_statistics add column days_taken integer;
alter table step_statistics add column within_limit boolean;
update step_statistics set office_id = (select r.office_id from request_statistics r
    where r.process_instance_id = step_statistics.process_instance_id);
create index step_statistics_untallied on step_statistics (days_taken);
create index step_statistics_office on step_statistics (office_id, ended_at);

-- How many of an office's completed tasks of one step, in the month they ended (Asia/Jakarta),
-- took this many days, and how many of those were done by their deadline.
create table step_time_totals (
    office_id   varchar(16)  not null,
    activity_id varchar(255) not null,
    ended_month date         not null,
    days_taken  integer      not null,
    completed   bigint       not null,
    on_time     bigint       not null,
    primary key (office_id, ended_month, activity_id, days_taken)
);
