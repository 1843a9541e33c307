-- The national view's counts at 500 offices and a million requests a year (NationalScaleBenchmark):
-- requests received and ended in a period, and still open, by office, read from the index alone;
-- breaches fired in a period found without reading every breach.
create index request_statistics_received_office on request_statistics (received_at, office_id);
drop index request_statistics_received;
create index request_statistics_ended_office on request_statistics (ended_at, office_id);
create index sop_breach_fired on sop_breach (fired_at);
